import { queryOptions } from '@tanstack/react-query';
import { clientPageSchema, type Client } from '@/api/workspace';
import { api } from '../api-client';

/** Clients of a workspace (names for project rows, filters and forms); pages of 100 until a short page. */
export const clientQueries = {
  all: (workspaceId: number) => ['clients', workspaceId] as const,
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: [...clientQueries.all(workspaceId), 'list'] as const,
      queryFn: async ({ signal }) => {
        const out: Client[] = [];
        for (let page = 1; page < 20; page++) {
          const res = await api('focus', `/workspaces/${workspaceId}/clients`, {
            query: { page, per_page: 100, order_by: 'name' },
            schema: clientPageSchema,
            signal,
          });
          out.push(...res.data);
          if (res.data.length < 100) break;
        }
        return out;
      },
      staleTime: 30 * 60_000,
    }),
};
