import type { Db } from '../db/open';
import { freeWeight, GROUP_TYPES } from '../task-groups/lanes-store';
import type { TaskGroupType } from '@/api/task-group';

/**
 * After a task's dates change or it comes back (unarchive, restore), its lane in a group may now be shared
 * with a live task whose dates overlap: there it moves to the lowest free lane. Lanes it shares with tasks
 * it does not overlap stay (a weight is not unique). Run inside the caller's transaction.
 */
export function settleLanes(db: Db, taskId: number, types: readonly TaskGroupType[] = GROUP_TYPES): void {
  const lanes = db
    .prepare('SELECT group_type, group_key, weight FROM task_lanes WHERE task_id = ?')
    .all(taskId) as { group_type: TaskGroupType; group_key: number; weight: number }[];
  const task = db.prepare('SELECT start_date, end_date FROM tasks WHERE id = ?').get(taskId) as {
    start_date: string | null;
    end_date: string | null;
  };
  const start = task.start_date ?? task.end_date;
  const end = task.end_date ?? task.start_date;
  if (start == null || end == null) return;
  const clash = db.prepare(
    `SELECT 1 FROM task_lanes l JOIN tasks o ON o.id = l.task_id
      WHERE l.group_type = ? AND l.group_key = ? AND l.weight = ? AND l.task_id <> ?
        AND o.deleted_at IS NULL AND o.archived_at IS NULL
        AND COALESCE(o.start_date, o.end_date) <= ? AND COALESCE(o.end_date, o.start_date) >= ? LIMIT 1`,
  );
  const move = db.prepare(
    'UPDATE task_lanes SET weight = ? WHERE task_id = ? AND group_type = ? AND group_key = ?',
  );
  for (const lane of lanes) {
    if (!types.includes(lane.group_type)) continue;
    if (!clash.get(lane.group_type, lane.group_key, lane.weight, taskId, end, start)) continue;
    move.run(
      freeWeight(db, taskId, lane.group_type, lane.group_key),
      taskId,
      lane.group_type,
      lane.group_key,
    );
  }
}
