import { infiniteQueryOptions, queryOptions, type InfiniteData } from '@tanstack/react-query';
import { taskGroupPageSchema, type TaskGroup, type TaskGroupType } from '@/api/task-group';
import {
  timeBlockAggregatePageSchema,
  timeBlockWithTaskSchema,
  type TimeBlockWithTask,
} from '@/api/time-block';
import { api } from '@/web/lib/api-client';
import { streamJsonArray } from '@/web/lib/api-stream';
import { timeBlockKeys } from '@/web/lib/queries/time-block-keys';
import { rangeInstants } from '../bookings';
import type { DayRange } from '../geometry';
import { filterQuery, type Filters } from '../view-state';

export interface TimelineScope {
  organizationId: number;
  workspaceId: number;
}

export const wsPath = (s: TimelineScope) => `/organizations/${s.organizationId}/workspaces/${s.workspaceId}`;
export const groupsPath = (s: TimelineScope, group: TaskGroupType) => `${wsPath(s)}/tasks/groups/${group}`;

/** The cached groups of one window: one page (up to 100 groups) per GET, in arrival order. */
export type WindowData = InfiniteData<TaskGroup[], number>;
export const GROUP_PAGE = 100;

/**
 * The groups of all pages in order, the no-assignee group (id 0) once and first: asked for with
 * `include_unassigned`, it comes with every page of the users grouping, outside the paging.
 */
export function pageGroups(pages: readonly (readonly TaskGroup[])[]): TaskGroup[] {
  let unassigned: TaskGroup | undefined;
  const groups: TaskGroup[] = [];
  for (const page of pages) {
    for (const g of page) {
      if (g.id !== 0) groups.push(g);
      else unassigned ??= g;
    }
  }
  return unassigned ? [unassigned, ...groups] : groups;
}

/**
 * Timeline reads. One cache entry per grouping, window (whole months around the view, see fetch-window.ts)
 * and filter set: `['timeline', ws, group, window, filters]`. A view reuses any cached window that holds
 * its days, so zooming or scrolling inside a window asks nothing.
 */
export const timelineQueries = {
  all: (ws: number) => ['timeline', ws] as const,
  grouping: (ws: number, group: TaskGroupType) => [...timelineQueries.all(ws), group] as const,
  window: (scope: TimelineScope, group: TaskGroupType, range: DayRange, filters: Filters) =>
    // The organization follows from the workspace: part of the path, not of the identity.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    infiniteQueryOptions({
      queryKey: [...timelineQueries.grouping(scope.workspaceId, group), range, filters] as const,
      // One page of groups per GET; the next page is asked for as soon as this one is in (and painted).
      queryFn: ({ signal, pageParam }) =>
        api('focus', groupsPath(scope, group), {
          query: {
            start_date: range.start,
            end_date: range.end,
            page: pageParam,
            per_page: GROUP_PAGE,
            include_unassigned: group === 'users' ? true : undefined,
            ...filterQuery(filters),
          },
          schema: taskGroupPageSchema,
          signal,
        }).then((res) => res.data),
      initialPageParam: 1,
      // A page is full at GROUP_PAGE users, projects or tags; the no-assignee group does not count.
      getNextPageParam: (last: TaskGroup[], _all: TaskGroup[][], page: number) =>
        last.filter((g) => g.id !== 0).length < GROUP_PAGE || page >= 50 ? undefined : page + 1,
    }),
  /**
   * The live time blocks of one window (its days in `zone`, as instants): one streamed request however many
   * blocks, independent of grouping and filters. The key root is shared (lib/queries/time-block-keys) so the
   * Schedule's block writes refresh it.
   */
  blocks: (scope: TimelineScope, range: DayRange, zone: string) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the organization follows from the workspace
    queryOptions({
      queryKey: [...timeBlockKeys.timeline(scope.workspaceId), range, zone] as const,
      queryFn: async ({ signal }) => {
        const out: TimeBlockWithTask[] = [];
        const stream = streamJsonArray(`${wsPath(scope)}/time-blocks/stream`, {
          query: rangeInstants(range, zone),
          item: timeBlockWithTaskSchema,
          signal,
        });
        for await (const batch of stream) out.push(...batch);
        return out;
      },
    }),
  timeBlocks: (scope: TimelineScope, taskId: number) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the organization follows from the workspace
    queryOptions({
      queryKey: [...timeBlockKeys.task(scope.workspaceId), taskId] as const,
      queryFn: ({ signal }) =>
        api('focus', `${wsPath(scope)}/tasks/${taskId}/time-blocks`, {
          query: { per_page: 100 },
          schema: timeBlockAggregatePageSchema,
          signal,
        }),
      staleTime: 60_000,
    }),
};
