import { groupsPageQuery, groupsPath, openingWindow } from '@/web/features/timeline/api/groups-read';
import { apiUrl } from '@/web/lib/api-url';
import { EARLY_READS, type EarlyAnswer } from '@/web/lib/early-reads';
import { storedWorkspaceChoice } from '@/web/lib/workspace-pick';

/**
 * The page's second script, its own small chunk (none of React, zod or the Query cache): on an open of
 * /timeline it asks for the first page of rows as soon as index.html's account reads have answered, while
 * the app's script still loads and runs. The app's own ask left only once that script had run (0.4–0.5 s
 * after navigation here; against Toggl, a round trip later again). The read is sent at the URL the app asks
 * for (groups-read addresses both) and left among the early reads, where the app takes it. Whatever it cannot
 * tell (another view, an account answer that failed or looks odd, no workspace) leaves the read to the app.
 */
window.__earlyTimeline = location.pathname === '/timeline' ? askOpeningRows() : Promise.resolve();

async function askOpeningRows(): Promise<void> {
  const reads = window.__earlyReads;
  const send = window.__earlyRead;
  if (!reads || !send) return;
  try {
    const [me, workspaces, settings] = await Promise.all(EARLY_READS.map((url) => peek(reads[url])));
    if (!Array.isArray(workspaces)) return;
    const opening = openingWindow(
      {
        defaultWorkspaceId: numberOrNull(field(me, 'default_workspace_id')),
        // As the app's list keeps them: whole ids (a record it would leave out never opens here either).
        workspaces: workspaces.filter(
          (w): w is { id: number; name: string; organization_id: number } =>
            Number.isInteger(field(w, 'id')) && Number.isInteger(field(w, 'organization_id')),
        ),
        timezone: stringOrNull(field(settings, 'timezone')),
        chosen: storedWorkspaceChoice(localStorage),
      },
      location.search,
    );
    if (!opening) return;
    const { scope, group, range, filters } = opening;
    const url = apiUrl('focus', groupsPath(scope, group), groupsPageQuery(group, range, filters, 1));
    reads[url] ??= send(url);
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
