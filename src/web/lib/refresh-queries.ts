import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from './query-keys';
import type { WorkspaceScope } from './workspace-scope';

/**
 * After a write: refetch what is on screen under `queryKey` and drop what is not. The client never
 * refetches on mount (quota), so an inactive entry that is only marked stale would be shown stale later;
 * dropping it makes the next visit read it once, fresh.
 */
export function refreshQueries(qc: QueryClient, queryKey: QueryKey): Promise<void> {
  qc.removeQueries({ queryKey, type: 'inactive' });
  return qc.invalidateQueries({ queryKey });
}

/**
 * After a block write (the Schedule's): the Timeline's block reads and the side panel's block lists may hold
 * the old blocks. Dropped when not shown, refetched when shown.
 */
export function refreshTimeBlockReads(
  qc: QueryClient,
  ws: Pick<WorkspaceScope, 'workspaceId'>,
): Promise<void> {
  return Promise.all([
    refreshQueries(qc, queryKeys.timeline.blocks(ws)),
    refreshQueries(qc, queryKeys.taskBlocks.all(ws)),
  ]).then(() => undefined);
}
