import type { Browser, Page } from '@playwright/test';
import { FRAME_RUNS, frameStats, medianRun, round, type FrameStats } from '../lib/stats';
import { domCount, freshPage, heapMiB } from './launch';
import { scrollFrames, startFrameRecorder, stopFrameRecorder } from './frames';
import { instrumentScript } from './instrument';
import { pickTarget } from './pick';

export type View = 'timeline' | 'schedule';

interface ViewSpec {
  route: string;
  /** Requests that carry the view's data: their first arrival starts the render clock. */
  dataPath: RegExp;
  item: string;
  /** The chart's scroll container. */
  scroller: string;
  /** Pixels per drag step and the two-second drag's path, in steps of that size. */
  dragStep: number;
}

const VIEWS: Record<View, ViewSpec> = {
  timeline: {
    route: '/timeline',
    dataPath: /\/tasks\/groups\//,
    item: '[data-bar-id]',
    scroller: '[data-testid="timeline-scroll"]',
    dragStep: 56,
  },
  schedule: {
    route: '/schedule',
    dataPath: /\/time-blocks(\/stream)?(\?|$)/,
    item: '[data-testid="time-block"]',
    scroller: '[data-testid="schedule-grid"]',
    dragStep: 20,
  },
};

export interface OurFigures {
  /** First view data arrival to the last painted DOM change of the first complete render. */
  renderMs: number;
  /** Last view data response to the same paint: the part a peer handed all data at once would do. */
  renderAfterLastDataMs: number;
  /** Navigation start to the same paint (includes the app shell's own requests). */
  navigationToRenderMs: number;
  apiRequests: number;
  requestsByPath: Record<string, number>;
  domElements: number;
  domElementsMax: number;
  /** Where the DOM goes: bars/blocks mounted, and elements inside the chart's scroll container. */
  domBreakdown: { items: number; inChart: number };
  heapMiB: number;
  scroll: FrameStats & { scrolledPx: number; scroller: string };
  drag: FrameStats & { commitsDuringMove: number; commitsWithDrop: number; moved: boolean };
}

type W = {
  __commits: number;
  __inflight: number;
  __dataArrival: number | null;
  __lastDataArrival: number;
  __lastMutation: number;
  __lastPaint: number;
};

/** Waits until no request is in flight and the DOM has been still for `quietMs`. */
async function quiet(page: Page, quietMs: number, timeout: number) {
  await page.waitForFunction(
    (q) => {
      const w = window as unknown as W;
      return w.__inflight === 0 && w.__lastMutation > 0 && performance.now() - w.__lastMutation > q;
    },
    quietMs,
    { timeout, polling: 100 },
  );
}

/** A two-second pointer drag: 5 steps right, 2 back, in ~120 moves paced at one per frame. */
async function twoSecondDrag(page: Page, spec: ViewSpec) {
  const target = await pickTarget(page, spec.item, { minWidth: 24, dx: 5 * spec.dragStep });
  if (!target) return null;
  const { x, y } = target;
  const path = (t: number) => (t < 0.6 ? (t / 0.6) * 5 : 5 - ((t - 0.6) / 0.4) * 2) * spec.dragStep;
  await page.mouse.move(x, y);
  await startFrameRecorder(page);
  await page.evaluate(() => ((window as unknown as W).__commits = 0));
  await page.mouse.down();
  const started = Date.now();
  for (;;) {
    const t = (Date.now() - started) / 2000;
    if (t >= 1) break;
    await page.mouse.move(x + path(t), y);
    await page.waitForTimeout(16);
  }
  await page.mouse.move(x + path(1), y);
  const moved = await page.locator('[data-dragging="true"]').count();
  const during = await page.evaluate(() => (window as unknown as W).__commits);
  await page.mouse.up();
  await page.waitForTimeout(500);
  const intervals = await stopFrameRecorder(page);
  const withDrop = await page.evaluate(() => (window as unknown as W).__commits);
  return { ...frameStats(intervals), commitsDuringMove: during, commitsWithDrop: withDrop, moved: moved > 0 };
}

/** Opens one of our views on a planner and measures render, DOM, heap, scroll and a drag. */
export async function measureOurView(browser: Browser, plannerUrl: string, view: View): Promise<OurFigures> {
  const spec = VIEWS[view];
  const { context, page } = await freshPage(browser);
  try {
    let apiRequests = 0;
    const paths = new Map<string, number>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (!path.startsWith('/api/')) return;
      apiRequests++;
      const key = path.replace(/\/\d+/g, '/:id');
      paths.set(key, (paths.get(key) ?? 0) + 1);
    });
    await context.addInitScript(instrumentScript(spec.dataPath));
    await page.goto(`${plannerUrl}${spec.route}`);
    await page.locator(spec.item).first().waitFor({ state: 'visible', timeout: 180_000 });
    await quiet(page, 1000, 180_000);
    const t = await page.evaluate(() => {
      const w = window as unknown as W;
      return { arrival: w.__dataArrival ?? 0, last: w.__lastDataArrival ?? 0, paint: w.__lastPaint };
    });
    const domBreakdown = await page.evaluate(
      ({ item, scroller }) => ({
        items: document.querySelectorAll(item).length,
        inChart: document.querySelector(scroller)?.getElementsByTagName('*').length ?? 0,
      }),
      { item: spec.item, scroller: spec.scroller },
    );
    const domElements = await domCount(page);
    const heap = await heapMiB(page);
    const scrolls = [];
    let afterScroll = 0;
    for (let i = 0; i < FRAME_RUNS; i++) {
      const run = await scrollFrames(page, 2000, 40, spec.scroller);
      scrolls.push({ ...frameStats(run.intervals), scrolledPx: run.scrolled, scroller: run.scroller });
      afterScroll = Math.max(afterScroll, await domCount(page));
    }
    const scroll = medianRun(scrolls, (r) => r.p95);
    const drags = [];
    let afterDrag = 0;
    for (let i = 0; i < FRAME_RUNS; i++) {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('*')) if (el.scrollTop > 0) el.scrollTop = 0;
      });
      await page.waitForTimeout(300);
      const run = await twoSecondDrag(page, spec);
      if (!run) throw new Error(`no draggable ${spec.item} in view`);
      drags.push(run);
      afterDrag = Math.max(afterDrag, await domCount(page));
    }
    const drag = medianRun(drags, (r) => r.p95);
    return {
      renderMs: round(t.paint - t.arrival),
      renderAfterLastDataMs: round(t.paint - t.last),
      navigationToRenderMs: round(t.paint),
      apiRequests,
      requestsByPath: Object.fromEntries(paths),
      domElements,
      domBreakdown,
      domElementsMax: Math.max(domElements, afterScroll, afterDrag),
      heapMiB: heap,
      scroll,
      drag,
    };
  } finally {
    await context.close();
  }
}
