import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * After a write: refetch what is on screen under `queryKey` and drop what is not. The client never
 * refetches on mount (quota), so an inactive entry that is only marked stale would be shown stale later;
 * dropping it makes the next visit read it once, fresh.
 */
export function refreshQueries(qc: QueryClient, queryKey: QueryKey): Promise<void> {
  qc.removeQueries({ queryKey, type: 'inactive' });
  return qc.invalidateQueries({ queryKey });
}
