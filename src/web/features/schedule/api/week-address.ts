import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { dateSettingsFrom, workWeekMondayOf } from '@/web/lib/time/user-format';
import { resolveZone } from '@/web/lib/time/zone';
import { dayOf, rangeInstants } from '@/web/lib/time/zoned';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';

// The Schedule's read of a week, addressed without React, zod or the Query cache: the app reads it through
// scheduleQueries.week, and on an open of /schedule the app's small entry (app/early-view) asks for this
// week before the app has loaded, at the same URL, which the app then takes instead of asking again.

/** The upstream lists either live or archived blocks; the archived ones are a separate read. */
export interface BlockFilters {
  zone: string;
  archived: boolean;
}

export const weekStreamPath = (scope: WorkspaceScope) => `${workspacePath(scope)}/time-blocks/stream`;

/** Monday 00:00 to Saturday 00:00 in the user's zone: the visible work week, as instants. */
export function weekStreamQuery(weekStart: Day, filters: BlockFilters) {
  return {
    ...rangeInstants({ start: weekStart, end: addDays(weekStart, 4) }, filters.zone),
    archived: filters.archived,
  };
}

/** The week the Schedule opens on: this work week as the user counts weeks, in their zone. */
export function openingWeek(
  settings: Parameters<typeof dateSettingsFrom>[0] & { timezone?: string | null },
  me: Parameters<typeof dateSettingsFrom>[1],
  now = Date.now(),
): { weekStart: Day; zone: string } {
  const zone = resolveZone(settings?.timezone).zone;
  const today = dayOf(now, zone);
  return { weekStart: workWeekMondayOf(today, dateSettingsFrom(settings, me).weekStartsOn), zone };
}
