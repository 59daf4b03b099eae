import { infiniteQueryOptions, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { taskPageSchema, type TaskWithAggregations } from '@/api/task';
import { api } from '@/web/lib/api-client';
import { queryKeys } from '@/web/lib/query-keys';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { entryOfTask, placementsFor, type Placement } from '../task-writes';

/** Archived tasks per page: the latest archived first, a page at a time ("Show more"). */
export const ARCHIVED_PAGE = 50;

/** A page of the list: its tasks still archived, and how many the server gave (a full page: there may be more). */
export interface ArchivedPage {
  tasks: TaskWithAggregations[];
  read: number;
}

/**
 * The workspace's archived tasks, most recently changed first: one request a page, the next page when asked
 * for. Read when the list opens and forgotten when it closes (`gcTime: 0`), so each opening shows what is
 * archived now (a task archived since is in it) for one request. Restored tasks leave the server's list, which
 * moves the later ones up: the next page is the one where the first task not yet seen now is (a task seen twice
 * is shown once).
 */
export const archivedTasksQuery = (scope: WorkspaceScope) =>
  infiniteQueryOptions({
    queryKey: queryKeys.tasks.archived(scope),
    queryFn: async ({ pageParam, signal }): Promise<ArchivedPage> => {
      const { data } = await api('focus', `${workspacePath(scope)}/tasks`, {
        query: { archived: true, order_by: '-updated_at', per_page: ARCHIVED_PAGE, page: pageParam },
        schema: taskPageSchema,
        signal,
      });
      return { tasks: data, read: data.length };
    },
    initialPageParam: 1,
    getNextPageParam: (last: ArchivedPage, all: ArchivedPage[]) =>
      last.read < ARCHIVED_PAGE ? undefined : nextArchivedPage(all),
    gcTime: 0,
  });

/** The page holding the first task not seen yet, once the tasks restored meanwhile have left the list. */
export function nextArchivedPage(pages: readonly ArchivedPage[]): number {
  return Math.floor(archivedOf(pages).length / ARCHIVED_PAGE) + 1;
}

/** The tasks of the pages read, each once. */
export function archivedOf(pages: readonly ArchivedPage[]): TaskWithAggregations[] {
  const seen = new Set<number>();
  return pages.flatMap((p) => p.tasks).filter((t) => !seen.has(t.id) && !!seen.add(t.id));
}

/** Where a restored task goes back on the Timeline: its people, its project and its tags. */
export const placementsOfArchived = (t: TaskWithAggregations): Placement[] =>
  placementsFor(entryOfTask(t, null), t.tag_ids ?? []);

/** Takes a restored task out of the archive list at once (read again if the restore fails). */
export function dropFromArchive(qc: QueryClient, scope: WorkspaceScope, id: number) {
  qc.setQueryData<InfiniteData<ArchivedPage, number>>(
    queryKeys.tasks.archived(scope),
    (old) =>
      old && { ...old, pages: old.pages.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== id) })) },
  );
}
