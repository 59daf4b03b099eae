import { addDays, addMonths, firstOfMonth, lastOfMonth, type DayRange } from '@/web/lib/time/calendar-day';

/** Days around the visible range that must be loaded too (bars entering on a small scroll). */
export const NEED_MARGIN_DAYS = 7;

/** The days a view needs loaded: the visible range plus a small margin on both sides. */
export function neededRange(visible: DayRange, marginDays = NEED_MARGIN_DAYS): DayRange {
  return { start: addDays(visible.start, -marginDays), end: addDays(visible.end, marginDays) };
}

/**
 * The window to read for a view: one month before to two months after (most navigation goes forward),
 * rounded to whole months so nearby views choose the same window. Calendar dates only: zone-free.
 */
export function windowFor(visible: DayRange): DayRange {
  return {
    start: firstOfMonth(addMonths(visible.start, -1)),
    end: lastOfMonth(addMonths(visible.end, 2)),
  };
}

/** Does `outer` hold every day of `inner`? (inclusive calendar ranges) */
export function containsRange(outer: DayRange, inner: DayRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The window a view reads from: the first cached window that holds the needed days (no request), else a
 * new window around the visible range. Deterministic for a given cache, so re-renders keep the same key.
 */
export function chooseWindow(
  cached: readonly DayRange[],
  visible: DayRange,
  fallback: DayRange = windowFor(visible),
  marginDays = NEED_MARGIN_DAYS,
): DayRange {
  const need = neededRange(visible, marginDays);
  return cached.find((w) => containsRange(w, need)) ?? fallback;
}

/** Is `value` a calendar range (a key segment read back from the cache)? */
export function isDayRange(value: unknown): value is DayRange {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DayRange).start === 'string' &&
    typeof (value as DayRange).end === 'string'
  );
}
