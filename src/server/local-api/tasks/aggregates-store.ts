import type { Task, TaskWithAggregations } from '@/api/task';
import type { Db } from '../db/open';
import { distinctIds, selectIn } from '../sql/in-lists';
import { loadTaskModels, type TaskModel } from './model-store';

type Counters = Omit<TaskWithAggregations, keyof Task | 'parent'>;

const ZERO: Counters = {
  sub_task_done_count: 0,
  sub_task_total_count: 0,
  time_block_completed_count: 0,
  time_block_scheduled_completed_count: 0,
  time_block_scheduled_total_count: 0,
  time_block_total_count: 0,
  // No time entries exist locally (with_entries / tracked time are always empty).
  time_entry_total_count: 0,
  total_blocked_time: 0,
  total_scheduled_blocked_time: 0,
  total_tracked_time: 0,
};

interface BlockAgg {
  task_id: number;
  total: number;
  completed: number;
  scheduled: number;
  scheduled_completed: number;
  secs: number;
  scheduled_secs: number;
}

/**
 * TaskWithParentAndAggregations for the models: time-block counters and durations (live blocks: not
 * deleted, not archived), sub-task counters (done = status of type done) and the parent task.
 * `disabled` skips the counting and the parent (counters stay 0, parent null), as the upstream does.
 */
export function withAggregations(
  db: Db,
  models: readonly TaskModel[],
  opts: { disabled?: boolean; includeRates?: boolean } = {},
): TaskWithAggregations[] {
  if (opts.disabled) return models.map((m) => ({ ...m, ...ZERO, parent: null }));
  const ids = models.map((m) => m.id);
  // Every block has a start locally, so the "scheduled" counters equal the totals over the same blocks.
  const blocks = selectIn<BlockAgg>(
    db,
    `SELECT task_id, COUNT(*) AS total, SUM(completed_at IS NOT NULL) AS completed,
            SUM(start IS NOT NULL) AS scheduled, SUM(start IS NOT NULL AND completed_at IS NOT NULL) AS scheduled_completed,
            SUM(duration) AS secs, SUM(CASE WHEN start IS NOT NULL THEN duration ELSE 0 END) AS scheduled_secs
       FROM time_blocks WHERE task_id IN (__IN__) AND deleted_at IS NULL AND archived_at IS NULL
      GROUP BY task_id`,
    ids,
  );
  const byTask = new Map(blocks.map((b) => [b.task_id, b]));
  const subs = selectIn<{ parent_task_id: number; total: number; done: number }>(
    db,
    `SELECT c.parent_task_id, COUNT(*) AS total, SUM(s.type = 'done') AS done
       FROM tasks c JOIN statuses s ON s.id = c.status_id
      WHERE c.parent_task_id IN (__IN__) AND c.deleted_at IS NULL
      GROUP BY c.parent_task_id`,
    ids,
  );
  const subsByTask = new Map(subs.map((s) => [s.parent_task_id, s]));
  const parents = loadTaskModels(db, distinctIds(models.map((m) => m.parent_task_id)), {
    includeRates: opts.includeRates,
  });
  return models.map((m) => {
    const b = byTask.get(m.id);
    const s = subsByTask.get(m.id);
    const parent = m.parent_task_id != null ? parents.get(m.parent_task_id) : undefined;
    return {
      ...m,
      ...ZERO,
      time_block_total_count: b?.total ?? 0,
      time_block_completed_count: b?.completed ?? 0,
      time_block_scheduled_total_count: b?.scheduled ?? 0,
      time_block_scheduled_completed_count: b?.scheduled_completed ?? 0,
      total_blocked_time: b?.secs ?? 0,
      total_scheduled_blocked_time: b?.scheduled_secs ?? 0,
      sub_task_total_count: s?.total ?? 0,
      sub_task_done_count: s?.done ?? 0,
      parent: parent && parent.deleted_at == null ? parent : null,
    };
  });
}
