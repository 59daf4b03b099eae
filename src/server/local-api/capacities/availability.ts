import type { WorkCalendar } from '@/api/estimate-spread';
import { dayDiff, daysFrom, nextDay, weekdayOfDay } from '@/api/utc-days';
import { wallOf } from '../zone-clock';

/** One weekday of a working week: its minutes, from a starting minute of the person's local day. */
export interface WorkingDay {
  minutes: number;
  startMinute: number;
}

/** What decides a person's available time: their week, zone, holidays and time off. */
export interface Availability {
  zone: string;
  /** Index 0 = Sunday ... 6 = Saturday; null or 0 minutes = not a working day. */
  week: readonly (WorkingDay | null)[];
  /** Public holidays of the person's country (calendar days). */
  holidays: ReadonlySet<string>;
  /** Time off as instants (ms), `[start, end)`. */
  timeOff: readonly { start: number; end: number }[];
}

export interface DayAvailability {
  working: number;
  timeOff: number;
}

const MINUTE = 60_000;
// No zone is more than 14 hours from UTC: a time off further than that from a day cannot touch it.
const FAR = 15 * 60 * MINUTE;

/**
 * A day's working and time-off minutes. Working minutes are the weekday's hours (0 on a public holiday:
 * a holiday is not a working day, and there is then nothing for time off to take). Time off counts the part
 * of the day's working window, `[start, start + hours)` on the person's own clock, that it covers, read on
 * that clock too: a time off over a daylight-saving change takes the same wall-clock hours as on any
 * other day, and a whole day off takes the whole working day.
 */
export function dayAvailability(a: Availability, day: string): DayAvailability {
  const slot = a.week[weekdayOfDay(day)];
  if (!slot || slot.minutes <= 0 || a.holidays.has(day)) return { working: 0, timeOff: 0 };
  const from = Date.parse(`${day}T00:00:00Z`) + slot.startMinute * MINUTE;
  const to = from + slot.minutes * MINUTE;
  let off = 0;
  for (const t of a.timeOff) {
    if (t.start >= to + FAR || t.end <= from - FAR) continue;
    off += Math.max(0, Math.min(wallOf(t.end, a.zone), to) - Math.max(wallOf(t.start, a.zone), from));
  }
  return { working: slot.minutes, timeOff: Math.min(slot.minutes, Math.round(off / MINUTE)) };
}

const isWorking = (d: DayAvailability) => d.working > 0 && d.timeOff < d.working;

/**
 * The person's working days: exact (holidays and days wholly off taken out) from `span.start` to
 * `span.end`, by the weekly pattern alone outside it, so a task spanning decades costs no more than the
 * span. Counting is O(1) with prefix sums over the span and whole weeks outside it.
 */
export function availabilityCalendar(a: Availability, span: { start: string; end: string }): WorkCalendar {
  const days = daysFrom(span.start, span.end);
  const prefix = new Int32Array(days.length + 1);
  days.forEach((d, i) => {
    prefix[i + 1] = prefix[i] + (isWorking(dayAvailability(a, d)) ? 1 : 0);
  });
  const pattern = a.week.map((w) => (w && w.minutes > 0 ? 1 : 0));
  const perWeek = pattern.reduce<number>((s, v) => s + v, 0);

  const byPattern = (start: string, end: string) => {
    const n = dayDiff(start, end) + 1;
    if (n <= 0) return 0;
    const weeks = Math.floor(n / 7);
    let count = weeks * perWeek;
    const first = weekdayOfDay(start);
    for (let i = 0; i < n % 7; i++) count += pattern[(first + i) % 7];
    return count;
  };
  const inSpan = (start: string, end: string) => {
    if (start > end) return 0;
    return prefix[dayDiff(span.start, end) + 1] - prefix[dayDiff(span.start, start)];
  };

  return {
    isWorkingDay(day) {
      if (day < span.start || day > span.end) return pattern[weekdayOfDay(day)] === 1;
      return prefix[dayDiff(span.start, day) + 1] > prefix[dayDiff(span.start, day)];
    },
    countWorkingDays(start, end) {
      if (start > end) return 0;
      const before =
        start < span.start ? byPattern(start, end < span.start ? end : nextDay(span.start, -1)) : 0;
      const after = end > span.end ? byPattern(start > span.end ? start : nextDay(span.end), end) : 0;
      const inside = inSpan(start < span.start ? span.start : start, end > span.end ? span.end : end);
      return before + inside + after;
    },
  };
}
