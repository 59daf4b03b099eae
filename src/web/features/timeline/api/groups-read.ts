import type { TaskGroupType } from '@/api/task-group';
import type { TrackWorkspace } from '@/api/user';
import { MAX_PER_PAGE } from '@/api/text-formats';
import { addDays, type DayRange } from '@/web/lib/time/calendar-day';
import { resolveZone } from '@/web/lib/time/zone';
import { dayOf } from '@/web/lib/time/zoned';
import { pickWorkspace } from '@/web/lib/workspace-pick';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { windowFor } from '../fetch-window';
import { PX_PER_DAY } from '../geometry';
import { filterQuery, parseView, type Filters, type ViewState } from '../view-parse';

// The Timeline's read of its rows, addressed without React, zod or the Query cache: the app reads it through
// timelineQueries.window, and on an open of /timeline the app's small entry (app/early-view) asks for the
// first page before the app has loaded, at the same URL, which the app then takes instead of asking again.

export const groupsPath = (scope: WorkspaceScope, group: TaskGroupType) =>
  `${workspacePath(scope)}/tasks/groups/${group}`;

/** The query of one page of a window's groups (up to 100 users, projects or tags). */
export function groupsPageQuery(group: TaskGroupType, range: DayRange, filters: Filters, page: number) {
  return {
    start_date: range.start,
    end_date: range.end,
    page,
    per_page: MAX_PER_PAGE,
    include_unassigned: group === 'users' ? true : undefined,
    ...filterQuery(filters),
  };
}

/** The days the Timeline reads around its start: what 1,600 px show at the view's zoom. */
export function fetchRangeOf(view: Pick<ViewState, 'start' | 'zoom'>) {
  return { start: view.start, end: addDays(view.start, Math.ceil(1600 / PX_PER_DAY[view.zoom])) };
}

/** What the account reads said, as far as the Timeline's first read needs it. */
export interface OpeningAccount {
  defaultWorkspaceId: number | null | undefined;
  workspaces: readonly Pick<TrackWorkspace, 'id' | 'name' | 'organization_id'>[];
  /** The user's zone setting (any string: an unknown one falls back to the browser's zone). */
  timezone: string | null | undefined;
  /** The workspace the user picked last time, if any. */
  chosen: number | null;
}

/** The window of rows the Timeline opens on for this URL and account, or null when no workspace can open. */
export function openingWindow(account: OpeningAccount, search: string, now = Date.now()) {
  const ws = pickWorkspace(account.workspaces, account.chosen, account.defaultWorkspaceId);
  if (!ws) return null;
  const scope: WorkspaceScope = { organizationId: ws.organizationId, workspaceId: ws.workspaceId };
  const today = dayOf(now, resolveZone(account.timezone).zone);
  const view = parseView(new URLSearchParams(search), today);
  return { scope, group: view.group, range: windowFor(fetchRangeOf(view)), filters: view.filters };
}
