import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { heapStats, type HeapSnapshot, type HeapStats } from '../lib/heap-snapshot';
import { distLookups } from '../lib/source-map';
import type { TraceEvent } from '../lib/trace-events';
import { summarizeTrace, type PhaseSummary } from '../lib/trace-summary';
import { componentRenders, endRenderPhase, type ComponentRenders } from './component-renders';
import { instrumentScript } from './instrument';
import { freshBrowserPage } from './launch';
import { trackApi, type ApiRequest } from './network';
import { VIEWS, type View } from './ours';
import { measureScroll } from './scroll-run';
import { loadAndSettle } from './settle';

/** What the DevTools Performance panel records (it opens the saved trace too). */
const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
  'blink.console',
  'loading',
  'latencyInfo',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-devtools.timeline.stack',
];

export interface TraceSummary {
  dataset: string;
  view: View;
  /** The gzipped trace, relative to the repository (git-ignored: tens of MB). */
  file: string;
  traceMiB: number;
  settledMs: number;
  phases: PhaseSummary[];
  /** Components rendered per phase (React commits walked with the DevTools hook). */
  renders: ComponentRenders[];
  commits: Record<string, number>;
  /** Heap snapshot after the run (GC first). */
  heap: HeapStats | null;
  /** The load's reads: when they ran and what they weighed. */
  requests: ApiRequest[];
  /** The attributes most rewritten while loading. */
  attributes: [string, number][];
}

async function heapSnapshot(page: Page): Promise<HeapStats | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return heapStats(JSON.parse(chunks.join('')) as HeapSnapshot);
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

/** A traced run takes 20-60 s; one this long is stuck. */
const TRACE_DEADLINE_MS = 5 * 60_000;

/**
 * One extra, traced run of a planner view (not part of the medians: tracing, the CPU profiler and the
 * per-component render count slow the page down): load, vertical and horizontal scroll under a CDP trace
 * saved as `outDir/<view>-<dataset>.json.gz`, then a heap snapshot. Answers the trace's summary.
 */
export async function tracedRun(
  plannerUrl: string,
  view: View,
  dataset: string,
  outDir: string,
  distDir: string,
  root: string,
): Promise<TraceSummary> {
  const spec = VIEWS[view];
  const { browser, page, close } = await freshBrowserPage([instrumentScript(spec.item, true)]);
  // A traced run once hung after its load (the machine idle, nothing in flight): closing the browser at the
  // deadline fails whatever step waits, and the bench goes on without the trace.
  let overdue = false;
  const deadline = setTimeout(() => {
    overdue = true;
    void close();
  }, TRACE_DEADLINE_MS);
  try {
    const api = trackApi(page);
    await browser.startTracing(page, { categories: CATEGORIES, screenshots: false });
    const load = await loadAndSettle(page, api, `${plannerUrl}${spec.route}`, { item: spec.item });
    await endRenderPhase(page, 'load');
    const commits = () =>
      page.evaluate(() => (window as unknown as { __b: { commits: number[] } }).__b.commits.length);
    const loadCommits = await commits();
    const y = await measureScroll(page, api, 'y', spec.scroller, 'bench:scroll-y');
    await endRenderPhase(page, 'scroll-y');
    const x = await measureScroll(page, api, 'x', spec.scroller, 'bench:scroll-x');
    await endRenderPhase(page, 'scroll-x');
    const buffer = await browser.stopTracing();
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${view}-${dataset}.json.gz`);
    writeFileSync(file, gzipSync(buffer, { level: 6 }));
    const lookup = distLookups(distDir);
    const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const phases = summarizeTrace(
      events,
      [
        { name: 'load', fromMs: 0, toMs: load.settledMs },
        { name: 'scroll-y', fromMs: y.fromMs, toMs: y.toMs },
        { name: 'scroll-x', fromMs: x.fromMs, toMs: x.toMs },
      ],
      'bench:scroll-y:start',
      lookup,
    );
    const renders = await componentRenders(page, lookup);
    const heap = await heapSnapshot(page);
    // The snapshot answers null on any failure, a closed browser included.
    if (overdue) throw new Error('overdue');
    return {
      dataset,
      view,
      file: relative(root, file),
      traceMiB: Math.round((buffer.byteLength / 2 ** 20) * 10) / 10,
      settledMs: load.settledMs,
      phases,
      renders,
      commits: { load: loadCommits, 'scroll-y': y.commits, 'scroll-x': x.commits },
      heap,
      requests: load.requests,
      attributes: load.attributes,
    };
  } catch (err) {
    if (overdue)
      throw new Error(`the traced run took over ${TRACE_DEADLINE_MS / 60_000} minutes and was stopped`);
    throw err;
  } finally {
    clearTimeout(deadline);
    await close();
  }
}
