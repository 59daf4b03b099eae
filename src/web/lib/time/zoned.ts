import { tzOffset } from '@date-fns/tz';
import { dayName, dayNumber } from '@/api/utc-days';
import { addDays, type Day, type DayRange } from './calendar-day';

/**
 * Instants in a time zone. Instants are UTC milliseconds; a "wall" value is the zone's clock reading of an
 * instant written as if it were UTC, so calendar and clock arithmetic on it needs no zone. Every function
 * takes an IANA zone the browser knows (see resolveZone): nothing here reads the machine's zone.
 */

const MINUTE = 60_000;
// Offsets change only on quarter-hour boundaries in every zone in use (Lord Howe and Chatham included), so
// they are cached per zone and UTC quarter hour: thousands of blocks cost one offset look-up per distinct
// quarter hour. The last answer is checked first: a view asks for the same quarter hour many times in a row
// (a dense week's load asked about a million times; a key string per call was 0.14 s of it).
const QUARTER = 15 * MINUTE;
const offsetCaches = new Map<string, Map<number, number>>();
let last = { zone: '', bucket: Number.NaN, offset: 0 };

/** Milliseconds the zone is ahead of UTC at an instant (e.g. +3_600_000 for CET). */
export function offsetAt(instant: number, zone: string): number {
  const bucket = Math.floor(instant / QUARTER);
  if (bucket === last.bucket && zone === last.zone) return last.offset;
  let cache = offsetCaches.get(zone);
  if (!cache) offsetCaches.set(zone, (cache = new Map()));
  let offset = cache.get(bucket);
  if (offset === undefined) {
    if (cache.size > 100_000) cache.clear();
    offset = Math.round(tzOffset(zone, new Date(bucket * QUARTER)) * MINUTE);
    cache.set(bucket, offset);
  }
  last = { zone, bucket, offset };
  return offset;
}

/** The zone's wall clock reading of an instant. */
export function toWall(instant: number, zone: string): number {
  return instant + offsetAt(instant, zone);
}

/**
 * The instant a wall clock reading denotes in a zone. A reading that happens twice (clocks turned back) gives
 * the earlier instant; one that never happens (clocks turned forward) is pushed forward by the gap, as
 * Temporal's 'compatible' disambiguation does.
 */
export function fromWall(wall: number, zone: string): number {
  const DAY = 86_400_000;
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const candidates = [wall - before, wall - after].filter((t) => offsetAt(t, zone) === wall - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

/** The wall reading of a day's 00:00 (the day's start, before any zone is applied); NaN for what is no day. */
export const wallOfDay = (day: Day): number => dayNumber(day) * WALL_DAY;

/** The calendar day an instant falls on in a zone ("today" is dayOf(Date.now(), zone)). */
export function dayOf(instant: number, zone: string): Day {
  return dayOfNumber(dayNumberOf(instant, zone));
}

const WALL_DAY = 86_400_000;

/**
 * The calendar day of an instant in a zone as a number (days since 1970-01-01 on the zone's wall clock, where
 * every day has 24 hours): a cheap key when thousands of instants are grouped by day, turned into a day once
 * per group with dayOfNumber.
 */
export function dayNumberOf(instant: number, zone: string): number {
  return Math.floor(toWall(instant, zone) / WALL_DAY);
}

/** The calendar day of a day number (inverse of dayNumberOf's numbering); a RangeError for NaN (no instant). */
export const dayOfNumber: (n: number) => Day = dayName;

/** The day number of a calendar day (dayOfNumber's inverse); NaN for what is no day. */
export const numberOfDay: (day: Day) => number = dayNumber;

/** The instant a calendar day begins in a zone (01:00 on a day whose midnight a DST change skips). */
export function startOfDayIn(day: Day, zone: string): number {
  return fromWall(wallOfDay(day), zone);
}

/** RFC 3339 in UTC with whole seconds, as the API stores it. */
export function toIso(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The instants bounding a range of days in a zone, as the API's `date_from` / `date_to`: first day's start to the next day's start. */
export function rangeInstants(range: DayRange, zone: string): { date_from: string; date_to: string } {
  return {
    date_from: toIso(startOfDayIn(range.start, zone)),
    date_to: toIso(startOfDayIn(addDays(range.end, 1), zone)),
  };
}

/** Minutes since the zone's 00:00 of the instant's day, by the wall clock (09:30 is 570 on any day). */
export function minuteOfDay(instant: number, zone: string): number {
  const minutes = toWall(instant, zone) / MINUTE;
  return ((minutes % 1440) + 1440) % 1440;
}

/** "09:30": the zone's clock time of an instant, 24-hour. */
export function clockTime(instant: number, zone: string): string {
  return new Date(toWall(instant, zone)).toISOString().slice(11, 16);
}

/** Moves an instant by wall-clock minutes in a zone (a day later stays at the same clock time over DST). */
export function shiftWall(instant: number, minutes: number, zone: string): number {
  return fromWall(toWall(instant, zone) + minutes * MINUTE, zone);
}
