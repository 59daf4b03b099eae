import type { QueryClient } from '@tanstack/react-query';
import { accountQueries } from '@/web/lib/queries/account';
import { useWorkspaceChoice } from '@/web/lib/workspace';
import { openingWindow } from './groups-read';
import { timelineQueries } from './timeline-queries';

/**
 * When the app opens on the Timeline, its first page of rows is asked for as soon as the account is known,
 * before the page has rendered. The same read the page makes, under the same key: the page finds it in flight
 * or done, never asks twice. Where the app's small entry (app/early-view) already sent it, this read takes
 * that answer (by its URL) instead of asking. Anything unknown or failing leaves the read to the page.
 */
export async function readOpeningTimeline(qc: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  if (location.pathname !== '/timeline') return;
  try {
    const [me, workspaces, settings] = await Promise.all([
      qc.ensureQueryData(accountQueries.me()),
      qc.ensureQueryData(accountQueries.workspaces()),
      qc.ensureQueryData(accountQueries.settings()),
    ]);
    const opening = openingWindow(
      {
        defaultWorkspaceId: me.default_workspace_id,
        workspaces,
        timezone: settings.timezone,
        chosen: useWorkspaceChoice.getState().workspaceId,
      },
      location.search,
    );
    if (!opening) return;
    const { scope, group, range, filters } = opening;
    await qc.prefetchInfiniteQuery(timelineQueries.window(scope, group, range, filters));
  } catch {
    // The page reads and reports on its own.
  }
}
