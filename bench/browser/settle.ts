import type { Page } from '@playwright/test';
import type { ApiRequest, ApiTracker } from './network';
import type { PageProbe } from './instrument';

/** Issue 15: settled = the DOM quiet for 1 s with no /api/ request in flight. */
export const QUIET_MS = 1000;

export interface LoadFigures {
  /** Navigation start → the last DOM change painted or the last /api/ byte, whichever is later. */
  settledMs: number;
  /** Navigation start → the paint after the first bar/block was in the DOM (planner only). */
  firstItemMs: number | null;
  /**
   * Navigation start → the view complete: the last change to anything visible in the viewport painted and
   * every read done (planner only).
   */
  completeMs: number | null;
  /** Navigation start → the last /api/ response's last byte. */
  readsDoneMs: number;
  commits: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  requests: ApiRequest[];
  /** The most rewritten attributes while loading (element[attribute] → count). */
  attributes: [string, number][];
}

type W = { __b: PageProbe & { stop(): void } };

/**
 * Navigates and waits until the page has settled: no /api/ request in flight and no DOM change for
 * QUIET_MS. Answers the load clock; stops the mutation recording afterwards.
 */
export async function loadAndSettle(
  page: Page,
  api: ApiTracker,
  url: string,
  opts: { item?: string; timeout?: number } = {},
): Promise<LoadFigures> {
  const timeout = opts.timeout ?? 180_000;
  await page.goto(url, { waitUntil: 'commit' });
  const until = Date.now() + timeout;
  let quietPolls = 0;
  for (;;) {
    const s = await page.evaluate(() => {
      const b = (window as unknown as W).__b;
      const now = performance.now();
      // A heartbeat overdue right now: a long task has just ended (its own beat has not run yet).
      const busy = now - b.lastBeat > 150 ? now : b.busyUntil;
      return { now, lastMutation: b.lastMutation, lastApiEnd: b.lastApiEnd, busy };
    });
    // Quiet on the page's clock (no DOM change, no /api/ byte, no stalled main thread) and, from the network
    // side, nothing in flight and no request started or ended for as long (a resource entry comes a little late).
    const quietSince = Math.max(s.lastMutation, s.lastApiEnd, s.busy);
    // Twice in a row: the second look comes after any heartbeat a just-ended stall held back.
    quietPolls =
      api.idleMs() >= QUIET_MS && s.lastMutation > 0 && s.now - quietSince >= QUIET_MS ? quietPolls + 1 : 0;
    if (quietPolls >= 2) break;
    if (Date.now() > until) throw new Error(`page not settled after ${timeout} ms`);
    await page.waitForTimeout(100);
  }
  const probe = await page.evaluate(
    ({ withItem }) => {
      const b = (window as unknown as W).__b;
      const vw = innerWidth;
      const vh = innerHeight;
      // A change counts as visible when the element it touched (or a text node's parent) is still in the DOM
      // and shows in the viewport; canvases far larger than the viewport (row bodies whose height follows
      // rows off screen) do not.
      const visible = (n: Node) => {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!el || !el.isConnected) return false;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.right <= 0 || r.top >= vh || r.left >= vw)
          return false;
        return r.height <= 3 * vh && r.width <= 3 * vw;
      };
      let lastVisiblePaint = 0;
      if (withItem)
        for (let i = b.batches.length - 1; i >= 0 && !lastVisiblePaint; i--) {
          const batch = b.batches[i];
          for (const ref of batch.refs) {
            const n = ref.deref();
            if (n && visible(n)) {
              lastVisiblePaint = batch.paint || batch.t;
              break;
            }
          }
        }
      const out = {
        resources: b.resources,
        lastApiEnd: b.lastApiEnd,
        lastPaint: b.lastPaint || b.lastMutation,
        firstItemPaint: b.firstItemPaint || b.firstItem,
        lastVisiblePaint,
        commits: b.commits.length,
        longTasks: b.longTasks.map((t) => t.duration),
        attributes: Object.entries(b.attributes)
          .sort((x, y) => y[1] - x[1])
          .slice(0, 8),
      };
      b.stop();
      return out;
    },
    { withItem: Boolean(opts.item) },
  );
  const requests = api.withTimings(probe.resources);
  const readsDone = requests.filter((r) => r.method === 'GET').reduce((m, r) => Math.max(m, r.end ?? 0), 0);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    settledMs: round(Math.max(probe.lastPaint, probe.lastApiEnd)),
    firstItemMs: opts.item ? round(probe.firstItemPaint) : null,
    completeMs: opts.item ? round(Math.max(probe.lastVisiblePaint, readsDone)) : null,
    readsDoneMs: round(readsDone),
    commits: probe.commits,
    longTasks: {
      count: probe.longTasks.length,
      totalMs: round(probe.longTasks.reduce((a, b) => a + b, 0)),
      maxMs: round(Math.max(0, ...probe.longTasks)),
    },
    requests,
    attributes: probe.attributes,
  };
}
