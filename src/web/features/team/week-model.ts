import type { WorkingHours } from '@/api/working-hours';

/** Weekday numbers as the API has them (0 = Sunday ... 6 = Saturday), in the order the editor lists them. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface WeekDay {
  weekday: number;
  hours: number;
  /** The entry behind the day, or null when the day has none (not working, or the default week). */
  entryId: number | null;
}

export interface Week {
  days: WeekDay[];
  /**
   * No entry at all: the person works the default week, Monday to Friday at their usual hours a day (what
   * the server computes capacities from then).
   */
  isDefault: boolean;
}

/** The person's week, Monday first. */
export function weekOf(entries: readonly WorkingHours[], usualHours: number): Week {
  const isDefault = entries.length === 0;
  const byDay = new Map(entries.map((e) => [e.weekday ?? -1, e]));
  return {
    isDefault,
    days: WEEK_ORDER.map((weekday) => {
      const entry = byDay.get(weekday);
      const fallback = isDefault && weekday >= 1 && weekday <= 5 ? usualHours : 0;
      return {
        weekday,
        hours: entry ? entry.working_hours : fallback,
        entryId: entry?.working_hour_id ?? null,
      };
    }),
  };
}

export const weekTotal = (week: Week) => week.days.reduce((sum, d) => sum + d.hours, 0);

/** Hours typed by a person: empty is 0 (not working), a comma works as the decimal point. */
export function parseHours(text: string): { hours: number } | { error: string } {
  const value = text.trim().replace(',', '.');
  if (value === '') return { hours: 0 };
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(value) && !/^\.\d{1,2}$/.test(value))
    return { error: 'Enter the hours as a number, for example 7.5.' };
  const hours = Number(value);
  if (hours > 24) return { error: 'A day has at most 24 hours.' };
  return { hours };
}

/** "7.5 h", "8 h". */
export const hoursText = (hours: number) => `${Math.round(hours * 100) / 100} h`;

/** The one request a change of one day's hours costs. */
export type WeekWrite =
  | { method: 'POST'; body: { weekday: number; working_hours: number }[] }
  | { method: 'PUT'; body: { working_hour_id: number; working_hours: number }[] }
  | { method: 'DELETE'; body: number[] };

/**
 * The write for a new number of hours on one weekday, or null when nothing changes. A day with an entry is
 * updated (0 hours is kept as an entry: "not working" stays explicit); a day without one gets one. The
 * default week is written out whole the first time a day of it changes, as one creation: otherwise the other
 * days, having no entry, would stop being working days.
 */
export function writeFor(week: Week, weekday: number, hours: number): WeekWrite | null {
  const day = week.days.find((d) => d.weekday === weekday);
  if (!day || day.hours === hours) return null;
  if (week.isDefault)
    return {
      method: 'POST',
      body: week.days.map((d) => ({
        weekday: d.weekday,
        working_hours: d.weekday === weekday ? hours : d.hours,
      })),
    };
  if (day.entryId !== null)
    return { method: 'PUT', body: [{ working_hour_id: day.entryId, working_hours: hours }] };
  return { method: 'POST', body: [{ weekday, working_hours: hours }] };
}

/** Back to the default week: every entry removed in one request (null when there is none). */
export function resetWrite(entries: readonly WorkingHours[]): WeekWrite | null {
  return entries.length ? { method: 'DELETE', body: entries.map((e) => e.working_hour_id) } : null;
}

/**
 * The entries as the server will hold them after the write (the optimistic view). New entries get the
 * (negative) ids `tempId` gives until the server's answer replaces them.
 */
export function applyWrite(
  entries: readonly WorkingHours[],
  write: WeekWrite,
  context: { organizationId: number; userId: number; now: string; tempId: () => number },
): WorkingHours[] {
  switch (write.method) {
    case 'PUT': {
      const hours = new Map(write.body.map((b) => [b.working_hour_id, b.working_hours]));
      return entries.map((e) =>
        hours.has(e.working_hour_id)
          ? { ...e, working_hours: hours.get(e.working_hour_id)!, updated_at: context.now }
          : e,
      );
    }
    case 'DELETE':
      return entries.filter((e) => !write.body.includes(e.working_hour_id));
    case 'POST':
      return [
        ...entries,
        ...write.body.map((b) => ({
          working_hour_id: context.tempId(),
          organization_id: context.organizationId,
          user_id: context.userId,
          weekday: b.weekday,
          working_hours: b.working_hours,
          starting_hours: null,
          created_at: context.now,
          updated_at: context.now,
        })),
      ].sort((a, b) => (a.weekday ?? 0) - (b.weekday ?? 0));
  }
}
