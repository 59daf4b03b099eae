import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { QueryValue } from '@/api/common';
import { clientPageSchema, statusPageSchema, tagPageSchema } from '@/api/workspace';
import { queryKeys } from '../query-keys';
import { readAllData } from '../read-all-pages';
import { countingSkips } from '../skipped-records';

/**
 * A small list of a workspace that views take names and colours from, read whole (pages of 100 until a short
 * page) and kept for half an hour.
 */
function workspaceList<T>(
  resource: 'clients' | 'statuses' | 'tags',
  schema: z.ZodType<{ data: T[] }>,
  query?: Record<string, QueryValue>,
) {
  return (workspaceId: number) =>
    // The key names the resource; its schema and query are fixed per resource, not per call.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: queryKeys[resource]({ workspaceId }),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          readAllData(`/workspaces/${workspaceId}/${resource}`, schema, {
            query,
            signal,
            skips,
            maxPages: 20,
          }),
        ),
      staleTime: 30 * 60_000,
    });
}

/** Clients (names for project rows, filters and forms). */
export const clientQueries = { list: workspaceList('clients', clientPageSchema, { order_by: 'name' }) };
/** Task statuses (done = faded bars, status filters). */
export const statusQueries = { list: workspaceList('statuses', statusPageSchema) };
/** Tags (project and task forms, filters, tag rows). */
export const tagQueries = { list: workspaceList('tags', tagPageSchema, { order_by: 'name' }) };
