import { queryOptions } from '@tanstack/react-query';
import { projectChildrenPageSchema, projectPageSchema } from '../../../../api/project';
import { api } from '../../../lib/api-client';
import { filtersToQuery, type ProjectFilters } from '../project-filters';

const base = (ws: { organizationId: number; workspaceId: number }) =>
  `/organizations/${ws.organizationId}/workspaces/${ws.workspaceId}/projects`;

export interface WsRef {
  organizationId: number;
  workspaceId: number;
}

/** Projects of a workspace: filtered pages, the parent choices of the form, sub-projects of one project. */
export const projectQueries = {
  all: (ws: WsRef) => ['projects', ws.workspaceId] as const,
  lists: (ws: WsRef) => [...projectQueries.all(ws), 'list'] as const,
  list: (ws: WsRef, filters: ProjectFilters) =>
    queryOptions({
      queryKey: [...projectQueries.lists(ws), filters] as const,
      queryFn: ({ signal }) => api('focus', base(ws), { query: filtersToQuery(filters), schema: projectPageSchema, signal }),
    }),
  /** Active projects for the parent select: one page of 100 is plenty for a form. */
  choices: (ws: WsRef) =>
    queryOptions({
      queryKey: [...projectQueries.all(ws), 'choices'] as const,
      queryFn: ({ signal }) =>
        api('focus', base(ws), { query: { per_page: 100, order_by: 'name' }, schema: projectPageSchema, signal }),
      select: (page) => page.data.map((p) => ({ id: p.id, name: p.name })),
    }),
  children: (ws: WsRef, projectId: number) =>
    queryOptions({
      queryKey: [...projectQueries.all(ws), 'children', projectId] as const,
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
