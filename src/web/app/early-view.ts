import { openingWeek, weekStreamPath, weekStreamQuery } from '@/web/features/schedule/api/week-address';
import { groupsPageQuery, groupsPath, openingWindow } from '@/web/features/timeline/api/groups-read';
import { apiUrl } from '@/web/lib/api-url';
import { EARLY_READS, type EarlyAnswer } from '@/web/lib/early-reads';
import { pickWorkspace, storedWorkspaceChoice } from '@/web/lib/workspace-pick';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';

/**
 * The app's small entry runs this first (no React, zod or Query cache in its chunk): on an open of /timeline or
 * /schedule it asks for the view's first reads as soon as index.html's account reads have answered, while the
 * app's script still loads and runs. The app's own ask left only once that script had run (0.4–0.7 s after
 * navigation here; against Toggl, a round trip later again). Each read is sent at the URL the app asks for
 * (groups-read and week-address address both) and left among the early reads, where the app takes it. Whatever
 * this cannot tell (another view, an account answer that failed or looks odd, no workspace) is left to the app.
 *
 * - /timeline: the first page of rows, and the people who name them on the users grouping.
 * - /schedule: this week's blocks and the people (the rows).
 */
window.__earlyView = askFirstReads();

async function askFirstReads(): Promise<void> {
  const reads = window.__earlyReads;
  const send = window.__earlyRead;
  const view = location.pathname;
  if (!reads || !send || (view !== '/timeline' && view !== '/schedule')) return;
  try {
    const [me, workspaces, settings] = await Promise.all(EARLY_READS.map((url) => peek(reads[url])));
    const account = {
      defaultWorkspaceId: numberOrNull(field(me, 'default_workspace_id')),
      // As the app's list keeps them: whole ids (a record it would leave out never opens here either).
      workspaces: (Array.isArray(workspaces) ? workspaces : []).filter(
        (w): w is { id: number; name: string; organization_id: number } =>
          Number.isInteger(field(w, 'id')) && Number.isInteger(field(w, 'organization_id')),
      ),
      timezone: stringOrNull(field(settings, 'timezone')),
      chosen: storedWorkspaceChoice(localStorage),
    };
    const ask = (url: string) => void (reads[url] ??= send(url));
    const people = (scope: WorkspaceScope) =>
      ask(apiUrl('track', `/workspaces/${scope.workspaceId}/users`, { exclude_deleted: true }));
    if (view === '/timeline') {
      const opening = openingWindow(account, location.search);
      if (!opening) return;
      const { scope, group, range, filters } = opening;
      ask(apiUrl('focus', groupsPath(scope, group), groupsPageQuery(group, range, filters, 1)));
      if (group === 'users') people(scope);
    } else {
      const ws = pickWorkspace(account.workspaces, account.chosen, account.defaultWorkspaceId);
      if (!ws) return;
      const scope: WorkspaceScope = { organizationId: ws.organizationId, workspaceId: ws.workspaceId };
      const { weekStart, zone } = openingWeek(
        {
          timezone: account.timezone,
          date_format: stringOrNull(field(settings, 'date_format')),
          start_week_on: numberOrNull(field(settings, 'start_week_on')),
        },
        { beginning_of_week: numberOrNull(field(me, 'beginning_of_week')) },
      );
      ask(apiUrl('focus', weekStreamPath(scope), weekStreamQuery(weekStart, { zone, archived: false })));
      people(scope);
    }
  } catch {
    // The app reads and reports on its own.
  }
}

/** An early answer's JSON, read from a copy: the answer itself is the app's to take. */
async function peek(read: Promise<EarlyAnswer> | undefined): Promise<unknown> {
  const answer = await read;
  if (!answer?.response.ok) throw new Error('no usable early answer');
  return answer.response.clone().json();
}

const field = (record: unknown, key: string): unknown =>
  record && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
const numberOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);
