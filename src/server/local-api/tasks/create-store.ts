import type { TaskCreate } from '@/api/task';
import { canSeeProject } from '../sql/access';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { GROUP_TYPES, reconcileLanes } from '../task-groups/lanes-store';
import { placeholders } from '../sql/in-lists';

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

/** The workspace's default status for new tasks: its first 'todo' status (by position). */
export function defaultStatusId(db: Db, workspaceId: number): number {
  const row = db
    .prepare(
      `SELECT id FROM statuses WHERE workspace_id = ? AND deleted_at IS NULL
        ORDER BY type <> 'todo', position, id LIMIT 1`,
    )
    .get(workspaceId) as { id: number } | undefined;
  if (!row) throw badRequest('status_id: the workspace has no status');
  return row.id;
}

/** Checks every id the payload references against this workspace (and the caller's project visibility). */
function validateRefs(db: Db, scope: WorkspaceScope, t: TaskCreate, prefix: string): void {
  const ws = scope.workspaceId;
  if (t.project_id !== undefined) {
    const live = db
      .prepare('SELECT 1 FROM projects WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL')
      .get(t.project_id, ws);
    // A private project the caller cannot see reads as unknown: its existence is not revealed.
    if (!live || !canSeeProject(db, scope, t.project_id))
      throw badRequest(`${prefix}project_id: unknown id ${t.project_id}`);
  }
  if (t.status_id !== undefined) {
    requireAll(
      db,
      `${prefix}status_id`,
      'SELECT id FROM statuses WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
      [t.status_id],
      ws,
    );
  }
  if (t.parent_task_id !== undefined) {
    requireAll(
      db,
      `${prefix}parent_task_id`,
      'SELECT id FROM tasks WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
      [t.parent_task_id],
      ws,
    );
  }
  requireAll(
    db,
    `${prefix}tag_ids`,
    'SELECT id FROM tags WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (__IN__)',
    t.tag_ids ?? [],
    ws,
  );
  requireAll(
    db,
    `${prefix}assignee_user_ids`,
    'SELECT user_id AS id FROM workspace_users WHERE workspace_id = ? AND user_id IN (__IN__)',
    t.assignee_user_ids ?? [],
    ws,
  );
  // Focus teams do not exist locally, so no team id can be valid.
  if (t.team_assignee_ids?.length)
    throw badRequest(`${prefix}team_assignee_ids: unknown id ${t.team_assignee_ids[0]}`);
}

/**
 * Inserts one task with its assignees, tags and a lane in every group it lands in (lowest weight free of
 * overlapping tasks). Call inside a transaction; throws a 400 before writing when a reference is unknown.
 */
export function insertTask(db: Db, scope: WorkspaceScope, t: TaskCreate, prefix = ''): number {
  validateRefs(db, scope, t, prefix);
  const now = nowIso();
  const statusId = t.status_id ?? defaultStatusId(db, scope.workspaceId);
  const res = db
    .prepare(
      `INSERT INTO tasks (workspace_id, name, description, notes, color, project_id, parent_task_id, status_id,
         status_updated_at, priority, priority_at, start_date, end_date, estimated_mins, estimate_type, allocation_unit,
         pinned, position, private, billable, auto_log_time, rrule, integration_ext_id, integration_source,
         toggl_user_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      scope.workspaceId,
      t.name,
      t.description ?? null,
      t.notes ?? null,
      t.color ?? null,
      t.project_id ?? null,
      t.parent_task_id ?? null,
      statusId,
      now,
      t.priority ?? 'none',
      t.priority_at ?? null,
      t.start_date ?? null,
      t.end_date ?? null,
      t.estimated_mins ?? null,
      t.estimate_type ?? 'total',
      t.allocation_unit ?? 'flat',
      t.pinned ? 1 : 0,
      t.position ?? 0,
      t.private ? 1 : 0,
      t.billable ? 1 : 0,
      t.auto_log_time ? 1 : 0,
      t.rrule ?? null,
      t.integration_ext_id ?? null,
      t.integration_source ?? null,
      scope.userId,
      now,
      now,
    );
  const taskId = Number(res.lastInsertRowid);
  const insAssignee = db.prepare('INSERT INTO task_assignees (task_id, user_id) VALUES (?, ?)');
  for (const uid of t.assignee_user_ids ?? []) insAssignee.run(taskId, uid);
  const insTag = db.prepare('INSERT INTO task_tags (task_id, tag_id) VALUES (?, ?)');
  for (const tag of t.tag_ids ?? []) insTag.run(taskId, tag);
  for (const type of GROUP_TYPES) reconcileLanes(db, taskId, type);
  return taskId;
}
