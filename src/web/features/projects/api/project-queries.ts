import { queryOptions } from '@tanstack/react-query';
import { projectChildrenPageSchema, projectPageSchema } from '@/api/project';
import { api } from '@/web/lib/api-client';
import { filtersToQuery, type ProjectFilters } from '../project-filters';

const base = (ws: { organizationId: number; workspaceId: number }) =>
  `/organizations/${ws.organizationId}/workspaces/${ws.workspaceId}/projects`;

export interface WsRef {
  organizationId: number;
  workspaceId: number;
}

/** Projects of a workspace as the projects page reads them: filtered pages, and the sub-projects of one project. */
export const projectPageQueries = {
  all: (ws: WsRef) => ['projects', ws.workspaceId] as const,
  // 'pages', not 'list': lib/queries/projects.ts owns ['projects', ws, 'list'] (the whole list).
  lists: (ws: WsRef) => [...projectPageQueries.all(ws), 'pages'] as const,
  list: (ws: WsRef, filters: ProjectFilters) =>
    queryOptions({
      queryKey: [...projectPageQueries.lists(ws), filters] as const,
      queryFn: ({ signal }) =>
        api('focus', base(ws), { query: filtersToQuery(filters), schema: projectPageSchema, signal }),
    }),
  children: (ws: WsRef, projectId: number) =>
    queryOptions({
      queryKey: [...projectPageQueries.all(ws), 'children', projectId] as const,
      queryFn: ({ signal }) =>
        api('focus', `${base(ws)}/${projectId}/children`, {
          query: { per_page: 100 },
          schema: projectChildrenPageSchema,
          signal,
        }),
      // The endpoint answers the project itself plus its sub-projects.
      select: (page) => page.data.filter((p) => p.id !== projectId),
    }),
};

export const projectsPath = base;
