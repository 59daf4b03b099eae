import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/web/lib/query-keys';
import { refreshQueries } from '@/web/lib/refresh-queries';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { TaskBooking } from '../bookings';
import type { TaskWrite } from '../task-writes';

/**
 * The booked-time reads a write that brings tasks back (unarchive, restore) leaves behind. The API archives a
 * task's time blocks with it and brings them back with it; a booked-time window read while the task was away
 * has none of them, so the task's bar would show its whole estimate left. Only a window that lacks one of the
 * tasks that had booked time is named: right after an archive (an undo) the window still holds them, and a
 * task known to have had none needs nothing. A task restored from the list, where that is not known, costs one
 * read of each window that lacks it, on a rare action.
 */
export function bookingsLackingReturned(
  qc: QueryClient,
  scope: WorkspaceScope,
  write: TaskWrite,
): QueryKey[] {
  if (write.op !== 'unarchive' && write.op !== 'restore') return [];
  const ids = write.booked ?? write.ids;
  if (!ids.length) return [];
  return qc
    .getQueryCache()
    .findAll({ queryKey: queryKeys.timeline.blocks(scope) })
    .filter((q) => {
      const booked = q.state.data as ReadonlyMap<number, TaskBooking> | undefined;
      return booked !== undefined && ids.some((id) => !booked.has(id));
    })
    .map((q) => q.queryKey);
}

/** Those of `ids` that have booked time in a cached window now (what an undo that brings them back needs). */
export function bookedNow(qc: QueryClient, scope: WorkspaceScope, ids: readonly number[]): number[] {
  const windows = qc.getQueriesData<ReadonlyMap<number, TaskBooking>>({
    queryKey: queryKeys.timeline.blocks(scope),
  });
  return ids.filter((id) => windows.some(([, booked]) => booked?.has(id)));
}

/** Reads those windows again (the ones on screen now, the others when next shown). */
export function rereadReturnedBookings(qc: QueryClient, scope: WorkspaceScope, write: TaskWrite): void {
  for (const key of bookingsLackingReturned(qc, scope, write)) void refreshQueries(qc, key);
}
