import { existsSync, readFileSync } from 'node:fs';

/** A source map (v3) as Vite writes it with `build.sourcemap`. */
export interface SourceMapV3 {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
}

/** [generated column, source index, source line, source column, name index?] (all 0-based). */
export type Segment = [number, number, number, number, number?];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** Decodes the `mappings` string (base64 VLQ, fields relative to the previous segment) into absolute segments per line. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    state[0] = 0;
    for (const text of line.split(',')) {
      if (!text) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const c of text) {
        const digit = DIGIT.get(c);
        if (digit === undefined) throw new Error(`bad VLQ character "${c}"`);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      fields.forEach((d, i) => (state[i] += d));
      if (fields.length >= 4)
        segments.push(
          fields.length >= 5
            ? [state[0], state[1], state[2], state[3], state[4]]
            : [state[0], state[1], state[2], state[3]],
        );
    }
    lines.push(segments);
  }
  return lines;
}

export interface OriginalPosition {
  /** Source path as in the map, shortened (node_modules/<package>/... → <package>; src/... kept). */
  source: string;
  /** 1-based line. */
  line: number;
  name: string | null;
}

/** A readable name for a source path: the npm package for dependencies, the repository path for ours. */
export function shortSource(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = path.indexOf('src/');
  return src >= 0 ? path.slice(src) : path.replace(/^(\.\.\/)+/, '');
}

// The name a function was declared with, from its original source line.
const DECLARED = [
  /function\*?\s+([A-Za-z_$][\w$]*)/,
  /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/,
  /([A-Za-z_$][\w$]*)\s*[:=]\s*(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*=>/,
  /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*\(/,
];

/** Looks generated positions up in one map: the nearest mapped segment at or before the column. */
export function createLookup(map: SourceMapV3): (line0: number, column0: number) => OriginalPosition | null {
  const lines = decodeMappings(map.mappings);
  const sourceLines = new Map<number, string[]>();
  const textOf = (source: number, line: number) => {
    let list = sourceLines.get(source);
    if (!list) sourceLines.set(source, (list = (map.sourcesContent?.[source] ?? '').split('\n')));
    return list[line] ?? '';
  };
  return (line0, column0) => {
    const segments = lines[line0];
    if (!segments?.length) return null;
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0][0] > column0) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid][0] <= column0) lo = mid;
      else hi = mid - 1;
    }
    const [, src, line, , nameIndex] = segments[lo];
    const text = textOf(src, line);
    const declared = DECLARED.map((re) => re.exec(text)?.[1]).find(Boolean);
    return {
      source: shortSource(map.sources[src] ?? '?'),
      line: line + 1,
      name: declared ?? (nameIndex !== undefined ? map.names[nameIndex] : null),
    };
  };
}

/** Lookups for the app's scripts by URL path (`/assets/index-….js` → its `.map` in `distDir`), cached. */
export function distLookups(distDir: string) {
  const cache = new Map<string, ReturnType<typeof createLookup> | null>();
  return (url: string) => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return null;
    }
    if (!cache.has(path)) {
      const file = `${distDir}${path}.map`;
      cache.set(
        path,
        path.endsWith('.js') && existsSync(file)
          ? createLookup(JSON.parse(readFileSync(file, 'utf8')) as SourceMapV3)
          : null,
      );
    }
    return cache.get(path) ?? null;
  };
}
