import type { TaskGroupType } from '@/api/task-group';
import type { Db } from '../db/open';

/** The group keys a task sits in for one grouping; 0 is the none-group (no user / project / tag). */
export function groupKeysOf(db: Db, taskId: number, type: TaskGroupType): number[] {
  if (type === 'projects') {
    const row = db.prepare('SELECT project_id FROM tasks WHERE id = ?').get(taskId) as {
      project_id: number | null;
    };
    return [row.project_id ?? 0];
  }
  const sql =
    type === 'users'
      ? 'SELECT user_id AS k FROM task_assignees WHERE task_id = ? ORDER BY user_id'
      : 'SELECT tag_id AS k FROM task_tags WHERE task_id = ? ORDER BY tag_id';
  const keys = (db.prepare(sql).all(taskId) as { k: number }[]).map((r) => r.k);
  return keys.length ? keys : [0];
}

/**
 * The lowest weight in the group not taken by a live task whose dates overlap the task's (lanes may be
 * shared by tasks that do not overlap). An undated task overlaps nothing.
 */
export function freeWeight(db: Db, taskId: number, type: TaskGroupType, key: number): number {
  const task = db.prepare('SELECT start_date, end_date FROM tasks WHERE id = ?').get(taskId) as {
    start_date: string | null;
    end_date: string | null;
  };
  const start = task.start_date ?? task.end_date;
  const end = task.end_date ?? task.start_date;
  if (start == null || end == null) return 0;
  const taken = new Set(
    (
      db
        .prepare(
          `SELECT DISTINCT l.weight FROM task_lanes l JOIN tasks o ON o.id = l.task_id
            WHERE l.group_type = ? AND l.group_key = ? AND l.task_id <> ?
              AND o.deleted_at IS NULL AND o.archived_at IS NULL
              AND COALESCE(o.start_date, o.end_date) <= ? AND COALESCE(o.end_date, o.start_date) >= ?`,
        )
        .all(type, key, taskId, end, start) as { weight: number }[]
    ).map((r) => r.weight),
  );
  let weight = 0;
  while (taken.has(weight)) weight++;
  return weight;
}

/**
 * Makes the task's lanes of one grouping match the groups it is in: drops lanes of groups it left, gives
 * new groups the lowest free weight, and `explicit` (a drop) its requested weight. Run inside the caller's
 * transaction.
 */
export function reconcileLanes(
  db: Db,
  taskId: number,
  type: TaskGroupType,
  explicit?: { key: number; weight: number },
): void {
  const keys = groupKeysOf(db, taskId, type);
  const existing = new Set(
    (
      db
        .prepare('SELECT group_key FROM task_lanes WHERE task_id = ? AND group_type = ?')
        .all(taskId, type) as {
        group_key: number;
      }[]
    ).map((r) => r.group_key),
  );
  const del = db.prepare('DELETE FROM task_lanes WHERE task_id = ? AND group_type = ? AND group_key = ?');
  for (const key of existing) if (!keys.includes(key)) del.run(taskId, type, key);
  const upsert = db.prepare(
    `INSERT INTO task_lanes (task_id, group_type, group_key, weight) VALUES (?, ?, ?, ?)
     ON CONFLICT (task_id, group_type, group_key) DO UPDATE SET weight = excluded.weight`,
  );
  for (const key of keys) {
    if (explicit && explicit.key === key) upsert.run(taskId, type, key, explicit.weight);
    else if (!existing.has(key)) upsert.run(taskId, type, key, freeWeight(db, taskId, type, key));
  }
}

export const GROUP_TYPES: readonly TaskGroupType[] = ['users', 'projects', 'tags'];
