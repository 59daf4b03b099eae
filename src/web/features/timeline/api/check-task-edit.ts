import type { QueryClient } from '@tanstack/react-query';
import type { TaskWithAggregations } from '@/api/task';
import type { TaskPatchItem } from '@/api/task-edit';
import { tasksChangedAfter } from '@/web/lib/freshness/change-check';
import { ConflictError, judgeWrite } from '@/web/lib/freshness/conflict';
import { markVerified, viewCurrentAsOf } from '@/web/lib/freshness/read-times';
import { changesSince } from '@/web/lib/freshness/runs';
import { fieldLabel } from '@/web/lib/plain-errors';
import { queryKeys } from '@/web/lib/query-keys';
import { listInWords } from '@/web/lib/skipped-words';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';

/** A task edit not sent: someone else changed the same fields of its tasks since the view read them. */
export class TaskEditConflict extends ConflictError {
  constructor(
    message: string,
    readonly ids: number[],
    /** The tasks as the server holds them now (those the check saw). */
    readonly server: TaskWithAggregations[],
  ) {
    super(message, null);
  }
}

/** A field's value for comparing: lists as sets, and no value, null and an empty list alike (Toggl sends each). */
export const canonical = (v: unknown) =>
  Array.isArray(v) ? (v.length ? JSON.stringify([...v].sort()) : 'null') : JSON.stringify(v ?? null);

/** The edit's inverse with what the server holds now: what an undo of a forced edit puts back (the teammate's). */
export function inverseOnServer(
  seen: readonly TaskPatchItem[],
  server: readonly TaskWithAggregations[],
): TaskPatchItem[] {
  const byId = new Map(server.map((t) => [t.id, t as unknown as Record<string, unknown>]));
  return seen.map((item) => {
    const now = byId.get(item.id);
    if (!now) return item;
    const keys = Object.keys(item).filter((k) => k !== 'id' && k in now);
    return { ...item, ...Object.fromEntries(keys.map((k) => [k, now[k] ?? null])) } as TaskPatchItem;
  });
}

/**
 * The fields of `seen` (what the user saw, the edit's inverse) that the server now holds otherwise. A field
 * the server's task does not carry cannot be compared, so it is no conflict.
 */
export function fieldsChanged(server: TaskWithAggregations, seen: TaskPatchItem): string[] {
  const now = server as unknown as Record<string, unknown>;
  return Object.keys(seen).filter(
    (k) => k !== 'id' && k in now && canonical(now[k]) !== canonical(seen[k as keyof TaskPatchItem]),
  );
}

/**
 * Before a task edit is sent (details panel, rename, bar menu, selection): did someone else change the same
 * fields of its tasks since the view read them? One request (the tasks changed since, newest first; up to 3
 * pages when many changed), however fresh the view. A
 * teammate's change to other fields is no conflict: the edit sends only its own fields. Throws a
 * TaskEditConflict saying what happened when the edit would overwrite a change.
 */
export async function checkTaskEdit(
  qc: QueryClient,
  scope: WorkspaceScope,
  seen: readonly TaskPatchItem[],
): Promise<void> {
  // The rows (every grouping) and the task details the user edits from; not the booked-time reads, which a
  // conflict does not re-read (an undo after one is then sent without a second check, as after a drop).
  const keys = [
    queryKeys.timeline.grouping(scope, 'users'),
    queryKeys.timeline.grouping(scope, 'projects'),
    queryKeys.timeline.grouping(scope, 'tags'),
    queryKeys.tasks.all(scope),
  ];
  // Asked however fresh the view is (unlike a drop's check): a teammate who renamed the task ten seconds
  // after this view was read lost their name silently when edits on views under a minute old went unchecked.
  // An edit is a deliberate, rare act; one request for it is what no lost edit costs.
  const since = changesSince(qc, keys);
  if (viewCurrentAsOf(qc, keys) === null || since === null) return;
  const startedAt = Date.now();
  const { changed, complete } = await tasksChangedAfter(scope, since, new AbortController().signal, 3);
  const seenById = new Map(seen.map((s) => [s.id, s]));
  const verdict = judgeWrite(
    seen.map((s) => s.id),
    changed,
    complete,
    (server) => fieldsChanged(server, seenById.get(server.id)!).length > 0,
    // Anything else changed may be on screen: the view's own freshness run re-reads it.
    () => true,
  );
  if (!verdict.conflicts.length && !verdict.unknown.length) {
    if (!verdict.othersChanged) markVerified(qc, keys, startedAt);
    return;
  }
  const said = verdict.conflicts.map(({ id, server }) => {
    const fields = fieldsChanged(server, seenById.get(id)!).map((f) => fieldLabel(f).toLowerCase());
    return `Someone else changed the ${listInWords(fields)} of ‘${server.name}’ while you were looking`;
  });
  if (verdict.unknown.length)
    said.push(
      `So much changed since the timeline was read that ${verdict.unknown.length === 1 ? 'this task' : `${verdict.unknown.length} tasks`} could not be checked`,
    );
  throw new TaskEditConflict(
    said.join('. '),
    [...verdict.conflicts.map((c) => c.id), ...verdict.unknown],
    changed,
  );
}
