import { queryOptions } from '@tanstack/react-query';
import { clientPageSchema } from '@/api/workspace';
import { queryKeys } from '../query-keys';
import { readAllData } from '../read-all-pages';

/** Clients of a workspace (names for project rows, filters and forms); pages of 100 until a short page. */
export const clientQueries = {
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: queryKeys.clients({ workspaceId }),
      queryFn: ({ signal }) =>
        readAllData(`/workspaces/${workspaceId}/clients`, clientPageSchema, {
          query: { order_by: 'name' },
          signal,
          maxPages: 20,
        }),
      staleTime: 30 * 60_000,
    }),
};
