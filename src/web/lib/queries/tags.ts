import { queryOptions } from '@tanstack/react-query';
import { tagPageSchema } from '@/api/workspace';
import { queryKeys } from '../query-keys';
import { readAllData } from '../read-all-pages';

/** Tags of a workspace (project and task forms, filters); pages of 100 until a short page. */
export const tagQueries = {
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: queryKeys.tags({ workspaceId }),
      queryFn: ({ signal }) =>
        readAllData(`/workspaces/${workspaceId}/tags`, tagPageSchema, {
          query: { order_by: 'name' },
          signal,
          maxPages: 20,
        }),
      staleTime: 30 * 60_000,
    }),
};
