import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
  endOfMonth,
  startOfMonth,
} from 'date-fns';
import { isCalendarDate } from '@/api/common';

/**
 * Calendar days: `YYYY-MM-DD` strings, never instants (task dates, the day a block is on, a week's Monday).
 * A day is the same day in every zone, so nothing here takes a zone. date-fns does the arithmetic on a Date
 * at *local noon* of the day, a time every day has in every zone, and differences are taken in calendar days,
 * never in milliseconds.
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

export function addDays(day: Day, n: number): Day {
  return n === 0 ? day : formatDay(addDaysFns(parseDay(day), n));
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
  return differenceInCalendarDays(parseDay(b), parseDay(a));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return parseDay(day).getDay();
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
