import { queryOptions } from '@tanstack/react-query';
import { milestonePageSchema } from '@/api/milestone';
import { queryKeys } from '../query-keys';
import { readAllData } from '../read-all-pages';
import type { DayRange } from '../time/calendar-day';
import type { WorkspaceScope } from '../workspace-scope';

export interface MilestoneFilters {
  /** Only milestones of these projects (sorted); undefined = every milestone. */
  projectIds?: readonly number[];
}

/** The live milestones due in a window, by due date: pages of 100 until a short one (at most 10). */
export const milestoneQueries = {
  window: (scope: WorkspaceScope, range: DayRange, filters: MilestoneFilters = {}) =>
    queryOptions({
      queryKey: queryKeys.milestones.window(scope, range, filters),
      queryFn: ({ signal }) =>
        readAllData(`/workspaces/${scope.workspaceId}/milestones`, milestonePageSchema, {
          query: {
            due_date_from: range.start,
            due_date_to: range.end,
            project_id: filters.projectIds,
            order_by: 'due_date',
          },
          signal,
          maxPages: 10,
        }),
    }),
};
