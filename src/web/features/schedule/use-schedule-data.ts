import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { accountQueries } from '@/web/lib/queries/account';
import { organizationQueries } from '@/web/lib/queries/organization';
import { addDays, mondayOf } from '@/web/lib/time/calendar-day';
import { weekdayLabel } from '@/web/lib/time/format';
import { useUserZone } from '@/web/lib/time/use-user-zone';
import { dayOf, rangeInstants } from '@/web/lib/time/zoned';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { scheduleQueries } from './api/schedule-queries';
import type { RowDef } from './components/schedule-row';
import { indexBlocks } from './block-index';
import { blocksShown } from './schedule-model';
import { useScheduleUi } from './store';
import { workWeek } from './time-geometry';

const DEFAULT_CAPACITY_MIN = 8 * 60;

/** Everything the Schedule shows, derived from the Query cache and the UI store in render. */
export function useScheduleData() {
  const scope = useWorkspaceScope();
  const me = useQuery(accountQueries.me());
  const users = useQuery(organizationQueries.users(scope.organizationId));
  const ui = useScheduleUi();

  const { zone, settingsPending } = useUserZone();
  const today = dayOf(Date.now(), zone);
  const weekStart = ui.weekStart || mondayOf(today);
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
  const focusUser = ui.focusUser ?? meId ?? people[0]?.id ?? null;

  const rows: RowDef[] = useMemo(() => {
    if (ui.rowMode === 'days') {
      const person = people.find((u) => u.id === focusUser);
      const days = ui.span === 'week' ? week : [day];
      return days.map((d) => ({
        key: `d${d}`,
        userId: focusUser ?? 0,
        label: `${weekdayLabel(d)}${d === today ? ' (today)' : ''}`,
        firstDay: d,
        dayCount: 1,
        capacityMin: person?.capacityMin ?? DEFAULT_CAPACITY_MIN,
      }));
    }
    return people.map((u) => ({
      key: `u${u.id}`,
      userId: u.id,
      label: u.id === meId ? `${u.name} (you)` : u.name,
      firstDay: ui.span === 'week' ? weekStart : day,
      dayCount: ui.span === 'week' ? 5 : 1,
      capacityMin: u.capacityMin,
    }));
    // week is derived from weekStart
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ui.rowMode, ui.span, people, focusUser, weekStart, day, today, meId]);

  // The work week's blocks as drawn (blocksShown); every part of the view reads these.
  const range = rangeInstants({ start: weekStart, end: addDays(weekStart, 4) }, zone);
  const blocks = useMemo(
    () => blocksShown(weekQuery.data ?? [], Date.parse(range.date_from), Date.parse(range.date_to)),
    [weekQuery.data, range.date_from, range.date_to],
  );
  // Once per data change; conflicts and booked time are counted per rendered row from this index.
  const index = useMemo(() => indexBlocks(blocks, zone), [blocks, zone]);

  return {
    scope,
    zone,
    today,
    weekStart,
    day,
    filters,
    weekQuery,
    blocks,
    tasksQuery,
    people,
    meId,
    focusUser,
    rows,
    index,
    nextWeek: addDays(weekStart, 7),
  };
}
