import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { clampViewStart, PX_PER_DAY, ZOOMS, type Zoom } from '../geometry';

// A wheel notch is about 100 px of deltaY; a trackpad pinch sends many small ones (with ctrlKey, as browsers
// report a pinch): a step per WHEEL_STEP of them, and at most one step per COOLDOWN_MS.
const WHEEL_STEP = 50;
const COOLDOWN_MS = 200;

/** Where the view goes when it zooms to `px2` keeping the day at `ox` pixels into the track in place. */
export function zoomAnchor(
  at: { scrollLeft: number; px: number; origin: Day },
  ox: number,
  px2: number,
): { start: Day; rest: number } {
  const dayFloat = (at.scrollLeft + ox) / at.px - ox / px2;
  const whole = Math.floor(dayFloat);
  return { start: addDays(at.origin, whole), rest: Math.round((dayFloat - whole) * px2) };
}

/**
 * Ctrl+wheel (or a pinch) on the grid, and Ctrl+= / Ctrl+- anywhere on the Timeline, zoom it one level in or out
 * around the day under the pointer (the middle of the view for keys); the browser's own page zoom is
 * prevented. `onZoom` gets the new zoom, its first day in view and the pixels into that day.
 */
export function useZoomGestures(
  scrollRef: RefObject<HTMLDivElement | null>,
  /** The zoom, the canvas's first day, the names column's width (the track starts after it). */
  state: { px: number; origin: Day; nameW: number },
  onZoom: (zoom: Zoom, start: Day, rest: number) => void,
) {
  // The drawn zoom, updated when a render commits: a render React starts and then drops (a zoom's transition
  // interrupted by an urgent update) must not count as drawn, or a key press between the two steps from the
  // level it left (quarter, Ctrl+-, Ctrl+= ended on week).
  const latest = useRef({ ...state, onZoom });
  useLayoutEffect(() => {
    latest.current = { ...state, onZoom };
  });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let acc = 0;
    let last = 0;
    // A zoom asked for and not drawn yet: a second key press or notch before the render steps on from it
    // (not from the drawn level, which would undo or repeat the first), keeping the first day it asked for.
    let asked: { px: number; start: Day } | null = null;
    const step = (dir: 1 | -1, ox: number) => {
      const { px, origin, onZoom: zoomTo } = latest.current;
      if (asked && asked.px === px) asked = null;
      const from = asked?.px ?? px;
      const i = ZOOMS.findIndex((z) => PX_PER_DAY[z] === from);
      // In (dir -1) is towards 'day', the first zoom.
      const next = ZOOMS[i + dir];
      if (i < 0 || !next) return;
      if (asked) {
        asked = { px: PX_PER_DAY[next], start: asked.start };
        zoomTo(next, asked.start, 0);
        return;
      }
      const to = zoomAnchor({ scrollLeft: el.scrollLeft, px, origin }, ox, PX_PER_DAY[next]);
      const start = clampViewStart(to.start);
      asked = { px: PX_PER_DAY[next], start };
      zoomTo(next, start, start === to.start ? to.rest : 0);
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      acc += e.deltaY;
      if (Math.abs(acc) < WHEEL_STEP || e.timeStamp - last < COOLDOWN_MS) return;
      const dir = acc < 0 ? -1 : 1;
      acc = 0;
      last = e.timeStamp;
      const ox = Math.max(0, e.clientX - el.getBoundingClientRect().left - latest.current.nameW);
      step(dir, ox);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const dir =
        e.key === '=' || e.key === '+' || e.code === 'Equal' || e.code === 'NumpadAdd'
          ? -1
          : e.key === '-' || e.code === 'Minus' || e.code === 'NumpadSubtract'
            ? 1
            : 0;
      if (!dir) return;
      e.preventDefault();
      step(dir, Math.max(0, (el.clientWidth - latest.current.nameW) / 2));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    // Captured: no handler on the way may keep the browser's own zoom from being prevented.
    window.addEventListener('keydown', onKey, true);
    return () => {
      el.removeEventListener('wheel', onWheel);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [scrollRef]);
}
