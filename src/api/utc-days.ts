/**
 * Calendar-day arithmetic shared by the server and the browser where the contract needs it (capacity
 * windows, estimate spreading), and the remembered day numbers and names behind web/lib/time/zoned. A day is
 * `YYYY-MM-DD`; each is handled as its UTC midnight, and UTC has no daylight-saving changes, so whole-day steps
 * on those instants are exact. The browser's own calendar module (web/lib/time/calendar-day) does the same for
 * the views; this one exists because src/api may import nothing.
 */
const DAY_MS = 86_400_000;

// Each day's number (days since 1970-01-01) and each number's name, remembered: `/capacities` on the server
// steps through the same few hundred days for every person, and Date.parse and toISOString were half its time.
const REMEMBER = 20_000;
const numbers = new Map<string, number>();
const names = new Map<number, string>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` (NaN for text that is no day, not remembered). */
export function dayNumber(day: string): number {
  let n = numbers.get(day);
  if (n === undefined) {
    n = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
    // NaN for text that is no day: not remembered, and it fails where it did (a name of NaN throws).
    if (Number.isNaN(n)) return n;
    if (numbers.size >= REMEMBER) numbers.clear();
    numbers.set(day, n);
  }
  return n;
}

/** The `YYYY-MM-DD` of a day number (a RangeError for NaN). */
export function dayName(n: number): string {
  let day = names.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (names.size >= REMEMBER) names.clear();
    names.set(n, day);
  }
  return day;
}

export function nextDay(day: string, n = 1): string {
  return dayName(dayNumber(day) + n);
}

/** Days from `a` to `b` (b - a). */
export function dayDiff(a: string, b: string): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

/** Every day from `start` to `end`, both included. */
export function daysFrom(start: string, end: string): string[] {
  const out: string[] = [];
  // Counted, not compared as text: the day after 9999-12-31 is "+010000-01-01", which sorts before it.
  const count = dayDiff(start, end) + 1;
  for (let i = 0, d = start; i < count; i++, d = nextDay(d)) out.push(d);
  return out;
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDay(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}
