import { isRfc3339 } from '@/api/text-formats';
import type { TimeOff, TimeOffType } from '@/api/time-off';
import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { formatDayAs } from '@/web/lib/time/format';
import { dayOf, startOfDayIn, toIso } from '@/web/lib/time/zoned';

export const TYPE_LABELS: Record<TimeOffType, string> = {
  vacation: 'Vacation',
  sick: 'Sick leave',
  parental: 'Parental leave',
  other: 'Other',
};

/** A category the planner knows, else "Other" (an entry without one, or a newer category). */
export function typeOf(entry: Pick<TimeOff, 'type'>): TimeOffType {
  return entry.type && entry.type in TYPE_LABELS ? (entry.type as TimeOffType) : 'other';
}

/** A time off as whole days of the viewer's zone (the editor's unit), `last` included. */
export interface Period {
  first: Day;
  last: Day;
}

/**
 * The days an entry covers in the zone. `partial` is true when it does not start and end at midnight there
 * (part of a day, or booked in another zone): saved unchanged, such an entry keeps its exact times.
 */
export function periodOf(
  entry: Pick<TimeOff, 'start_time' | 'end_time'>,
  zone: string,
): Period & { partial: boolean } {
  const start = Date.parse(entry.start_time);
  const end = Date.parse(entry.end_time);
  const first = dayOf(start, zone);
  const last = dayOf(Math.max(start, end - 1), zone);
  const partial = start !== startOfDayIn(first, zone) || end !== startOfDayIn(addDays(last, 1), zone);
  return { first, last, partial };
}

/**
 * The instants of whole days in the zone: `first` 00:00 to the day after `last`, 00:00, in UTC (the upstream
 * discards offsets rather than converting them, so only UTC is safe to send).
 */
export function instantsOf(period: Period, zone: string): { start_time: string; end_time: string } {
  return {
    start_time: toIso(startOfDayIn(period.first, zone)),
    end_time: toIso(startOfDayIn(addDays(period.last, 1), zone)),
  };
}

/**
 * An entry's own times, to send back unchanged: as they are when they are RFC 3339, what a write must send; a
 * plain day (read as its UTC midnight, which Toggl may send) as that same instant, which a write accepts.
 */
export function ownTimes(entry: Pick<TimeOff, 'start_time' | 'end_time'>): {
  start_time: string;
  end_time: string;
} {
  const sendable = (value: string) => (isRfc3339(value) ? value : toIso(Date.parse(value)));
  return { start_time: sendable(entry.start_time), end_time: sendable(entry.end_time) };
}

export interface PeriodErrors {
  first?: string;
  last?: string;
}

/** What is wrong with a period, in plain words, by field. */
export function periodErrors(first: string, last: string): PeriodErrors {
  const errors: PeriodErrors = {};
  if (!first) errors.first = 'Choose the first day off.';
  if (!last) errors.last = 'Choose the last day off.';
  else if (first && last < first) errors.last = 'The last day cannot be before the first day.';
  return errors;
}

/** The entry a period would overlap (one may end where the next begins), if any. */
export function overlapOf(
  entries: readonly Pick<TimeOff, 'timeoff_id' | 'start_time' | 'end_time'>[],
  times: { start_time: string; end_time: string },
  except?: number,
) {
  const start = Date.parse(times.start_time);
  const end = Date.parse(times.end_time);
  return entries.find(
    (e) => e.timeoff_id !== except && Date.parse(e.start_time) < end && start < Date.parse(e.end_time),
  );
}

/** "3 Mar", "3–7 Mar", "30 Mar – 2 Apr". */
export function periodLabel(p: Period): string {
  if (p.first === p.last) return formatDayAs(p.first, 'd MMM yyyy');
  if (p.first.slice(0, 7) === p.last.slice(0, 7))
    return `${formatDayAs(p.first, 'd')}–${formatDayAs(p.last, 'd MMM yyyy')}`;
  return `${formatDayAs(p.first, 'd MMM')} – ${formatDayAs(p.last, 'd MMM yyyy')}`;
}
