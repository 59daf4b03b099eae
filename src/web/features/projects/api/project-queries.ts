import { queryOptions } from '@tanstack/react-query';
import { projectChildrenPageSchema, projectPageSchema } from '@/api/project';
import { api } from '@/web/lib/api-client';
import { projectsPath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { filtersToQuery, type ProjectFilters } from '../project-filters';

/** Projects of a workspace as the projects page reads them: filtered pages, and the sub-projects of one project. */
export const projectPageQueries = {
  all: (ws: WorkspaceScope) => ['projects', ws.workspaceId] as const,
  // 'pages', not 'list': lib/queries/projects.ts owns ['projects', ws, 'list'] (the whole list).
  lists: (ws: WorkspaceScope) => [...projectPageQueries.all(ws), 'pages'] as const,
  list: (ws: WorkspaceScope, filters: ProjectFilters) =>
    queryOptions({
      queryKey: [...projectPageQueries.lists(ws), filters] as const,
      queryFn: ({ signal }) =>
        api('focus', projectsPath(ws), { query: filtersToQuery(filters), schema: projectPageSchema, signal }),
    }),
  children: (ws: WorkspaceScope, projectId: number) =>
    queryOptions({
      queryKey: [...projectPageQueries.all(ws), 'children', projectId] as const,
      queryFn: ({ signal }) =>
        api('focus', `${projectsPath(ws)}/${projectId}/children`, {
          query: { per_page: 100 },
          schema: projectChildrenPageSchema,
          signal,
        }),
      // The endpoint answers the project itself plus its sub-projects.
      select: (page) => page.data.filter((p) => p.id !== projectId),
    }),
};
