import type { Page } from '@playwright/test';
import { frameStats, type FrameStats } from '../lib/stats';
import { scrollFrames, type Axis } from './frames';
import { waitNetworkQuiet, type ApiTracker } from './network';

/** Issue 15: the chart's scroll container moves 100 px per frame for 2 s. */
export const SCROLL = { pxPerFrame: 100, ms: 2000 } as const;

export interface ScrollFigures extends FrameStats {
  scrolledPx: number;
  scroller: string;
  commits: number;
  longTasks: { count: number; totalMs: number };
  /** /api/ requests the scroll caused (until the network was quiet again after returning). */
  requests: string[];
  /** Page clock of the first and last frame. */
  fromMs: number;
  toMs: number;
  /**
   * The renderer main thread's busy time during the run (CDP Performance metrics, ms): what the page did,
   * less sensitive to a loaded machine than frame times, which also wait for the CPU.
   */
  busy?: MainThreadBusy;
}

export interface MainThreadBusy {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

const BUSY_METRICS = {
  taskMs: 'TaskDuration',
  scriptMs: 'ScriptDuration',
  layoutMs: 'LayoutDuration',
  styleMs: 'RecalcStyleDuration',
} as const;

/** Reads the renderer's cumulative main-thread times; call the result again for the time since. */
export async function busySince(page: Page): Promise<() => Promise<MainThreadBusy>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const by = new Map(metrics.map((m) => [m.name, m.value]));
    return Object.fromEntries(
      Object.entries(BUSY_METRICS).map(([k, name]) => [k, (by.get(name) ?? 0) * 1000]),
    ) as unknown as MainThreadBusy;
  };
  const before = await read();
  return async () => {
    const after = await read();
    await cdp.detach();
    return Object.fromEntries(
      Object.entries(after).map(([k, v]) => [k, Math.round(v - before[k as keyof MainThreadBusy])]),
    ) as unknown as MainThreadBusy;
  };
}

/**
 * One measured scroll along `axis` inside `within`, then the container is put back where it was and the
 * network allowed to go quiet, so the next measurement starts from the same view.
 */
export async function measureScroll(
  page: Page,
  api: ApiTracker | null,
  axis: Axis,
  within: string,
  mark?: string,
): Promise<ScrollFigures> {
  // Every scrollable element's position (a library may scroll a second element in step with the first).
  const positions = await page.evaluateHandle(() =>
    [...document.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth)
      .map((el) => [el, el.scrollTop, el.scrollLeft] as const),
  );
  const requestsBefore = api?.mark() ?? 0;
  const busy = await busySince(page);
  const run = await scrollFrames(page, axis, { ...SCROLL, within, mark });
  const busyMs = await busy();
  await page.evaluate((list) => {
    for (const [el, top, left] of list) {
      if (el.scrollTop !== top) el.scrollTop = top;
      if (el.scrollLeft !== left) el.scrollLeft = left;
    }
  }, positions);
  await positions.dispose();
  await page.waitForTimeout(300);
  if (api) await waitNetworkQuiet(page, api, 500, 120_000);
  return {
    ...frameStats(run.intervals),
    scrolledPx: run.scrolled,
    scroller: run.scroller,
    commits: run.commits,
    longTasks: { count: run.longTasks.length, totalMs: Math.round(run.longTasks.reduce((a, b) => a + b, 0)) },
    requests: api ? api.after(requestsBefore) : [],
    fromMs: Math.round(run.start),
    toMs: Math.round(run.end),
    busy: busyMs,
  };
}
