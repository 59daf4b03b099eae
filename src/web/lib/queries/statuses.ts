import { queryOptions } from '@tanstack/react-query';
import { statusPageSchema } from '@/api/workspace';
import { queryKeys } from '../query-keys';
import { readAllData } from '../read-all-pages';

/** Task statuses of a workspace (done = faded bars, status filters); pages of 100 until a short page. */
export const statusQueries = {
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: queryKeys.statuses({ workspaceId }),
      queryFn: ({ signal }) =>
        readAllData(`/workspaces/${workspaceId}/statuses`, statusPageSchema, { signal, maxPages: 20 }),
      staleTime: 30 * 60_000,
    }),
};
