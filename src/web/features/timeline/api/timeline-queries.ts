import { queryOptions } from '@tanstack/react-query';
import { taskGroupPageSchema, type TaskGroup, type TaskGroupType } from '../../../../api/task-group';
import { timeBlockAggregatePageSchema, timeBlockWithTaskSchema, type TimeBlockWithTask } from '../../../../api/time-block';
import { api } from '../../../lib/api-client';
import { streamJsonArray } from '../../../lib/api-stream';
import { timeBlockKeys } from '../../../lib/queries/time-block-keys';
import { rangeInstants } from '../bookings';
import type { DayRange } from '../geometry';
import { filterQuery, type Filters } from '../view-state';

export interface TimelineScope {
  organizationId: number;
  workspaceId: number;
}

export const wsPath = (s: TimelineScope) => `/organizations/${s.organizationId}/workspaces/${s.workspaceId}`;
export const groupsPath = (s: TimelineScope, group: TaskGroupType) => `${wsPath(s)}/tasks/groups/${group}`;

/**
 * Timeline reads. One cache entry per grouping, chunk (a quarter) and filter set:
 * `['timeline', ws, group, range, filters]`, so zooming or scrolling inside cached quarters asks nothing.
 */
export const timelineQueries = {
  all: (ws: number) => ['timeline', ws] as const,
  grouping: (ws: number, group: TaskGroupType) => [...timelineQueries.all(ws), group] as const,
  chunk: (scope: TimelineScope, group: TaskGroupType, range: DayRange, filters: Filters) =>
    // The organization follows from the workspace: part of the path, not of the identity.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...timelineQueries.grouping(scope.workspaceId, group), range, filters] as const,
      // Every page of groups (100 a page) until a short page: one GET per page.
      queryFn: async ({ signal }) => {
        const out: TaskGroup[] = [];
        for (let page = 1; page <= 50; page++) {
          const res = await api('focus', groupsPath(scope, group), {
            query: { start_date: range.start, end_date: range.end, page, per_page: 100, ...filterQuery(filters) },
            schema: taskGroupPageSchema,
            signal,
          });
          out.push(...res.data);
          if (res.data.length < 100) break;
        }
        return out;
      },
    }),
  /**
   * The live time blocks of one quarter (its days in `zone`, as instants): one streamed request however many
   * blocks, independent of grouping and filters. The key root is shared (lib/queries/time-block-keys) so the
   * Schedule's block writes refresh it.
   */
  blocks: (scope: TimelineScope, quarter: DayRange, zone: string) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the organization follows from the workspace
    queryOptions({
      queryKey: [...timeBlockKeys.timeline(scope.workspaceId), quarter, zone] as const,
      queryFn: async ({ signal }) => {
        const out: TimeBlockWithTask[] = [];
        const stream = streamJsonArray(`${wsPath(scope)}/time-blocks/stream`, {
          query: rangeInstants(quarter, zone),
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
