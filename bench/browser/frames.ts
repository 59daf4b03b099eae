import type { Page } from '@playwright/test';

/**
 * Scrolls the largest scrollable element at or under `within` (the chart body for every library and
 * for the planner) by `pxPerFrame` each animation frame for `ms`, bouncing at the ends, and answers the
 * requestAnimationFrame intervals. Setting scrollTop from rAF is what a wheel or trackpad does at
 * 60 Hz; the intervals show whether the scroll handlers and rendering keep up.
 */
export function scrollFrames(page: Page, ms = 2000, pxPerFrame = 40, within = 'body') {
  return page.evaluate(
    async ({ ms, pxPerFrame, within }) => {
      const root = document.querySelector(within) ?? document.body;
      let scroller: HTMLElement | null = null;
      let best = 0;
      for (const el of [root as HTMLElement, ...root.querySelectorAll<HTMLElement>('*')]) {
        const room = el.scrollHeight - el.clientHeight;
        if (room <= best || el.clientHeight < 100) continue;
        const overflow = getComputedStyle(el).overflowY;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        best = room;
        scroller = el;
      }
      if (!scroller) return { intervals: [] as number[], scrolled: 0, scroller: 'none' };
      const el = scroller;
      const intervals: number[] = [];
      let direction = 1;
      let scrolled = 0;
      await new Promise<void>((resolve) => {
        let last = 0;
        const started = performance.now();
        const tick = (t: number) => {
          if (last) intervals.push(t - last);
          last = t;
          if (t - started >= ms) return resolve();
          const before = el.scrollTop;
          el.scrollTop = before + direction * pxPerFrame;
          if (el.scrollTop === before) direction = -direction;
          scrolled += Math.abs(el.scrollTop - before);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
      return { intervals, scrolled, scroller: name };
    },
    { ms, pxPerFrame, within },
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
