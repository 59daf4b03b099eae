import { useEffect, useRef, useState } from 'react';

/** How long a scroll must have been still before the view follows it. */
export const SETTLE_MS = 250;

/** The clocks a settle check runs on (the browser's; a test passes its own). */
export interface SettleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(run: () => void): number;
  cancelAnimationFrame(id: number): void;
}

const browserClock = (): SettleClock => ({
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  requestAnimationFrame: (run) => requestAnimationFrame(run),
  cancelAnimationFrame: (id) => cancelAnimationFrame(id),
});

/**
 * Calls `onSettled` once scrolling has stopped for SETTLE_MS (call `scrolled` on every scroll event). A timer
 * alone fires in the middle of a fast scroll after one slow frame, before the scroll events that frame held
 * back have run: the check is made in an animation frame, after that frame's scroll events, and waits again
 * while they keep coming.
 */
export function scrollSettle(onSettled: () => void, clock: SettleClock) {
  let last = 0;
  let timer = 0;
  let frame = 0;
  const check = () => {
    timer = 0;
    frame = clock.requestAnimationFrame(() => {
      frame = 0;
      const still = clock.now() - last;
      if (still < SETTLE_MS) timer = clock.setTimeout(check, SETTLE_MS - still);
      else onSettled();
    });
  };
  return {
    scrolled() {
      last = clock.now();
      if (!timer && !frame) timer = clock.setTimeout(check, SETTLE_MS);
    },
    dispose() {
      clock.clearTimeout(timer);
      clock.cancelAnimationFrame(frame);
    },
  };
}

/** scrollSettle for a component: returns the function to call on every scroll event. */
export function useScrollSettle(onSettled: () => void): () => void {
  const latest = useRef(onSettled);
  useEffect(() => {
    latest.current = onSettled;
  });
  const [settle] = useState(() => scrollSettle(() => latest.current(), browserClock()));
  useEffect(() => () => settle.dispose(), [settle]);
  return settle.scrolled;
}
