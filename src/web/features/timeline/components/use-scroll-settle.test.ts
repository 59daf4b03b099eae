import { describe, expect, it } from 'vitest';
import { scrollSettle, SETTLE_MS, type SettleClock } from './use-scroll-settle';

/** A browser event loop in miniature: timers, and frames whose scroll events run before their callbacks. */
function fakeLoop() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let frames = new Map<number, () => void>();
  const clock: SettleClock = {
    now: () => now,
    setTimeout: (run, ms) => (timers.set(++id, { at: now + ms, run }), id),
    clearTimeout: (t) => void timers.delete(t),
    requestAnimationFrame: (run) => (frames.set(++id, run), id),
    cancelAnimationFrame: (f) => void frames.delete(f),
  };
  /**
   * Runs the loop to `until`, a frame every `frameMs`: the timers that came due during the frame run first
   * (a long frame holds them back), then the frame's scroll event (while scrolling), then its callbacks.
   */
  const run = (until: number, frameMs: number, scrollsUntil: number, onScroll: () => void) => {
    while (now < until) {
      now += frameMs;
      const due = [...timers].filter(([, t]) => t.at <= now).sort((a, b) => a[1].at - b[1].at);
      for (const [t, { run }] of due) {
        timers.delete(t);
        run();
      }
      if (now <= scrollsUntil) onScroll();
      const callbacks = [...frames.values()];
      frames = new Map();
      for (const f of callbacks) f();
    }
  };
  return { clock, run, now: () => now };
}

describe('scrollSettle', () => {
  it('settles once, SETTLE_MS after the last scroll event', () => {
    const loop = fakeLoop();
    const settled: number[] = [];
    const s = scrollSettle(() => settled.push(loop.now()), loop.clock);
    let last = 0;
    loop.run(2000, 16, 1000, () => {
      last = loop.now();
      s.scrolled();
    });
    expect(settled).toHaveLength(1);
    expect(settled[0]).toBeGreaterThanOrEqual(last + SETTLE_MS);
    expect(settled[0]).toBeLessThan(last + SETTLE_MS + 50);
  });

  it('does not settle in the middle of a scroll whose frames take longer than SETTLE_MS', () => {
    const loop = fakeLoop();
    const settled: number[] = [];
    const s = scrollSettle(() => settled.push(loop.now()), loop.clock);
    // 300 ms frames: each timer comes due before the next frame's scroll event has run.
    loop.run(3000, 300, 1800, () => s.scrolled());
    expect(settled).toHaveLength(1);
    expect(settled[0]).toBeGreaterThan(1800);
  });

  it('stops when disposed', () => {
    const loop = fakeLoop();
    const settled: number[] = [];
    const s = scrollSettle(() => settled.push(loop.now()), loop.clock);
    s.scrolled();
    s.dispose();
    loop.run(1000, 16, 0, () => {});
    expect(settled).toEqual([]);
  });
});
