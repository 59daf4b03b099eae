import type { QueryClient } from '@tanstack/react-query';
import { accountQueries } from '@/web/lib/queries/account';
import { addDays } from '@/web/lib/time/calendar-day';
import { resolveZone } from '@/web/lib/time/zone';
import { dayOf } from '@/web/lib/time/zoned';
import { pickWorkspace, useWorkspaceChoice } from '@/web/lib/workspace';
import { windowFor } from '../fetch-window';
import { PX_PER_DAY } from '../geometry';
import { parseView, type ViewState } from '../view-state';
import { timelineQueries } from './timeline-queries';

/** The days the Timeline reads around its start: what 1,600 px show at the view's zoom. */
export function fetchRangeOf(view: Pick<ViewState, 'start' | 'zoom'>) {
  return { start: view.start, end: addDays(view.start, Math.ceil(1600 / PX_PER_DAY[view.zoom])) };
}

/**
 * When the app opens on the Timeline, its first page of rows is asked for as soon as the account is known,
 * before the page has rendered (about 0.1 s sooner here; the account answers come from index.html's early
 * reads). The same read the page makes, under the same key: the page finds it in flight or done, never asks
 * twice. Anything unknown or failing leaves the read to the page.
 */
export async function readOpeningTimeline(qc: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  if (location.pathname !== '/timeline') return;
  try {
    const [me, workspaces, settings] = await Promise.all([
      qc.ensureQueryData(accountQueries.me()),
      qc.ensureQueryData(accountQueries.workspaces()),
      qc.ensureQueryData(accountQueries.settings()),
    ]);
    const ws = pickWorkspace(workspaces, useWorkspaceChoice.getState().workspaceId, me.default_workspace_id);
    if (!ws) return;
    const scope = { organizationId: ws.organizationId, workspaceId: ws.workspaceId };
    const today = dayOf(Date.now(), resolveZone(settings.timezone).zone);
    const view = parseView(new URLSearchParams(location.search), today);
    await qc.prefetchInfiniteQuery(
      timelineQueries.window(scope, view.group, windowFor(fetchRangeOf(view)), view.filters),
    );
  } catch {
    // The page reads and reports on its own.
  }
}
