import { queryOptions } from '@tanstack/react-query';
import { projectPageSchema } from '@/api/project';
import { queryKeys } from '../query-keys';
import { readAllData } from '../read-all-pages';
import { countingSkips } from '../skipped-records';
import { projectsPath, type WorkspaceScope } from '../workspace-scope';

/** Projects of a workspace (names and colours for rows, filters and forms); pages of 100 until a short page. */
export const projectQueries = {
  list: (scope: WorkspaceScope) =>
    queryOptions({
      queryKey: queryKeys.projects.list(scope),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          readAllData(projectsPath(scope), projectPageSchema, { signal, skips, maxPages: 20 }),
        ),
      staleTime: 30 * 60_000,
    }),
};
