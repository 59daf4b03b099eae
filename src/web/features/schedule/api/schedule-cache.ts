import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { TimeBlockWithTask } from '@/api/time-block';
import { queryKeys } from '@/web/lib/query-keys';
import { mapTasks, type TaskPages } from './task-list-pages';

/** The two cache entries a block write touches: the visible week and the side list's tasks. */
export interface CacheTargets {
  weekKey: QueryKey;
  tasksKey: QueryKey;
  workspaceId: number;
  weekStart: string;
  /** The zone the week's days are in, and whether it lists archived blocks (what a change check asks for). */
  zone: string;
  archived: boolean;
}

export interface Snapshot {
  blocks: TimeBlockWithTask[] | undefined;
  tasks: TaskPages | undefined;
}

/** Cancels in-flight reads (they would overwrite the optimistic state) and remembers what was there. */
export async function snapshot(qc: QueryClient, targets: CacheTargets): Promise<Snapshot> {
  await Promise.all([
    qc.cancelQueries({ queryKey: targets.weekKey }),
    qc.cancelQueries({ queryKey: targets.tasksKey }),
  ]);
  return {
    blocks: qc.getQueryData<TimeBlockWithTask[]>(targets.weekKey),
    tasks: qc.getQueryData<TaskPages>(targets.tasksKey),
  };
}

export function restore(qc: QueryClient, targets: CacheTargets, snap: Snapshot | undefined): void {
  if (!snap) return;
  qc.setQueryData(targets.weekKey, snap.blocks);
  qc.setQueryData(targets.tasksKey, snap.tasks);
}

export function setBlocks(
  qc: QueryClient,
  targets: CacheTargets,
  update: (blocks: TimeBlockWithTask[]) => TimeBlockWithTask[],
): void {
  qc.setQueryData<TimeBlockWithTask[]>(targets.weekKey, (old) => (old ? update(old) : old));
}

/** Adds booked seconds per task to the side list, so its unscheduled estimates follow the drop at once. */
export function addBookedSeconds(
  qc: QueryClient,
  targets: CacheTargets,
  deltaByTask: Map<number, number>,
): void {
  if (deltaByTask.size === 0) return;
  qc.setQueryData<TaskPages>(targets.tasksKey, (old) =>
    mapTasks(old, (task) => {
      const delta = deltaByTask.get(task.id);
      return delta ? { ...task, total_blocked_time: Math.max(0, task.total_blocked_time + delta) } : task;
    }),
  );
}

/** Seconds each task gains when blocks change from `before` to `after` (same ids, or missing = removed). */
export function bookedDelta(
  before: readonly TimeBlockWithTask[],
  after: readonly TimeBlockWithTask[],
): Map<number, number> {
  const out = new Map<number, number>();
  const add = (task: number, s: number) => out.set(task, (out.get(task) ?? 0) + s);
  for (const b of before) if (!b.archived_at) add(b.task_id, -(b.duration ?? 0));
  for (const b of after) if (!b.archived_at) add(b.task_id, b.duration ?? 0);
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}

/**
 * Other weeks (and the other archived filter) may hold a block this write moved: mark them stale without
 * refetching (they are inactive; they reload when shown). The visible week is already exact.
 */
export function staleOtherWeeks(qc: QueryClient, targets: CacheTargets): Promise<void> {
  return qc.invalidateQueries({
    queryKey: queryKeys.schedule.weeks(targets),
    predicate: (q) => q.queryHash !== hashKey(targets.weekKey),
    refetchType: 'none',
  });
}
