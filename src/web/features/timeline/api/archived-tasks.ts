import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { taskPageSchema, type TaskWithAggregations } from '@/api/task';
import type { TaskGroupEntry } from '@/api/task-group';
import { api } from '@/web/lib/api-client';
import { queryKeys } from '@/web/lib/query-keys';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { placementsFor, type Placement } from '../task-writes';

/** Archived tasks per page: the latest archived first, a page at a time ("Show more"). */
export const ARCHIVED_PAGE = 50;

/** The workspace's archived tasks, most recently changed first (one request a page; read when the list opens). */
export const archivedTasksQuery = (scope: WorkspaceScope, pages: number) =>
  queryOptions({
    queryKey: [...queryKeys.tasks.archived(scope), pages],
    queryFn: async ({ signal }) => {
      const tasks: TaskWithAggregations[] = [];
      let total = 0;
      for (let page = 1; page <= pages; page++) {
        const res = await api('focus', `${workspacePath(scope)}/tasks`, {
          query: { archived: true, order_by: '-updated_at', per_page: ARCHIVED_PAGE, page },
          schema: taskPageSchema,
          signal,
        });
        tasks.push(...res.data);
        total = res.total ?? tasks.length;
        if (res.data.length < ARCHIVED_PAGE) break;
      }
      return { tasks, total };
    },
  });

/** The bar an archived task will have once restored, from what the task list says of it. */
export function entryOfArchived(t: TaskWithAggregations): TaskGroupEntry {
  return {
    id: t.id,
    name: t.name ?? null,
    allocation_unit: t.allocation_unit ?? 'flat',
    estimate_type: t.estimate_type ?? 'total',
    private: !!t.private,
    source: t.source ?? 'plan',
    status_id: t.status_id,
    start_date: t.start_date ?? '',
    end_date: t.end_date ?? '',
    weight: null,
    assignee_user_ids: t.assignee_user_ids ?? [],
    project: t.project ?? null,
    project_id: t.project_id ?? null,
    estimated_mins: t.estimated_mins ?? null,
    color: t.color ?? null,
    client: t.client ?? null,
  } as TaskGroupEntry;
}

/** Where a restored task goes back on the Timeline: its people, its project and its tags. */
export const placementsOfArchived = (t: TaskWithAggregations): Placement[] =>
  placementsFor(entryOfArchived(t), t.tag_ids ?? []);

/** Takes a restored task out of the cached archive lists at once (put back by a re-read if the restore fails). */
export function dropFromArchive(qc: QueryClient, scope: WorkspaceScope, id: number) {
  qc.setQueriesData<{ tasks: TaskWithAggregations[]; total: number }>(
    { queryKey: queryKeys.tasks.archived(scope) },
    (old) => old && { tasks: old.tasks.filter((t) => t.id !== id), total: Math.max(0, old.total - 1) },
  );
}
