import {
  addDays,
  daysBetween,
  firstOfMonth,
  lastOfMonth,
  type Day,
  type DayRange,
} from '@/web/lib/time/calendar-day';
import { formatDayAs } from '@/web/lib/time/format';

/**
 * Timeline geometry: calendar days (lib/time) to pixels. A day is always one column, whatever the zone or a
 * DST change.
 */
export type Zoom = 'day' | 'week' | 'month' | 'quarter';
export const ZOOMS: readonly Zoom[] = ['day', 'week', 'month', 'quarter'];

/** Pixels per day of each zoom level. */
export const PX_PER_DAY: Record<Zoom, number> = { day: 56, week: 24, month: 8, quarter: 3 };

/** Left edge (px) of a day's column, measured from the canvas origin. */
export function dateToX(day: Day, origin: Day, pxPerDay: number): number {
  return daysBetween(origin, day) * pxPerDay;
}

/** The day whose column holds x (floor: any x inside a column is that day). */
export function xToDate(x: number, origin: Day, pxPerDay: number): Day {
  return addDays(origin, Math.floor(x / pxPerDay));
}

/** Days a bar may reach beyond the canvas on either side (its ends stay off screen, its box stays small). */
export const BAR_OVERHANG_DAYS = 31;

/**
 * The days of a bar as drawn on a canvas: its dates clipped to the canvas plus an overhang, so a task from the
 * year 1 to 9999 is a bar a little wider than the canvas, not one of hundreds of millions of pixels.
 */
export function drawnDays(start: Day, end: Day, canvas: DayRange): DayRange {
  const first = addDays(canvas.start, -BAR_OVERHANG_DAYS);
  const last = addDays(canvas.end, BAR_OVERHANG_DAYS);
  return { start: start < first ? first : start, end: end > last ? last : end };
}

/** The first day a view may start on: its canvas (a month before it) must stay within the year 1. */
export const FIRST_VIEW_DAY = '0001-03-01';
/** The last: the canvas of the widest zoom (about 20 months after the start) must end within the year 9999. */
export const LAST_VIEW_DAY = '9998-01-01';

/** A view's first day within the days the calendar can draw (a link may name any day). */
export function clampViewStart(day: Day): Day {
  return day < FIRST_VIEW_DAY ? FIRST_VIEW_DAY : day > LAST_VIEW_DAY ? LAST_VIEW_DAY : day;
}

/** A pixel delta as whole days (round, not ceil: half a column moves one day). */
export function pxToDays(dx: number, pxPerDay: number): number {
  return Math.round(dx / pxPerDay) || 0;
}

/** Days a step of Previous / Next moves at each zoom. */
export const STEP_DAYS: Record<Zoom, number> = { day: 7, week: 28, month: 91, quarter: 182 };

/** The canvas the view scrolls over: whole months around the visible range (stable while scrolling a bit). */
export function canvasFor(start: Day, zoom: Zoom): DayRange {
  const months = zoom === 'day' ? 2 : zoom === 'week' ? 3 : zoom === 'month' ? 8 : 18;
  return { start: firstOfMonth(addDays(start, -31)), end: lastOfMonth(addDays(start, months * 31)) };
}

/** Month labels of a range: where each month starts (clipped to the range). */
export function monthsIn(range: DayRange): { start: Day; label: string; name: string; days: number }[] {
  const out: { start: Day; label: string; name: string; days: number }[] = [];
  let cur = range.start;
  while (cur <= range.end) {
    const monthEnd = lastOfMonth(cur);
    const end = monthEnd < range.end ? monthEnd : range.end;
    out.push({
      start: cur,
      label: formatDayAs(cur, 'MMMM yyyy'),
      name: formatDayAs(cur, 'MMMM'),
      days: daysBetween(cur, end) + 1,
    });
    cur = addDays(end, 1);
  }
  return out;
}
