import {
  experimental_streamedQuery as streamedQuery,
  infiniteQueryOptions,
  queryOptions,
} from '@tanstack/react-query';
import { taskPageSchema } from '@/api/task';
import type { TimeBlockWithTask } from '@/api/time-block';
import { queryKeys } from '@/web/lib/query-keys';
import { countingSkips, countingStream } from '@/web/lib/skipped-records';
import { api } from '@/web/lib/api-client';
import { PAGE_SIZE } from '@/web/lib/read-all-pages';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { addDays } from '@/web/lib/time/calendar-day';
import { nextTaskPage } from './task-list-pages';
import { throttleBatches } from './throttle-batches';
import { readWeek } from './week-read';
import { weekStreamPath, weekStreamQuery, type BlockFilters } from './week-address';
import { earlyViewReadsSent } from '@/web/lib/early-reads';

export type { BlockFilters };

/** Server data of the Schedule: one range read per visible week, and the tasks of that week for the side list. */
export const scheduleQueries = {
  week: (scope: WorkspaceScope, weekStart: string, filters: BlockFilters) =>
    queryOptions({
      queryKey: queryKeys.schedule.week(scope, weekStart, filters),
      // One streamed read per week (one request however many blocks; pages of 100 would cost a request
      // each against the hourly quota). Batches are merged to one cache update per 150 ms, so a large week
      // renders a few times, not once per 500 blocks; a refetch swaps in the result at the end.
      queryFn: streamedQuery({
        streamFn: ({ signal, queryKey }) =>
          throttleBatches(
            countingStream(queryKey, async function* (skips) {
              // This week may be on its way already, sent by the app's small entry (app/early-view): it is
              // taken (by its URL) once that script has sent what it sends.
              await earlyViewReadsSent();
              yield* readWeek(weekStreamPath(scope), {
                query: weekStreamQuery(weekStart, filters),
                skips,
                signal,
              });
            }),
            150,
          ),
        reducer: (acc: TimeBlockWithTask[], batch: TimeBlockWithTask[]) => acc.concat(batch),
        initialValue: [] as TimeBlockWithTask[],
        refetchMode: 'replace',
      }),
    }),
  /**
   * The side list: the tasks whose dates overlap the week, by name, a page of 100 at a time as the list is
   * scrolled (a big week would otherwise spend a request per hundred tasks of the hourly quota on opening).
   * `name` is the upstream's filter (task, project or client name) for a list not read to its end.
   */
  tasks: (scope: WorkspaceScope, weekStart: string, name = '') =>
    infiniteQueryOptions({
      queryKey: queryKeys.schedule.tasks(scope, weekStart, name),
      queryFn: ({ signal, pageParam, queryKey }) =>
        countingSkips(
          queryKey,
          (skips) =>
            api('focus', `${workspacePath(scope)}/tasks`, {
              query: {
                start_date: weekStart,
                end_date: addDays(weekStart, 6),
                order_by: 'name',
                name: name || undefined,
                page: pageParam,
                per_page: PAGE_SIZE,
              },
              schema: taskPageSchema,
              signal,
              skips,
            }),
          pageParam,
        ),
      initialPageParam: 1,
      getNextPageParam: nextTaskPage,
    }),
};

export const blocksPath = (scope: WorkspaceScope) => `${workspacePath(scope)}/time-blocks/bulk`;
export const taskBlockPath = (scope: WorkspaceScope, taskId: number, id: number) =>
  `${workspacePath(scope)}/tasks/${taskId}/time-blocks/${id}`;
