import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { fromWall, toWall, wallOfDay } from '@/web/lib/time/zoned';

/**
 * The Schedule's hour axis: minutes of wall-clock time from the first day's 00:00 in the user's zone (zone
 * maths in lib/time). Wall clock, so that 09:00 is always under 09:00, also on the 23- and 25-hour days of a
 * DST change.
 */
export const SNAP_MINUTES = 15;

/** The work week (Mon-Fri) starting at a Monday. */
export function workWeek(monday: Day): Day[] {
  return [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
}

/**
 * Minutes on the wall-clock axis of contiguous days from `firstDay` (24 wall hours each) at which an
 * instant sits; negative or past the end when outside.
 */
export function axisMinutes(instant: number, firstDay: Day, zone: string): number {
  return (toWall(instant, zone) - wallOfDay(firstDay)) / 60_000;
}

/** The instant at an axis position (inverse of axisMinutes). */
export function instantAtAxis(minutes: number, firstDay: Day, zone: string): number {
  return fromWall(wallOfDay(firstDay) + minutes * 60_000, zone);
}

/** Rounds minutes to the snapping grid (round, not ceil, so a drag lands where it looks). */
export function snapMinutes(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step || 0;
}

export interface Span {
  left: number;
  width: number;
}
