import type { Page } from '@playwright/test';

export type Axis = 'y' | 'x';

export interface ScrollRun {
  intervals: number[];
  scrolled: number;
  scroller: string;
  /** Page clock at the first and last frame. */
  start: number;
  end: number;
  /** React commits during the run (the planner's DevTools hook; 0 elsewhere). */
  commits: number;
  longTasks: number[];
}

/**
 * Scrolls the chart's scroll container along `axis` by `pxPerFrame` each animation frame for `ms`, bouncing at
 * the ends, and answers the requestAnimationFrame intervals. The container is the element at or under `within`
 * with the most room to scroll on that axis (a custom scrollbar element for dhtmlx-gantt's horizontal axis).
 * Setting scrollTop/scrollLeft from rAF is what a wheel or trackpad does at 60 Hz; the intervals show whether
 * the scroll handlers and rendering keep up. `mark` names user-timing marks around the run (for traces).
 */
export function scrollFrames(
  page: Page,
  axis: Axis,
  opts: { ms?: number; pxPerFrame?: number; within?: string; mark?: string } = {},
) {
  return page.evaluate(
    async ({ axis, ms, pxPerFrame, within, mark }): Promise<ScrollRun> => {
      const root = document.querySelector(within) ?? document.body;
      const pos = axis === 'y' ? 'scrollTop' : 'scrollLeft';
      let scroller: HTMLElement | null = null;
      let best = 0;
      for (const el of [root as HTMLElement, ...root.querySelectorAll<HTMLElement>('*')]) {
        const room = axis === 'y' ? el.scrollHeight - el.clientHeight : el.scrollWidth - el.clientWidth;
        const span = axis === 'y' ? el.clientHeight : el.clientWidth;
        if (room <= best || span < 100) continue;
        const overflow = getComputedStyle(el)[axis === 'y' ? 'overflowY' : 'overflowX'];
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        best = room;
        scroller = el;
      }
      const w = window as unknown as {
        __b?: { commits: number[]; longTasks: { start: number; duration: number }[] };
      };
      if (!scroller)
        return { intervals: [], scrolled: 0, scroller: 'none', start: 0, end: 0, commits: 0, longTasks: [] };
      const el = scroller;
      const intervals: number[] = [];
      let direction = 1;
      let scrolled = 0;
      let start = 0;
      let last = 0;
      if (mark) performance.mark(`${mark}:start`);
      await new Promise<void>((resolve) => {
        const tick = (t: number) => {
          if (last) intervals.push(t - last);
          else start = t;
          last = t;
          if (t - start >= ms) return resolve();
          const before = el[pos];
          el[pos] = before + direction * pxPerFrame;
          if (el[pos] === before) {
            direction = -direction;
            el[pos] = before + direction * pxPerFrame;
          }
          scrolled += Math.abs(el[pos] - before);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      if (mark) performance.mark(`${mark}:end`);
      // Long tasks are reported a little after they end.
      await new Promise((r) => setTimeout(r, 100));
      const name = `${el.tagName.toLowerCase()}${
        el.className
          ? `.${String(el.className)
              .split(' ')
              .filter((c) => !c.startsWith('wx-') || c === 'wx-chart' || c === 'wx-gantt')
              .join('.')}`
          : ''
      }`;
      const b = w.__b;
      return {
        intervals,
        scrolled,
        scroller: name,
        start,
        end: last,
        commits: b ? b.commits.filter((c) => c >= start && c <= last).length : 0,
        longTasks: b
          ? b.longTasks.filter((l) => l.start >= start && l.start <= last).map((l) => l.duration)
          : [],
      };
    },
    {
      axis,
      ms: opts.ms ?? 2000,
      pxPerFrame: opts.pxPerFrame ?? 100,
      within: opts.within ?? 'body',
      mark: opts.mark ?? '',
    },
  );
}

/** Starts recording requestAnimationFrame intervals in the page (for interactions driven from Node). */
export function startFrameRecorder(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = 0;
    const tick = (t: number) => {
      if (last) w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function stopFrameRecorder(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
}
