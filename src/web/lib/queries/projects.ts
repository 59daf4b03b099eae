import { queryOptions } from '@tanstack/react-query';
import { projectPageSchema, type ProjectWithAggregations } from '@/api/project';
import { api } from '../api-client';

/** Projects of a workspace (names and colours for rows, filters and forms); pages of 100 until a short page. */
export const projectQueries = {
  all: (workspaceId: number) => ['projects', workspaceId] as const,
  list: (organizationId: number, workspaceId: number) =>
    // The organization follows from the workspace: part of the path, not of the identity.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...projectQueries.all(workspaceId), 'list'] as const,
      queryFn: async ({ signal }) => {
        const out: ProjectWithAggregations[] = [];
        for (let page = 1; page < 20; page++) {
          const res = await api(
            'focus',
            `/organizations/${organizationId}/workspaces/${workspaceId}/projects`,
            {
              query: { page, per_page: 100 },
              schema: projectPageSchema,
              signal,
            },
          );
          out.push(...res.data);
          if (res.data.length < 100) break;
        }
        return out;
      },
      staleTime: 30 * 60_000,
    }),
};
