import { taskPageSchema, type TaskWithAggregations } from '@/api/task';
import { timeBlockWithTaskPageSchema, type TimeBlockWithTask } from '@/api/time-block';
import { api } from '../api-client';
import { workspacePath, type WorkspaceScope } from '../workspace-scope';

/** Items per change-check request: enough for what a team changes between two checks, small to send. */
export const CHECK_PAGE = 20;

/**
 * The items of a newest-first page changed after `since` (server clock, ms). `complete` is false when every
 * item of a full page is newer: more may have changed than the page shows. An item without `updated_at`
 * counts as changed (nothing says it is not).
 */
export function changedAfter<T extends { updated_at?: string | null }>(
  page: readonly T[],
  since: number,
  pageSize = CHECK_PAGE,
): { changed: T[]; complete: boolean } {
  const changed = page.filter((item) => !item.updated_at || !(Date.parse(item.updated_at) <= since));
  return { changed, complete: page.length < pageSize || changed.length < page.length };
}

/**
 * The workspace's tasks changed after `since`, newest first: `GET /tasks?order_by=-updated_at`, one page of
 * CHECK_PAGE per request, up to `maxPages` until a page reaches back past `since`.
 */
export async function tasksChangedAfter(
  scope: WorkspaceScope,
  since: number,
  signal: AbortSignal,
  maxPages = 1,
): Promise<{ changed: TaskWithAggregations[]; complete: boolean }> {
  const changed: TaskWithAggregations[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const res = await api('focus', `${workspacePath(scope)}/tasks`, {
      query: { order_by: '-updated_at', per_page: CHECK_PAGE, page },
      schema: taskPageSchema,
      signal,
    });
    const part = changedAfter(res.data, since);
    changed.push(...part.changed);
    if (part.complete) return { changed, complete: true };
  }
  return { changed, complete: false };
}

/**
 * The time blocks starting between `from` and `to` (RFC 3339) changed after `since`, newest first:
 * `GET /time-blocks?order_by=-updated_at`, one request.
 */
export async function blocksChangedAfter(
  scope: WorkspaceScope,
  range: { date_from: string; date_to: string; archived?: boolean },
  since: number,
  signal: AbortSignal,
): Promise<{ changed: TimeBlockWithTask[]; complete: boolean }> {
  const res = await api('focus', `${workspacePath(scope)}/time-blocks`, {
    query: { ...range, order_by: '-updated_at', per_page: CHECK_PAGE, page: 1 },
    schema: timeBlockWithTaskPageSchema,
    signal,
  });
  return changedAfter(res.data, since);
}
