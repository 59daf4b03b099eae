import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { NO_LOADS } from '@/web/lib/load-model';
import { accountQueries } from '@/web/lib/queries/account';
import { capacityParams, capacityQueries, coveringCapacities } from '@/web/lib/queries/capacities';
import { peopleQueries, type Person } from '@/web/lib/queries/people';
import { addDays } from '@/web/lib/time/calendar-day';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { workWeekMondayOf } from '@/web/lib/time/user-format';
import { useUserZone } from '@/web/lib/time/use-user-zone';
import { dayOf, rangeInstants } from '@/web/lib/time/zoned';
import { queryKeys } from '@/web/lib/query-keys';
import { useDebouncedValue } from '@/web/lib/use-debounced-value';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { scheduleQueries } from './api/schedule-queries';
import { weekFromTimeline } from './api/seed-week';
import { tasksOf, totalOf } from './api/task-list-pages';
import type { RowDef } from './components/schedule-row';
import { indexBlocks } from './block-index';
import { blocksShown } from './schedule-model';
import { useScheduleUi } from './store';
import { workWeek } from './time-geometry';
import type { ScheduleView } from './view-state';

const NO_PEOPLE: readonly Person[] = [];

/**
 * A day's capacity is that weekday's working hours minus time off and holidays: one read of everyone's days per
 * visible work week (whatever the span and row mode show of it), computed by the server.
 */
function weekCapacity(people: readonly { id: number }[], weekStart: string) {
  return capacityParams(
    people.map((p) => p.id),
    { start: weekStart, end: addDays(weekStart, 4) },
  );
}

/**
 * Everything the Schedule shows, derived from the Query cache, the URL's view and the UI store in render.
 * Without a span in the URL a phone shows one day and a larger screen the work week.
 */
export function useScheduleData(view: ScheduleView, narrow: boolean) {
  const scope = useWorkspaceScope();
  const me = useQuery(accountQueries.me());
  const users = useQuery(peopleQueries.list(scope));
  const ui = useScheduleUi();

  const { zone, settingsPending } = useUserZone();
  const today = dayOf(Date.now(), zone);
  const fmt = useDateFormat();
  // This week as the user counts weeks (on a Sunday, the coming work week if weeks start on Sunday).
  const weekStart = ui.weekStart || workWeekMondayOf(today, fmt.settings.weekStartsOn);
  const week = workWeek(weekStart);
  const day = ui.day && week.includes(ui.day) ? ui.day : week.includes(today) ? today : weekStart;
  const filters = { zone, archived: ui.showArchived };
  const qc = useQueryClient();
  // The live week may already be in a Timeline block read (its near blocks, kept whole when few): no second
  // request. Looked up only when the week's query is created (the functions run once).
  let seed: ReturnType<typeof weekFromTimeline> | null = null; // null: not looked up yet
  const seeded = () => {
    if (seed === null) seed = filters.archived ? undefined : weekFromTimeline(qc, scope, weekStart, zone);
    return seed;
  };
  // The settings decide the zone and, with the account, the first day of the week; the zone and that day
  // decide the range: wait for both (a failure falls back), or a Sunday could read last week first.
  const weekQuery = useQuery({
    ...scheduleQueries.week(scope, weekStart, filters),
    enabled: !settingsPending && !me.isPending,
    initialData: () => seeded()?.blocks,
    initialDataUpdatedAt: () => seeded()?.at,
  });
  // The side list reads its first page; the rest as it is scrolled. A filter looks through the tasks read
  // at once, and asks the upstream (one request, once typing pauses) only while the list is not read to
  // its end.
  const allTasks = useInfiniteQuery(scheduleQueries.tasks(scope, weekStart));
  const typed = useDebouncedValue(ui.taskFilter.trim(), 400);
  const readToEnd = allTasks.isSuccess && !allTasks.hasNextPage;
  const taskSearch = readToEnd ? '' : typed;
  const foundTasks = useInfiniteQuery({
    ...scheduleQueries.tasks(scope, weekStart, taskSearch),
    enabled: taskSearch !== '',
  });
  const tasksQuery = taskSearch ? foundTasks : allTasks;
  const tasks = useMemo(() => tasksOf(tasksQuery.data), [tasksQuery.data]);

  const people = users.data ?? NO_PEOPLE;
  const capacity = weekCapacity(people, weekStart);
  // The capacity read leaves the moment the people are in, not once the rows they make have been
  // drawn (300 rows of a busy week took 0.2-0.3 s of main thread first); the query below then finds it.
  useEffect(() => {
    if (settingsPending) return;
    let current = true;
    // The people as cached or as being read (never a second read: the list is read once a session).
    void qc.ensureQueryData(peopleQueries.list(scope)).then(
      (all) => {
        const params = weekCapacity(all, weekStart);
        const read = capacityQueries.window(scope, params);
        // Only a read nobody has asked for yet (a cached one is the query's to refresh, a covering one is used).
        if (!current || params.userIds.length === 0 || qc.getQueryState(read.queryKey)) return;
        if (!coveringCapacities(qc, scope, params)) void qc.prefetchQuery(read);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [qc, scope, weekStart, settingsPending]);
  // The Timeline's strips may already hold these people's week (opening the Schedule then reads nothing).
  const capacityQuery = useQuery({
    ...capacityQueries.windowOrCovering(qc, scope, capacity),
    enabled: people.length > 0 && !settingsPending,
  });
  const loads = capacityQuery.data ?? NO_LOADS;
  const meId = me.data?.id ?? null;
  const span = view.span ?? (narrow ? 'day' : 'week');
  const rowMode = view.rows.mode;
  const focusUser = view.rows.mode === 'days' ? view.rows.userId : (meId ?? people[0]?.id ?? null);

  const rows: RowDef[] = useMemo(() => {
    if (rowMode === 'days') {
      const days = span === 'week' ? week : [day];
      return days.map((d) => ({
        key: `d${d}`,
        userId: focusUser ?? 0,
        name: fmt.weekdayDate(d),
        mark: d === today ? '(today)' : undefined,
        firstDay: d,
        dayCount: 1,
        capacity: loads.get(focusUser ?? 0) ?? null,
        bookable: meId === null || focusUser === meId,
      }));
    }
    return people.map((u) => ({
      key: `u${u.id}`,
      userId: u.id,
      name: u.name,
      mark: u.id === meId ? '(you)' : undefined,
      firstDay: span === 'week' ? weekStart : day,
      dayCount: span === 'week' ? 5 : 1,
      capacity: loads.get(u.id) ?? null,
      bookable: meId === null || u.id === meId,
    }));
    // week is derived from weekStart
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowMode, span, people, focusUser, weekStart, day, today, meId, loads, fmt]);

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
    tasksKey: queryKeys.schedule.tasks(scope, weekStart, taskSearch),
    /** The side list: the tasks read so far, how many the upstream has, the filter the upstream applied. */
    taskList: { tasks, total: totalOf(tasksQuery.data), search: taskSearch, complete: readToEnd },
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
