import { queryOptions } from '@tanstack/react-query';
import { taskGroupPageSchema, type TaskGroup, type TaskGroupType } from '../../../../api/task-group';
import { timeBlockAggregatePageSchema } from '../../../../api/time-block';
import { api } from '../../../lib/api-client';
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
  timeBlocks: (scope: TimelineScope, taskId: number) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the organization follows from the workspace
    queryOptions({
      queryKey: ['task-time-blocks', scope.workspaceId, taskId] as const,
      queryFn: ({ signal }) =>
        api('focus', `${wsPath(scope)}/tasks/${taskId}/time-blocks`, {
          query: { per_page: 100 },
          schema: timeBlockAggregatePageSchema,
          signal,
        }),
      staleTime: 60_000,
    }),
};
