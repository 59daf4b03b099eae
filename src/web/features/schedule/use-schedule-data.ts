import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { accountQueries } from '@/web/lib/queries/account';
import { organizationQueries } from '@/web/lib/queries/organization';
import { addDays } from '@/web/lib/time/calendar-day';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { workWeekMondayOf } from '@/web/lib/time/user-format';
import { useUserZone } from '@/web/lib/time/use-user-zone';
import { dayOf } from '@/web/lib/time/zoned';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { scheduleQueries } from './api/schedule-queries';
import type { RowDef } from './components/schedule-row';
import { indexBlocks } from './block-index';
import { useScheduleUi } from './store';
import { workWeek } from './time-geometry';
import type { ScheduleView } from './view-state';

const DEFAULT_CAPACITY_MIN = 8 * 60;

/**
 * Everything the Schedule shows, derived from the Query cache, the URL's view and the UI store in render.
 * Without a span in the URL a phone shows one day and a larger screen the work week.
 */
export function useScheduleData(view: ScheduleView, narrow: boolean) {
  const scope = useWorkspaceScope();
  const me = useQuery(accountQueries.me());
  const users = useQuery(organizationQueries.users(scope.organizationId));
  const ui = useScheduleUi();

  const { zone, settingsPending } = useUserZone();
  const today = dayOf(Date.now(), zone);
  const fmt = useDateFormat();
  // This week as the user counts weeks (on a Sunday, the coming work week if weeks start on Sunday).
  const weekStart = ui.weekStart || workWeekMondayOf(today, fmt.settings.weekStartsOn);
  const week = workWeek(weekStart);
  const day = ui.day && week.includes(ui.day) ? ui.day : week.includes(today) ? today : weekStart;
  const filters = { zone, archived: ui.showArchived };
  // The settings decide the zone, and the zone decides the range: wait for them (a failure falls back).
  const weekQuery = useQuery({
    ...scheduleQueries.week(scope, weekStart, filters),
    enabled: !settingsPending,
  });
  const tasksQuery = useQuery(scheduleQueries.tasks(scope, weekStart));

  const people = useMemo(
    () =>
      (users.data ?? [])
        .filter((u) => u.workspaces.length === 0 || u.workspaces.some((w) => w.id === scope.workspaceId))
        .map((u) => ({
          id: u.user_account_id,
          name: u.name,
          capacityMin: u.working_hours > 0 ? Math.round(u.working_hours * 60) : DEFAULT_CAPACITY_MIN,
        })),
    [users.data, scope.workspaceId],
  );
  const meId = me.data?.id ?? null;
  const span = view.span ?? (narrow ? 'day' : 'week');
  const rowMode = view.rows.mode;
  const focusUser = view.rows.mode === 'days' ? view.rows.userId : (meId ?? people[0]?.id ?? null);

  const rows: RowDef[] = useMemo(() => {
    if (rowMode === 'days') {
      const person = people.find((u) => u.id === focusUser);
      const days = span === 'week' ? week : [day];
      return days.map((d) => ({
        key: `d${d}`,
        userId: focusUser ?? 0,
        label: `${fmt.weekdayDate(d)}${d === today ? ' (today)' : ''}`,
        firstDay: d,
        dayCount: 1,
        capacityMin: person?.capacityMin ?? DEFAULT_CAPACITY_MIN,
      }));
    }
    return people.map((u) => ({
      key: `u${u.id}`,
      userId: u.id,
      label: u.id === meId ? `${u.name} (you)` : u.name,
      firstDay: span === 'week' ? weekStart : day,
      dayCount: span === 'week' ? 5 : 1,
      capacityMin: u.capacityMin,
    }));
    // week is derived from weekStart
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowMode, span, people, focusUser, weekStart, day, today, meId, fmt]);

  const blocks = weekQuery.data;
  // Once per data change; conflicts and booked time are counted per rendered row from this index.
  const index = useMemo(() => indexBlocks(blocks ?? [], zone), [blocks, zone]);

  return {
    scope,
    zone,
    today,
    weekStart,
    day,
    filters,
    weekQuery,
    tasksQuery,
    usersQuery: users,
    people,
    meId,
    span,
    rowMode,
    focusUser,
    rows,
    index,
    nextWeek: addDays(weekStart, 7),
  };
}
