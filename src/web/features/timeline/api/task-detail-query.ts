import { queryOptions } from '@tanstack/react-query';
import { taskWithAggregationsSchema } from '@/api/task';
import { api } from '@/web/lib/api-client';
import { queryKeys } from '@/web/lib/query-keys';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';

/**
 * One task as GET /tasks/{task_id} gives it: what a bar does not carry (notes, tags, priority). Read when its
 * details open, kept for ten minutes; the panel's own edits update it in place, so they cost no re-read.
 */
export const taskDetailQuery = (scope: WorkspaceScope, taskId: number) =>
  queryOptions({
    queryKey: queryKeys.tasks.detail(scope, taskId),
    queryFn: ({ signal }) =>
      api('focus', `${workspacePath(scope)}/tasks/${taskId}`, { schema: taskWithAggregationsSchema, signal }),
    staleTime: 10 * 60_000,
  });
