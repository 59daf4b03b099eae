import type { TaskGroupPatchItem, TaskGroupType } from '@/api/task-group';
import { canSeeProject } from '../sql/access';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { groupKeysOf, reconcileLanes } from './lanes-store';

interface TaskState {
  id: number;
  project_id: number | null;
  start_date: string | null;
  end_date: string | null;
}

/**
 * Applies PATCH /tasks/groups/{group} items in order inside one transaction: the first invalid item throws
 * a 400 and nothing of the array is kept.
 */
export function applyMoves(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  items: TaskGroupPatchItem[],
): void {
  db.transaction(() => {
    items.forEach((item, i) => applyItem(db, scope, type, item, `items.${i}`));
  })();
}

function applyItem(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  item: TaskGroupPatchItem,
  at: string,
): void {
  const task = db
    .prepare(
      'SELECT id, project_id, start_date, end_date FROM tasks WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL',
    )
    .get(item.id, scope.workspaceId) as TaskState | undefined;
  // A task of a private project the caller cannot see reads as unknown, like a foreign one.
  if (!task || (task.project_id != null && !canSeeProject(db, scope, task.project_id))) {
    throw badRequest(`${at}.id: unknown task ${item.id}`);
  }
  const keys = groupKeysOf(db, task.id, type);
  const source = item.source_group_id;
  if (source != null && !keys.includes(source)) {
    throw badRequest(`${at}.source_group_id: task ${task.id} is not in group ${source}`);
  }
  let landed: number;
  if (item.op === 'remove') {
    if (source == null || source === 0)
      throw badRequest(`${at}.source_group_id: remove needs the group the task leaves`);
    removeFrom(db, type, task.id, source);
    landed = -1;
  } else {
    landed = moveTo(db, scope, type, task, source ?? null, item.target_group_id, at);
  }
  setDates(db, task, item, at);
  // Every item changes the task's place (assignees, project, tag, dates or lane): its updated_at moves on.
  db.prepare('UPDATE tasks SET updated_at = later_stamp(updated_at, ?) WHERE id = ?').run(nowIso(), task.id);
  reconcileLanes(db, task.id, type, landed >= 0 ? { key: landed, weight: item.weight } : undefined);
}

/** Takes the task out of one group: the assignee, the project or the tag goes. */
function removeFrom(db: Db, type: TaskGroupType, taskId: number, source: number): void {
  if (type === 'users')
    db.prepare('DELETE FROM task_assignees WHERE task_id = ? AND user_id = ?').run(taskId, source);
  else if (type === 'tags')
    db.prepare('DELETE FROM task_tags WHERE task_id = ? AND tag_id = ?').run(taskId, source);
  else db.prepare('UPDATE tasks SET project_id = NULL WHERE id = ?').run(taskId);
}

/** Moves the task to the target group (source -> target); gives the group key it lands in. */
function moveTo(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  task: TaskState,
  source: number | null,
  target: number | null,
  at: string,
): number {
  if (type === 'users') {
    // Null (or the none-group 0) lands the task in the no-assignee bucket: every assignee is cleared.
    if (target == null || target === 0) {
      db.prepare('DELETE FROM task_assignees WHERE task_id = ?').run(task.id);
      return 0;
    }
    const member = db
      .prepare('SELECT 1 FROM workspace_users WHERE workspace_id = ? AND user_id = ?')
      .get(scope.workspaceId, target);
    if (!member) throw badRequest(`${at}.target_group_id: unknown user ${target}`);
    if (source != null && source !== 0 && source !== target) {
      db.prepare('DELETE FROM task_assignees WHERE task_id = ? AND user_id = ?').run(task.id, source);
    }
    db.prepare('INSERT OR IGNORE INTO task_assignees (task_id, user_id) VALUES (?, ?)').run(task.id, target);
    return target;
  }
  // Every other dimension needs a real target (0 = the none-group is one).
  if (target == null) throw badRequest(`${at}.target_group_id: required for ${type}`);
  if (type === 'projects') {
    if (target !== 0) {
      const live = db
        .prepare(
          'SELECT 1 FROM projects WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL AND archived_at IS NULL',
        )
        .get(target, scope.workspaceId);
      if (!live || !canSeeProject(db, scope, target))
        throw badRequest(`${at}.target_group_id: unknown project ${target}`);
    }
    db.prepare('UPDATE tasks SET project_id = ? WHERE id = ?').run(target === 0 ? null : target, task.id);
    return target;
  }
  if (target !== 0) {
    const tag = db
      .prepare('SELECT 1 FROM tags WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL')
      .get(target, scope.workspaceId);
    if (!tag) throw badRequest(`${at}.target_group_id: unknown tag ${target}`);
  }
  if (source != null && source !== 0 && source !== target) {
    db.prepare('DELETE FROM task_tags WHERE task_id = ? AND tag_id = ?').run(task.id, source);
  }
  if (target !== 0)
    db.prepare('INSERT OR IGNORE INTO task_tags (task_id, tag_id) VALUES (?, ?)').run(task.id, target);
  return target;
}

/** Dates follow the drop; a one-sided change must still leave start <= end. */
function setDates(db: Db, task: TaskState, item: TaskGroupPatchItem, at: string): void {
  if (item.start_date === undefined && item.end_date === undefined) return;
  const start = item.start_date ?? task.start_date;
  const end = item.end_date ?? task.end_date;
  if (start != null && end != null && start > end)
    throw badRequest(`${at}.end_date: start_date must not be after end_date`);
  db.prepare('UPDATE tasks SET start_date = ?, end_date = ? WHERE id = ?').run(start, end, task.id);
}
