import { addMonths as addMonthsFns, endOfMonth, startOfMonth } from 'date-fns';
import { isCalendarDate } from '@/api/text-formats';

/**
 * Calendar days: `YYYY-MM-DD` strings, never instants (task dates, the day a block is on, a week's Monday).
 * A day is the same day in every zone, so nothing here takes a zone. Days are added and counted on UTC day
 * numbers (no zone, no DST: every UTC day is 24 hours); month arithmetic is date-fns' on a Date at *local
 * noon* of the day, a time every day has in every zone.
 */
export type Day = string;

export interface DayRange {
  start: Day;
  /** Inclusive. */
  end: Day;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day `YYYY-MM-DD` of the years 0001 to 9999 (no 2026-02-30): what a task date may be. */
export function isDay(value: string | null | undefined): value is Day {
  return !!value && isCalendarDate(value);
}

/** `YYYY-MM-DD` -> a Date at local noon of that day (a vehicle for date-fns, never compared as an instant). */
export function parseDay(day: Day): Date {
  const match = DAY_RE.exec(day);
  if (!match) throw new Error(`not a calendar date: ${day}`);
  const date = new Date(2000, Number(match[2]) - 1, Number(match[3]), 12);
  // Not the constructor's year: it reads 0 to 99 as 1900 to 1999.
  date.setFullYear(Number(match[1]));
  return date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a Date made by parseDay or date-fns (inverse of parseDay). */
export function formatDay(date: Date): Day {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Adding days and counting them runs per bar on every scroll frame, and naming the day of each of 50,000
// blocks on a Schedule load: on UTC day numbers (a UTC day always has 24 hours, so whole-day arithmetic on them
// is exact), not through a Date at local noon and date-fns. A view meets the same few hundred days again and
// again, so each day's number and each number's name are remembered (parsing and formatting were 0.2 s of a
// dense week's load).
const UTC_DAY = 86_400_000;
const REMEMBER = 20_000;
const numbers = new Map<Day, number>();
const names = new Map<number, Day>();

/** Days since 1970-01-01 of a calendar day (its UTC midnight); throws on text that is no `YYYY-MM-DD`. */
export function dayNumber(day: Day): number {
  let n = numbers.get(day);
  if (n === undefined) {
    n = parseDayNumber(day);
    if (numbers.size >= REMEMBER) numbers.clear();
    numbers.set(day, n);
  }
  return n;
}

/** The calendar day of a day number (dayNumber's inverse). */
export function dayOfNumber(n: number): Day {
  let day = names.get(n);
  if (day === undefined) {
    const date = new Date(n * UTC_DAY);
    day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    // What is no day number (NaN) names no day, and is not remembered.
    if (!Number.isFinite(n)) return day;
    if (names.size >= REMEMBER) names.clear();
    names.set(n, day);
  }
  return day;
}

function parseDayNumber(day: Day): number {
  const match = DAY_RE.exec(day);
  if (!match) throw new Error(`not a calendar date: ${day}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const date = Number(match[3]);
  if (year >= 100) return Date.UTC(year, month, date) / UTC_DAY;
  // Date.UTC reads the years 0 to 99 as 1900 to 1999: set the year itself.
  const far = new Date(Date.UTC(2000, month, date));
  far.setUTCFullYear(year);
  return far.getTime() / UTC_DAY;
}

/** The first and the last day a task date may be (isDay: the years 0001 to 9999). */
export const FIRST_DAY: Day = '0001-01-01';
export const LAST_DAY: Day = '9999-12-31';
const FIRST_NUMBER = parseDayNumber(FIRST_DAY);
const LAST_NUMBER = parseDayNumber(LAST_DAY);

export function addDays(day: Day, n: number): Day {
  return n === 0 ? day : dayOfNumber(dayNumber(day) + n);
}

/**
 * The part of a shift by `days` that keeps every span within FIRST_DAY..LAST_DAY whole: a drag that would push
 * a task past the calendar's end stops at it, and the task keeps its length.
 */
export function shiftWithinCalendar(spans: readonly { start: Day; end: Day }[], days: number): number {
  let shift = days;
  for (const s of spans) {
    if (!isDay(s.start) || !isDay(s.end)) continue;
    if (shift > 0) shift = Math.min(shift, LAST_NUMBER - dayNumber(s.end));
    else if (shift < 0) shift = Math.max(shift, FIRST_NUMBER - dayNumber(s.start));
  }
  return shift;
}

/** The same day of the month `n` months later (clamped to the month's end: 31 Jan + 1 month = 28 Feb). */
export function addMonths(day: Day, n: number): Day {
  return formatDay(addMonthsFns(parseDay(day), n));
}

export function firstOfMonth(day: Day): Day {
  return formatDay(startOfMonth(parseDay(day)));
}

export function lastOfMonth(day: Day): Day {
  return formatDay(endOfMonth(parseDay(day)));
}

/** Whole calendar days from a to b (b - a). */
export function daysBetween(a: Day, b: Day): number {
  return a === b ? 0 : dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(dayNumber(day) * UTC_DAY).getUTCDay();
}

export function isWeekend(day: Day): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** Monday of the week that holds the day. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Does [aStart, aEnd] share at least one day with [bStart, bEnd]? (inclusive ranges) */
export function overlaps(aStart: Day, aEnd: Day, bStart: Day, bEnd: Day): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
