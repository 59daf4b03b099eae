import { queryOptions } from '@tanstack/react-query';
import { projectPageSchema } from '@/api/project';
import { readAllData } from '../read-all-pages';
import { projectsPath, type WorkspaceScope } from '../workspace-scope';

/** Projects of a workspace (names and colours for rows, filters and forms); pages of 100 until a short page. */
export const projectQueries = {
  all: (workspaceId: number) => ['projects', workspaceId] as const,
  list: (scope: WorkspaceScope) =>
    // The organization follows from the workspace: part of the path, not of the identity.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...projectQueries.all(scope.workspaceId), 'list'] as const,
      queryFn: ({ signal }) => readAllData(projectsPath(scope), projectPageSchema, { signal, maxPages: 20 }),
      staleTime: 30 * 60_000,
    }),
};
