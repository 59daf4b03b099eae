import type { TaskCreate } from '@/api/task';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { GROUP_TYPES, reconcileLanes } from '../task-groups/lanes-store';
import { validateRefs } from './refs-store';

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
