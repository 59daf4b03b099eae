import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/web/lib/query-keys';
import { refreshQueries } from '@/web/lib/refresh-queries';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useTeamUi } from '../store';

/**
 * Capacity reads after writes to someone's week or time off. Reads not on screen (the Schedule's weeks) are
 * dropped as each write lands, which costs nothing; the month loads on screen are read again once when the
 * editor closes, whatever the number of changes made in it, and once more only for a write that was still
 * on its way then (closing with the pointer on Close saves the field being left first).
 */
export function availabilityWriteStarted(): void {
  useTeamUi.getState().availabilityChanged();
}

export function availabilityWritten(qc: QueryClient, scope: WorkspaceScope): void {
  qc.removeQueries({ queryKey: queryKeys.capacities.all(scope), type: 'inactive' });
  if (useTeamUi.getState().editing === null) void refreshQueries(qc, queryKeys.capacities.all(scope));
}

export function editorClosed(qc: QueryClient, scope: WorkspaceScope): void {
  if (useTeamUi.getState().editorClosed()) void refreshQueries(qc, queryKeys.capacities.all(scope));
}
