import { queryOptions } from '@tanstack/react-query';
import { tagPageSchema } from '@/api/workspace';
import { readAllData } from '../read-all-pages';

/** Tags of a workspace (project and task forms, filters); pages of 100 until a short page. */
export const tagQueries = {
  all: (workspaceId: number) => ['tags', workspaceId] as const,
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: [...tagQueries.all(workspaceId), 'list'] as const,
      queryFn: ({ signal }) =>
        readAllData(`/workspaces/${workspaceId}/tags`, tagPageSchema, {
          query: { order_by: 'name' },
          signal,
          maxPages: 20,
        }),
      staleTime: 30 * 60_000,
    }),
};
