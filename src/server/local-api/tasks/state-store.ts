import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { settleLanes } from './lanes-settle';
import { findTasks } from './find-store';

export type TaskState = 'archive' | 'unarchive' | 'delete' | 'restore';

// What each state change writes on the task; the time `@now` is the request's. Archiving or deleting again
// keeps the first time. Every change moves `updated_at` on, also one that changes nothing else.
const TASK_SET: Record<TaskState, string> = {
  archive: 'archived_at = COALESCE(archived_at, @now)',
  unarchive: 'archived_at = NULL',
  delete: 'deleted_at = COALESCE(deleted_at, @now)',
  restore: 'deleted_at = NULL',
};

// The OpenAPI: archive "archives a task, and all its time blocks", unarchive "unarchives a task, and all its
// time blocks". A block that changes moves its own updated_at on. Deleting hides a task's blocks (reads
// join the live task), so delete and restore leave the blocks as they are.
const BLOCK_SET: Partial<Record<TaskState, string>> = {
  archive: `UPDATE time_blocks SET archived_at = @now, updated_at = later_stamp(updated_at, @now)
             WHERE task_id = @id AND deleted_at IS NULL AND archived_at IS NULL`,
  unarchive: `UPDATE time_blocks SET archived_at = NULL, updated_at = later_stamp(updated_at, @now)
               WHERE task_id = @id AND deleted_at IS NULL AND archived_at IS NOT NULL`,
};

/**
 * The sub-tasks of `ids`, all levels down, that the caller may see (deleted ones too for restore): the bulk
 * operations act on "tasks, and their children" (the OpenAPI's words).
 */
export function descendantsOf(db: Db, scope: WorkspaceScope, ids: readonly number[], state: TaskState) {
  if (!ids.length) return [];
  const found = db
    .prepare(
      `WITH RECURSIVE down(id, depth) AS (
         SELECT value, 0 FROM json_each(?)
         UNION
         SELECT t.id, down.depth + 1 FROM tasks t JOIN down ON t.parent_task_id = down.id
          WHERE t.workspace_id = ? AND down.depth < 1000)
       SELECT DISTINCT id FROM down WHERE depth > 0`,
    )
    .pluck()
    .all(JSON.stringify(ids), scope.workspaceId) as number[];
  const own = new Set(ids);
  const visible = findTasks(db, scope, found, { withDeleted: state === 'restore' });
  return found.filter((id) => !own.has(id) && visible.has(id));
}

/** Applies a state change to tasks already checked (inside the caller's transaction). */
export function setTaskState(db: Db, ids: readonly number[], state: TaskState): void {
  const now = nowIso();
  const task = db.prepare(
    `UPDATE tasks SET ${TASK_SET[state]}, updated_at = later_stamp(updated_at, @now) WHERE id = @id`,
  );
  const blocks = BLOCK_SET[state] ? db.prepare(BLOCK_SET[state]) : null;
  for (const id of ids) {
    task.run({ id, now });
    blocks?.run({ id, now });
    // A task that comes back may find its lane taken meanwhile by a task over the same days.
    if (state === 'unarchive' || state === 'restore') settleLanes(db, id);
  }
}
