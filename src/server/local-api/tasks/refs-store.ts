import { canSeeProject } from '../sql/access';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { parentChain } from '../sql/ancestors';
import { placeholders } from '../sql/in-lists';

/** The references a task payload may carry (create, PUT, PATCH); null clears and references nothing. */
export interface TaskRefs {
  project_id?: number | null;
  status_id?: number;
  parent_task_id?: number | null;
  recurring_task_id?: number | null;
  tag_ids?: readonly number[] | null;
  assignee_user_ids?: readonly number[] | null;
  team_assignee_ids?: readonly number[] | null;
}

/** Ids the payload names that do not exist in this workspace: a 400 naming the field. */
function requireAll(db: Db, field: string, sql: string, ids: readonly number[], ws: number): void {
  if (!ids.length) return;
  const found = new Set(
    (db.prepare(sql.replace('__IN__', placeholders(ids.length))).all(ws, ...ids) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length) throw badRequest(`${field}: unknown id ${missing.slice(0, 5).join(', ')}`);
}

/** Checks every id the payload references against this workspace (and the caller's project visibility). */
export function validateRefs(db: Db, scope: WorkspaceScope, t: TaskRefs, prefix: string): void {
  const ws = scope.workspaceId;
  if (t.project_id != null) {
    const live = db
      .prepare('SELECT 1 FROM projects WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL')
      .get(t.project_id, ws);
    // A private project the caller cannot see reads as unknown: its existence is not revealed.
    if (!live || !canSeeProject(db, scope, t.project_id))
      throw badRequest(`${prefix}project_id: unknown id ${t.project_id}`);
  }
  // Each list of ids the payload names, and the live rows of this workspace they must all be.
  const lists: [field: keyof TaskRefs, sql: string, ids: readonly number[]][] = [
    [
      'status_id',
      'SELECT id FROM statuses WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
      t.status_id !== undefined ? [t.status_id] : [],
    ],
    [
      'parent_task_id',
      'SELECT id FROM tasks WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
      t.parent_task_id != null ? [t.parent_task_id] : [],
    ],
    [
      'recurring_task_id',
      'SELECT id FROM tasks WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
      t.recurring_task_id != null ? [t.recurring_task_id] : [],
    ],
    [
      'tag_ids',
      'SELECT id FROM tags WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
      t.tag_ids ?? [],
    ],
    [
      'assignee_user_ids',
      'SELECT user_id AS id FROM workspace_users WHERE workspace_id = ? AND user_id IN (__IN__)',
      t.assignee_user_ids ?? [],
    ],
  ];
  for (const [field, sql, ids] of lists) requireAll(db, `${prefix}${field}`, sql, ids, ws);
  // Focus teams do not exist locally, so no team id can be valid.
  if (t.team_assignee_ids?.length)
    throw badRequest(`${prefix}team_assignee_ids: unknown id ${t.team_assignee_ids[0]}`);
}

/** A task cannot be its own parent, nor the parent of one of its ancestors (the chain would loop). */
export function checkParent(db: Db, taskId: number, parentId: number | null | undefined, prefix: string) {
  if (parentId == null) return;
  if (parentChain(db, 'tasks', parentId).includes(taskId))
    throw badRequest(`${prefix}parent_task_id: task ${taskId} cannot be a sub-task of itself`);
}
