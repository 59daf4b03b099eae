import { describe, expect, it } from 'vitest';
import { createLookup, decodeMappings, shortSource, type Segment } from './source-map';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
}
/** The inverse of decodeMappings, for round trips. */
function encode(lines: Segment[][]): string {
  const prev = [0, 0, 0, 0, 0];
  return lines
    .map((segments) => {
      prev[0] = 0;
      return segments
        .map((s) =>
          s
            .map((v, i) => {
              const d = (v as number) - prev[i];
              prev[i] = v as number;
              return vlq(d);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

describe('decodeMappings', () => {
  it('decodes VLQ fields relative to the previous segment (source columns carry across lines; 1-field segments are unmapped)', () => {
    expect(decodeMappings('AAAA,SAAS;;gBAAgB,D')).toEqual([
      [
        [0, 0, 0, 0],
        [9, 0, 0, 9],
      ],
      [],
      [[16, 0, 0, 25]],
    ]);
  });

  it('round-trips absolute segments (relative fields, negative deltas, names, column reset per line)', () => {
    const lines: Segment[][] = [
      [
        [0, 0, 10, 4, 0],
        [35, 1, 2, 0],
        [120, 0, 3, 8, 2],
      ],
      [],
      [
        [5, 1, 0, 0, 1],
        [6, 0, 1, 2],
      ],
    ];
    expect(decodeMappings(encode(lines))).toEqual(lines);
  });

  it('refuses characters outside base64', () => {
    expect(() => decodeMappings('AA!A')).toThrow(/bad VLQ/);
  });
});

describe('createLookup', () => {
  const map = {
    version: 3,
    sources: [
      '../../src/web/features/timeline/components/group-row.tsx',
      '../../node_modules/react-dom/cjs/x.js',
    ],
    names: ['GroupRow', 'render'],
    sourcesContent: [
      'import x;\nexport const GroupRow = memo(function GroupRow({ row }) {\n  return 1;\n});',
      'function renderRoot() {}',
    ],
    mappings: encode([
      [
        [0, 1, 0, 0],
        [10, 0, 1, 13, 0],
        [40, 0, 2, 2],
      ],
    ]),
  };
  const lookup = createLookup(map);

  it('answers the nearest segment at or before the column, named after its source line', () => {
    expect(lookup(0, 12)).toEqual({
      source: 'src/web/features/timeline/components/group-row.tsx',
      line: 2,
      name: 'GroupRow',
    });
    expect(lookup(0, 3)).toEqual({ source: 'react-dom', line: 1, name: 'renderRoot' });
    // A line without a declaration falls back to the map's name (none here).
    expect(lookup(0, 45)).toMatchObject({ line: 3, name: null });
  });

  it('answers null before the first segment or on unmapped lines', () => {
    expect(createLookup({ ...map, mappings: encode([[[5, 0, 0, 0]]]) })(0, 2)).toBeNull();
    expect(lookup(7, 0)).toBeNull();
  });
});

describe('shortSource', () => {
  it('names packages (scoped too) and keeps repository paths', () => {
    expect(shortSource('../../node_modules/@tanstack/query-core/build/x.js')).toBe('@tanstack/query-core');
    expect(shortSource('../../node_modules/zod/v4/core.js')).toBe('zod');
    expect(shortSource('../../src/web/lib/api-stream.ts')).toBe('src/web/lib/api-stream.ts');
  });
});
