import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { trackReadTimes } from './freshness/read-times';

/**
 * Tuned for a quota of 30-600 requests an hour: data stays fresh for minutes, reads retry only transient
 * failures (never 4xx, never 402/429), writes never retry. Nothing refetches on focus or reconnect by
 * itself: the views' freshness (lib/freshness) decides that within a request budget, from the read times
 * tracked here.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        refetchOnMount: false,
        retry: (failureCount, error) => error instanceof ApiError && error.isTransient && failureCount < 2,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
  trackReadTimes(client);
  return client;
}
