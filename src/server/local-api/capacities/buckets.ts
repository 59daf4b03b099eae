import type { CapacityUnit } from '@/api/capacity';
import { daysFrom, nextDay, weekdayOfDay } from '@/api/utc-days';

/** A period of the answer: its days inside the asked window, and the date it is reported under. */
export interface Bucket {
  date: string;
  days: string[];
}

/**
 * The first day of the unit that holds `day`. The OpenAPI names the units but not their bounds: weeks start
 * on Monday (ISO 8601, as the planner's views do), months and quarters are calendar ones (quarters begin in
 * January, April, July and October).
 */
export function unitStart(day: string, unit: CapacityUnit): string {
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return nextDay(day, -((weekdayOfDay(day) + 6) % 7));
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'quarter': {
      const month = Number(day.slice(5, 7));
      return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    }
  }
}

/**
 * The window cut into periods of the unit. A period only sums its days inside the window, and is reported
 * under its first day inside the window (so a week asked from a Wednesday is dated that Wednesday): every
 * number of a computation then belongs to the dates the request named.
 */
export function bucketsOf(start: string, end: string, unit: CapacityUnit): Bucket[] {
  const out: Bucket[] = [];
  let current: Bucket | null = null;
  let key = '';
  for (const day of daysFrom(start, end)) {
    const k = unitStart(day, unit);
    if (!current || k !== key) {
      current = { date: day, days: [] };
      key = k;
      out.push(current);
    }
    current.days.push(day);
  }
  return out;
}
