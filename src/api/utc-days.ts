/**
 * Calendar-day arithmetic shared by the server and the browser where the contract needs it (capacity
 * windows, estimate spreading). A day is `YYYY-MM-DD`; each is handled as its UTC midnight, and UTC has no
 * daylight-saving changes, so whole-day steps on those instants are exact. The browser's own calendar module
 * (web/lib/time/calendar-day) does the same for the views; this one exists because src/api may import nothing.
 */
const DAY_MS = 86_400_000;

const midnight = (day: string) => Date.parse(`${day}T00:00:00Z`);
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function nextDay(day: string, n = 1): string {
  return format(midnight(day) + n * DAY_MS);
}

/** Days from `a` to `b` (b - a). */
export function dayDiff(a: string, b: string): number {
  return Math.round((midnight(b) - midnight(a)) / DAY_MS);
}

/** Every day from `start` to `end`, both included. */
export function daysFrom(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = nextDay(d)) out.push(d);
  return out;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDay(day: string): number {
  return new Date(midnight(day)).getUTCDay();
}
