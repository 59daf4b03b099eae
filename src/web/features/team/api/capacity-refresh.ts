import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/web/lib/query-keys';
import { refreshQueries } from '@/web/lib/refresh-queries';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useTeamUi } from '../store';

/**
 * After a write to someone's week or time off: capacity reads not on screen (the Schedule's weeks) are
 * dropped at once, which costs nothing; the month loads on screen are refreshed once when the editor closes,
 * whatever the number of changes made in it.
 */
export function availabilityWritten(qc: QueryClient, scope: WorkspaceScope): void {
  qc.removeQueries({ queryKey: queryKeys.capacities.all(scope), type: 'inactive' });
  useTeamUi.getState().availabilityChanged();
}

export function editorClosed(qc: QueryClient, scope: WorkspaceScope): void {
  if (useTeamUi.getState().editorClosed()) void refreshQueries(qc, queryKeys.capacities.all(scope));
}
