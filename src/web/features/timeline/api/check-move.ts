import { dateFormatIn } from '@/web/lib/time/use-date-format';
import type { QueryClient } from '@tanstack/react-query';
import type { Task } from '@/api/task';
import type { TaskGroupType } from '@/api/task-group';
import type { OrganizationUser } from '@/api/user';
import { tasksChangedAfter } from '@/web/lib/freshness/change-check';
import { ConflictError, judgeWrite, planCheck } from '@/web/lib/freshness/conflict';
import { markVerified, viewCurrentAsOf } from '@/web/lib/freshness/read-times';
import { changesSince } from '@/web/lib/freshness/runs';
import { namesOf, type Person } from '@/web/lib/queries/people';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { Landing } from '../landing';
import { mergeChunks } from '../timeline-model';
import { describeChange, placeDiffers, rowsOutdated } from './timeline-changes';
import type { WindowData } from './timeline-queries';

export interface MoveCheck {
  /** Requests the check cost (0 on data under a minute old). */
  requests: number;
  /** Something else the timeline shows changed: re-read it after the drop. */
  othersChanged: boolean;
}

/** A drop not sent: someone else moved its tasks (`server` holds them as they are now). */
export class MoveConflict extends ConflictError {
  constructor(
    message: string,
    readonly server: Task[],
  ) {
    super(message, null);
  }
}

/**
 * Before a drop is sent: did someone else change its tasks since the timeline read them? Free on rows read
 * or checked under a minute ago; otherwise one request (the tasks changed since, newest first; up to 3 pages
 * when many changed). Throws a MoveConflict, saying what happened, when the drop would overwrite a change.
 */
export async function checkMove(
  qc: QueryClient,
  scope: WorkspaceScope,
  group: TaskGroupType,
  landings: readonly Landing[],
  force: boolean,
): Promise<MoveCheck> {
  const keys = [queryKeys.timeline.grouping(scope, group)];
  const plan = planCheck(viewCurrentAsOf(qc, keys), changesSince(qc, keys), Date.now(), force);
  if (plan.kind === 'none') return { requests: 0, othersChanged: false };
  const startedAt = Date.now();
  const { changed, complete } = await tasksChangedAfter(scope, plan.since, new AbortController().signal, 3);
  const active = qc.getQueryCache().findAll({ queryKey: keys[0], type: 'active' });
  const rows = mergeChunks(active.flatMap((q) => (q.state.data as WindowData | undefined)?.pages ?? []));
  const windows = active.map((q) => timelineWindowOf(q.queryKey).range);
  const byId = new Map(landings.map((l) => [l.id, l]));
  const verdict = judgeWrite(
    landings.map((l) => l.id),
    changed,
    complete,
    (task) => {
      const l = byId.get(task.id)!;
      return placeDiffers(group, task, l.beforeEntry, [...l.before.keys()]);
    },
    (task) => rowsOutdated(group, [task], rows, windows),
  );
  if (verdict.conflicts.length || verdict.unknown.length) {
    const names = namesOf(
      qc.getQueryData<Person[]>(queryKeys.organization.people(scope)),
      qc.getQueryData<OrganizationUser[]>(queryKeys.organization.users(scope.organizationId)),
    );
    const nameOf = (id: number) => names.get(id) ?? `User ${id}`;
    const { shortDate } = dateFormatIn(qc);
    const said = verdict.conflicts.map(({ id, server }) => {
      const l = byId.get(id)!;
      return `${describeChange(group, server, l.beforeEntry, [...l.before.keys()], nameOf, shortDate)} while you were looking`;
    });
    const unseen = verdict.unknown.map((id) => `‘${byId.get(id)?.beforeEntry.name || id}’`);
    if (unseen.length)
      said.push(`So much changed since the timeline was read that ${unseen.join(', ')} could not be checked`);
    throw new MoveConflict(said.join('. '), changed);
  }
  if (!verdict.othersChanged) markVerified(qc, keys, startedAt);
  return { requests: 1, othersChanged: verdict.othersChanged };
}
