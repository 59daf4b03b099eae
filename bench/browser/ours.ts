import type { Page } from '@playwright/test';
import { twoSecondDrag, type DragFigures } from './drag';
import { instrumentScript } from './instrument';
import { domCount, freshBrowserPage, heapMiB } from './launch';
import { trackApi } from './network';
import { measureScroll, type ScrollFigures } from './scroll-run';
import { loadAndSettle, type LoadFigures } from './settle';
import { stickyLabels, type StickyLabels } from './sticky-labels';

export type View = 'timeline' | 'schedule';

export interface ViewSpec {
  route: string;
  /** A bar / a block: its first paint is "first bar". */
  item: string;
  /** The chart's scroll container. */
  scroller: string;
  /** Pixels per drag step. */
  dragStep: number;
  /**
   * The narrowest item the drag may grab. A dense week at Fit packs a person's 33 blocks a day into 5-18 px
   * each (a mouse grabs them; the clusters' counts sit between them), so no block there is 24 px wide.
   */
  dragMinWidth: number;
}

export const VIEWS: Record<View, ViewSpec> = {
  timeline: {
    route: '/timeline',
    item: '[data-bar-id]',
    scroller: '[data-testid="timeline-scroll"]',
    dragStep: 56,
    dragMinWidth: 24,
  },
  schedule: {
    route: '/schedule',
    item: '[data-testid="time-block"]',
    scroller: '[data-testid="schedule-grid"]',
    dragStep: 20,
    dragMinWidth: 8,
  },
};

/** One fresh-browser run of a planner view. */
export interface OurRun {
  load: LoadFigures;
  dom: { afterLoad: number; max: number; items: number; inChart: number };
  heapMiB: number;
  scrollY: ScrollFigures;
  scrollX: ScrollFigures;
  /** Timeline only: row labels checked against their rows after the vertical scroll. */
  labels?: StickyLabels;
  drag: DragFigures | null;
  /** Why there is no drag figure (no usable bar in view, the drop's requests never settled). */
  dragError?: string;
}

const breakdown = (page: Page, spec: ViewSpec) =>
  page.evaluate(
    ({ item, scroller }) => ({
      items: document.querySelectorAll(item).length,
      inChart: document.querySelector(scroller)?.getElementsByTagName('*').length ?? 0,
    }),
    { item: spec.item, scroller: spec.scroller },
  );

/**
 * Opens a planner view in a fresh browser and measures, in this order: the load clock (navigation → first
 * bar / complete / settled), DOM, heap after GC, a drag and its drop, a vertical and a horizontal scroll.
 */
export async function runOurView(
  plannerUrl: string,
  view: View,
  /** Called before navigation (bench/experiment.ts answers some reads itself). */
  prepare?: (page: Page) => Promise<void>,
): Promise<OurRun> {
  const spec = VIEWS[view];
  const { page, close } = await freshBrowserPage([instrumentScript(spec.item)]);
  try {
    await prepare?.(page);
    const api = trackApi(page);
    const load = await loadAndSettle(page, api, `${plannerUrl}${spec.route}`, { item: spec.item });
    if (!load.firstItemMs) {
      const shown = await page.evaluate(() =>
        document.querySelector('main, body')?.textContent?.slice(0, 160),
      );
      const bad = load.requests.filter((r) => r.failed || (r.status ?? 200) >= 400);
      throw new Error(
        `no ${spec.item} was painted by ${Math.round(load.settledMs)} ms; page: "${shown?.replace(/\s+/g, ' ').trim()}"` +
          (bad.length
            ? `; failed: ${bad.map((r) => `${r.method} ${r.path} ${r.failed ?? r.status}`).join(', ')}`
            : ''),
      );
    }
    const afterLoad = await domCount(page);
    const parts = await breakdown(page, spec);
    const heap = await heapMiB(page);
    // The drag first, from the settled view: a fast horizontal scroll can move the Timeline to another window
    // (its URL follows the scroll after 250 ms without a scroll event, which a slow frame provides), after
    // which no bar may be in view to drag.
    let dragError: string | undefined;
    const drag = await twoSecondDrag(page, api, spec.item, spec.dragStep, spec.dragMinWidth).catch(
      (err: unknown) => {
        dragError = err instanceof Error ? err.message.split('\n')[0] : String(err);
        return null;
      },
    );
    if (!drag && !dragError) dragError = `no usable ${spec.item} in view`;
    let max = Math.max(afterLoad, await domCount(page));
    const scrollY = await measureScroll(page, api, 'y', spec.scroller);
    max = Math.max(max, await domCount(page));
    const labels = view === 'timeline' ? await stickyLabels(page, spec.scroller) : undefined;
    const scrollX = await measureScroll(page, api, 'x', spec.scroller);
    max = Math.max(max, await domCount(page));
    return {
      load,
      dom: { afterLoad, max, ...parts },
      heapMiB: heap,
      scrollY,
      scrollX,
      labels,
      drag,
      dragError,
    };
  } finally {
    await close();
  }
}
