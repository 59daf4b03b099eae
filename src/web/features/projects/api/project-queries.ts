import { queryOptions } from '@tanstack/react-query';
import { projectChildrenPageSchema, projectPageSchema } from '@/api/project';
import { api } from '@/web/lib/api-client';
import { queryKeys } from '@/web/lib/query-keys';
import { countingSkips } from '@/web/lib/skipped-records';
import { projectsPath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { filtersToQuery, type ProjectFilters } from '../project-filters';

/** Projects of a workspace as the projects page reads them: filtered pages, and the sub-projects of one project. */
export const projectPageQueries = {
  list: (ws: WorkspaceScope, filters: ProjectFilters) =>
    queryOptions({
      queryKey: queryKeys.projects.page(ws, filters),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', projectsPath(ws), {
            query: filtersToQuery(filters),
            schema: projectPageSchema,
            signal,
            skips,
          }),
        ),
    }),
  children: (ws: WorkspaceScope, projectId: number) =>
    queryOptions({
      queryKey: queryKeys.projects.children(ws, projectId),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', `${projectsPath(ws)}/${projectId}/children`, {
            query: { per_page: 100 },
            schema: projectChildrenPageSchema,
            signal,
            skips,
          }),
        ),
      // The endpoint answers the project itself plus its sub-projects.
      select: (page) => page.data.filter((p) => p.id !== projectId),
    }),
};
