import type { CDPSession, Page } from '@playwright/test';
import type { OriginalPosition } from '../lib/source-map';

type Lookup = (url: string) => ((line0: number, col0: number) => OriginalPosition | null) | null;

export interface ComponentRenders {
  /** "GroupRow (src/web/features/timeline/components/group-row.tsx:60)" or the minified name. */
  component: string;
  /** Renders per phase (load, scroll-y, scroll-x). */
  counts: Record<string, number>;
}

/** Closes the current render-count phase in the page (see instrumentScript's `renders`). */
export function endRenderPhase(page: Page, name: string) {
  return page.evaluate((name) => {
    const b = (
      window as unknown as {
        __b: { renders: Map<unknown, number>; phases?: Record<string, Map<unknown, number>> };
      }
    ).__b;
    b.phases = b.phases ?? {};
    b.phases[name] = b.renders;
    b.renders = new Map();
  }, name);
}

/**
 * The components that rendered in each phase, with their source names: the page's function objects are
 * located through CDP ([[FunctionLocation]]) and the location mapped through the app's source map.
 */
export async function componentRenders(page: Page, lookup: Lookup, top = 20): Promise<ComponentRenders[]> {
  const counts = await page.evaluate(() => {
    const w = window as unknown as {
      __b: { phases?: Record<string, Map<unknown, number>> };
      __fns?: unknown[];
    };
    const fns = new Map<unknown, Record<string, number>>();
    for (const [phase, map] of Object.entries(w.__b.phases ?? {}))
      for (const [fn, n] of map) {
        const entry = fns.get(fn) ?? {};
        entry[phase] = n;
        fns.set(fn, entry);
      }
    w.__fns = [...fns.keys()];
    return [...fns.values()];
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    const names = await functionNames(cdp, lookup, counts.length);
    return counts
      .map((c, i) => ({ component: names[i] ?? `#${i}`, counts: c }))
      .sort((a, b) => total(b.counts) - total(a.counts))
      .slice(0, top);
  } finally {
    await cdp.detach();
  }
}

const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

async function functionNames(cdp: CDPSession, lookup: Lookup, n: number): Promise<string[]> {
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  await cdp.send('Debugger.enable');
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__fns' });
  if (!result.objectId) return [];
  const { result: items } = await cdp.send('Runtime.getProperties', {
    objectId: result.objectId,
    ownProperties: true,
  });
  const out: string[] = new Array(n);
  for (const item of items) {
    const i = Number(item.name);
    if (!Number.isInteger(i) || !item.value?.objectId) continue;
    const minified =
      /^(?:class|function)\s*([\w$]*)/.exec(item.value.description ?? '')?.[1] || '(anonymous)';
    const props = await cdp.send('Runtime.getProperties', {
      objectId: item.value.objectId,
      ownProperties: true,
    });
    const loc = props.internalProperties?.find((p) => p.name === '[[FunctionLocation]]')?.value?.value as
      { scriptId: string; lineNumber: number; columnNumber: number } | undefined;
    const pos = loc ? lookup(scripts.get(loc.scriptId) ?? '')?.(loc.lineNumber, loc.columnNumber) : null;
    out[i] = pos ? `${pos.name ?? minified} (${pos.source}:${pos.line})` : minified;
  }
  await cdp.send('Debugger.disable');
  return out;
}
