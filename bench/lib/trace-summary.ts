import { profileSamples, topFunctions } from './cpu-profile';
import type { OriginalPosition } from './source-map';
import { longTasks, selfTimeByCategory, type Category, type TraceEvent } from './trace-events';

export interface PhaseSummary {
  phase: string;
  /** Page clock, ms since navigation start. */
  fromMs: number;
  toMs: number;
  /** Main-thread self time by category (ms). */
  mainThread: Record<Category, number>;
  longTasks: { count: number; totalMs: number; maxMs: number };
  /** CPU profile self time per function (source-mapped for the app bundle). */
  topFunctions: { fn: string; selfMs: number }[];
  /** The same samples grouped by source: a package or one of our files. */
  topSources: { fn: string; selfMs: number }[];
}

export interface Phase {
  name: string;
  fromMs: number;
  toMs: number;
}

type Lookup = (url: string) => ((line0: number, col0: number) => OriginalPosition | null) | null;

/**
 * The page's renderer main thread: the thread that recorded the bench's user-timing `mark` (the marks are
 * made by the measured document), and that document's navigationStart on the trace clock.
 */
export function findPage(events: readonly TraceEvent[], mark: string) {
  const m = events.find((e) => e.name === mark);
  if (!m) throw new Error(`trace has no ${mark} mark`);
  const navs = events.filter(
    (e) =>
      e.name === 'navigationStart' &&
      e.pid === m.pid &&
      e.ts < m.ts &&
      !String(
        (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '',
      ).startsWith('about:'),
  );
  const nav = navs[navs.length - 1];
  if (!nav) throw new Error('trace has no navigationStart for the page');
  return { pid: m.pid, tid: m.tid, navTs: nav.ts };
}

/** Main-thread time, long tasks and the CPU profile of each phase of a traced run. */
export function summarizeTrace(
  events: readonly TraceEvent[],
  phases: readonly Phase[],
  mark: string,
  lookup: Lookup,
): PhaseSummary[] {
  const page = findPage(events, mark);
  const main = events.filter((e) => e.pid === page.pid && e.tid === page.tid);
  const samples = profileSamples(events, page.pid);
  const mapped = new Map<string, OriginalPosition | null>();
  const position = (f: { url: string; lineNumber: number; columnNumber: number; functionName: string }) => {
    const key = `${f.url}:${f.lineNumber}:${f.columnNumber}`;
    if (!mapped.has(key)) mapped.set(key, lookup(f.url)?.(f.lineNumber, f.columnNumber) ?? null);
    return mapped.get(key) ?? null;
  };
  const fnName = (f: { url: string; lineNumber: number; columnNumber: number; functionName: string }) => {
    const p = position(f);
    if (p) return `${p.name ?? (f.functionName || '(anonymous)')} (${p.source}:${p.line})`;
    const file = f.url ? f.url.replace(/^.*\//, '') : '';
    return `${f.functionName || '(anonymous)'}${file ? ` (${file})` : ' (native)'}`;
  };
  const sourceName = (f: { url: string; lineNumber: number; columnNumber: number; functionName: string }) =>
    position(f)?.source ??
    (f.functionName.startsWith('(') ? f.functionName : f.url ? f.url.replace(/^.*\//, '') : 'native');
  const at = (ms: number) => page.navTs + ms * 1000;
  return phases.map((p) => ({
    phase: p.name,
    fromMs: p.fromMs,
    toMs: p.toMs,
    mainThread: selfTimeByCategory(main, at(p.fromMs), at(p.toMs)),
    longTasks: longTasks(main, at(p.fromMs), at(p.toMs)),
    topFunctions: topFunctions(samples, at(p.fromMs), at(p.toMs), fnName),
    topSources: topFunctions(samples, at(p.fromMs), at(p.toMs), sourceName, 12),
  }));
}
