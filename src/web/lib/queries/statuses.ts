import { queryOptions } from '@tanstack/react-query';
import { statusPageSchema, type Status } from '@/api/workspace';
import { api } from '../api-client';

/** Task statuses of a workspace (done = faded bars, status filters); pages of 100 until a short page. */
export const statusQueries = {
  all: (workspaceId: number) => ['statuses', workspaceId] as const,
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: [...statusQueries.all(workspaceId), 'list'] as const,
      queryFn: async ({ signal }) => {
        const out: Status[] = [];
        for (let page = 1; page < 20; page++) {
          const res = await api('focus', `/workspaces/${workspaceId}/statuses`, {
            query: { page, per_page: 100 },
            schema: statusPageSchema,
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
