import { infiniteQueryOptions, queryOptions, type InfiniteData } from '@tanstack/react-query';
import { taskGroupPageSchema, type TaskGroup, type TaskGroupType } from '@/api/task-group';
import { timeBlockAggregatePageSchema } from '@/api/time-block';
import { api } from '@/web/lib/api-client';
import { earlyViewReadsSent } from '@/web/lib/early-reads';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { shareRepeats } from './share-repeats';
import { nextPageAfter } from '@/web/lib/read-all-pages';
import { queryKeys } from '@/web/lib/query-keys';
import { countingSkips } from '@/web/lib/skipped-records';
import { addDays, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { dayOf, rangeInstants } from '@/web/lib/time/zoned';
import type { TaskBooking } from '../bookings';
import { readBookings } from './bookings-read';
import type { Filters } from '../view-parse';
import { groupsPageQuery, groupsPath } from './groups-read';

/**
 * The days around today that the Schedule opens on (this work week or the coming one), within the read's
 * window: their blocks are kept whole when few, so opening the Schedule next costs no second read of them.
 */
function nearWindowFor(range: DayRange, zone: string) {
  const today = dayOf(Date.now(), zone);
  const start = maxDay(range.start, addDays(today, -7));
  const end = minDay(range.end, addDays(today, 13));
  if (start > end) return { from: 0, to: 0 };
  const { date_from, date_to } = rangeInstants({ start, end }, zone);
  return { from: Date.parse(date_from), to: Date.parse(date_to) };
}
const maxDay = (a: Day, b: Day) => (a > b ? a : b);
const minDay = (a: Day, b: Day) => (a < b ? a : b);

export { groupsPath };

/** The cached groups of one window: one page (up to 100 groups) per GET, in arrival order. */
export type WindowData = InfiniteData<TaskGroup[], number>;

/**
 * The groups of all pages in order, each once (its first copy), the no-assignee group (id 0) first: asked for
 * with `include_unassigned`, it comes with every page of the users grouping, outside the paging. Any other group
 * comes again when the paging shifted between two pages (a group was added ahead of it): drawn twice, it
 * was two rows with one React key and one drop target.
 */
export function pageGroups(pages: readonly (readonly TaskGroup[])[]): TaskGroup[] {
  const seen = new Set<number>();
  let unassigned: TaskGroup | undefined;
  const groups: TaskGroup[] = [];
  for (const page of pages) {
    for (const g of page) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      if (g.id === 0) unassigned = g;
      else groups.push(g);
    }
  }
  return unassigned ? [unassigned, ...groups] : groups;
}

/**
 * Timeline reads. One cache entry per grouping, window (whole months around the view, see fetch-window.ts)
 * and filter set (queryKeys.timeline.window). A view reuses any cached window that holds its days, so
 * zooming or scrolling inside a window asks nothing.
 */
export const timelineQueries = {
  window: (scope: WorkspaceScope, group: TaskGroupType, range: DayRange, filters: Filters) =>
    infiniteQueryOptions({
      queryKey: queryKeys.timeline.window(scope, group, range, filters),
      // One page of groups per GET; the next page is asked for as soon as this one is in (and painted).
      // What each page left out is counted under the window's key and the page's number.
      queryFn: ({ signal, pageParam, queryKey }) =>
        countingSkips(
          queryKey,
          async (skips) => {
            // The first page may be on its way already, sent by the app's small entry (app/early-view)
            // as soon as the account was known: it is taken (by its URL) once that script has sent it.
            if (pageParam === 1) await earlyViewReadsSent();
            const res = await api('focus', groupsPath(scope, group), {
              query: groupsPageQuery(group, range, filters, pageParam),
              schema: taskGroupPageSchema,
              signal,
              skips,
            });
            return shareRepeats(res.data);
          },
          pageParam,
        ),
      initialPageParam: 1,
      // A page is full at 100 users, projects or tags; the no-assignee group comes outside the paging.
      getNextPageParam: nextPageAfter({ maxPages: 50, counts: (g: TaskGroup) => g.id !== 0 }),
    }),
  /**
   * Booked time per task over one window (its days in `zone`, as instants): one streamed request however
   * many blocks, independent of grouping and filters (queryKeys.timeline.blocks, which the Schedule's block
   * writes refresh). A worker folds the blocks into per-task days as they arrive, parsing only the fields the
   * marks use (`readBookings`): the blocks and their embedded tasks never reach the page.
   */
  blocks: (scope: WorkspaceScope, range: DayRange, zone: string) =>
    queryOptions({
      queryKey: queryKeys.timeline.blockWindow(scope, range, zone),
      queryFn: ({ signal, queryKey }): Promise<ReadonlyMap<number, TaskBooking>> =>
        countingSkips(queryKey, (skips) =>
          readBookings(`${workspacePath(scope)}/time-blocks/stream`, {
            query: rangeInstants(range, zone),
            job: { zone, near: nearWindowFor(range, zone) },
            skips,
            signal,
          }),
        ),
      // A Map, made once per read: nothing to share structurally with the previous one.
      structuralSharing: false,
    }),
  timeBlocks: (scope: WorkspaceScope, taskId: number) =>
    queryOptions({
      queryKey: queryKeys.taskBlocks.task(scope, taskId),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', `${workspacePath(scope)}/tasks/${taskId}/time-blocks`, {
            query: { per_page: 100 },
            schema: timeBlockAggregatePageSchema,
            signal,
            skips,
          }),
        ),
      staleTime: 60_000,
    }),
};
