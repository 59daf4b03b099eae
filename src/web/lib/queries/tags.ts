import { queryOptions } from '@tanstack/react-query';
import { tagPageSchema, type Tag } from '@/api/workspace';
import { api } from '../api-client';

/** Tags of a workspace (project and task forms, filters); pages of 100 until a short page. */
export const tagQueries = {
  all: (workspaceId: number) => ['tags', workspaceId] as const,
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: [...tagQueries.all(workspaceId), 'list'] as const,
      queryFn: async ({ signal }) => {
        const out: Tag[] = [];
        for (let page = 1; page < 20; page++) {
          const res = await api('focus', `/workspaces/${workspaceId}/tags`, {
            query: { page, per_page: 100, order_by: 'name' },
            schema: tagPageSchema,
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
