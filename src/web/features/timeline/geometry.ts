import { addDays as addDaysFns, differenceInCalendarDays, format, startOfMonth, endOfMonth } from 'date-fns';

/**
 * Timeline date geometry. Task dates are calendar dates ('YYYY-MM-DD'): a day is always one column,
 * whatever the zone or a DST change. Strings are turned into date-fns dates at *local noon*, a time that
 * exists on every day in every zone, and differences are taken in calendar days, never milliseconds.
 */
export type Day = string;

export type Zoom = 'day' | 'week' | 'month' | 'quarter';
export const ZOOMS: readonly Zoom[] = ['day', 'week', 'month', 'quarter'];

/** Pixels per day of each zoom level. */
export const PX_PER_DAY: Record<Zoom, number> = { day: 56, week: 24, month: 8, quarter: 3 };

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' -> a Date at local noon of that calendar date (for date-fns only, never compared as instants). */
export function parseDay(day: Day): Date {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a calendar date: ${day}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

export function formatDay(date: Date): Day {
  return format(date, 'yyyy-MM-dd');
}

export function isDay(value: string | null | undefined): value is Day {
  return !!value && DAY_RE.test(value);
}

export function addDays(day: Day, n: number): Day {
  return n === 0 ? day : formatDay(addDaysFns(parseDay(day), n));
}

/** Whole calendar days from a to b (b - a). */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(parseDay(b), parseDay(a));
}

/** Left edge (px) of a day's column, measured from the canvas origin. */
export function dateToX(day: Day, origin: Day, pxPerDay: number): number {
  return daysBetween(origin, day) * pxPerDay;
}

/** The day whose column holds x (floor: any x inside a column is that day). */
export function xToDate(x: number, origin: Day, pxPerDay: number): Day {
  return addDays(origin, Math.floor(x / pxPerDay));
}

/** A pixel delta as whole days (round, not ceil: half a column moves one day). */
export function pxToDays(dx: number, pxPerDay: number): number {
  return Math.round(dx / pxPerDay) || 0;
}

/** Saturday or Sunday. */
export function isWeekend(day: Day): boolean {
  const d = parseDay(day).getDay();
  return d === 0 || d === 6;
}

/** Today's calendar date in a zone (the one place an instant becomes a date). */
export function todayIn(zone: string, now: Date = new Date()): Day {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export interface DayRange {
  start: Day;
  /** Inclusive. */
  end: Day;
}

/** Days a step of Previous / Next moves at each zoom. */
export const STEP_DAYS: Record<Zoom, number> = { day: 7, week: 28, month: 91, quarter: 182 };

/** The canvas the view scrolls over: whole months around the visible range (stable while scrolling a bit). */
export function canvasFor(start: Day, zoom: Zoom): DayRange {
  const months = zoom === 'day' ? 2 : zoom === 'week' ? 3 : zoom === 'month' ? 8 : 18;
  const from = startOfMonth(addDaysFns(parseDay(start), -31));
  const to = endOfMonth(addDaysFns(parseDay(start), months * 31));
  return { start: formatDay(from), end: formatDay(to) };
}

/** Does [aStart, aEnd] share at least one day with [bStart, bEnd]? (inclusive calendar ranges) */
export function overlaps(aStart: Day, aEnd: Day, bStart: Day, bEnd: Day): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** Month labels of a range: where each month starts (clipped to the range). */
export function monthsIn(range: DayRange): { start: Day; label: string; days: number }[] {
  const out: { start: Day; label: string; days: number }[] = [];
  let cur = range.start;
  while (cur <= range.end) {
    const monthEnd = formatDay(endOfMonth(parseDay(cur)));
    const end = monthEnd < range.end ? monthEnd : range.end;
    out.push({ start: cur, label: format(parseDay(cur), 'MMMM yyyy'), days: daysBetween(cur, end) + 1 });
    cur = addDays(end, 1);
  }
  return out;
}

/** "3 Dec" for announcements and labels. */
export function shortDay(day: Day): string {
  return format(parseDay(day), 'd MMM');
}
