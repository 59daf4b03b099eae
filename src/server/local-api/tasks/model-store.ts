import type { ProjectLite } from '@/api/project';
import type { Task } from '@/api/task';
import type { ClientLite, StatusLite, TagLite } from '@/api/workspace';
import type { Db } from '../db/open';
import { distinctIds, idsByOwner, pushTo, selectIn } from '../sql/in-lists';

/** The upstream `models.Task` JSON shape. */
export type TaskModel = Task;

/** A `tasks` row as stored. */
export interface TaskRow {
  id: number;
  workspace_id: number;
  name: string;
  description: string | null;
  notes: string | null;
  color: string | null;
  project_id: number | null;
  parent_task_id: number | null;
  status_id: number;
  status_updated_at: string | null;
  priority: string;
  priority_at: string | null;
  start_date: string | null;
  end_date: string | null;
  estimated_mins: number | null;
  estimate_type: string;
  allocation_unit: string;
  pinned: number;
  position: number;
  private: number;
  billable: number;
  auto_log_time: number;
  source: string;
  rrule: string | null;
  recurring_task_id: number | null;
  integration_ext_id: number | null;
  integration_source: string | null;
  toggl_user_id: number;
  archived_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

interface ProjectRow {
  id: number;
  name: string;
  color: string | null;
  private: number;
  draft: number;
  is_template: number;
  archived_at: string | null;
  client_id: number | null;
  client_name: string | null;
}

export interface ProjectLiteWithClient {
  lite: ProjectLite;
  client: ClientLite | null;
}

/**
 * `models.ProjectLite` (and the project's client) for each project id, in two statements per chunk.
 * `permissions` is empty: the local server has no per-project permission strings to report.
 * `rate` (with includeRates) is null: no billable rates exist locally.
 */
export function loadProjectLites(
  db: Db,
  projectIds: readonly number[],
  opts: { includeRates?: boolean } = {},
): Map<number, ProjectLiteWithClient> {
  const rows = selectIn<ProjectRow>(
    db,
    `SELECT p.id, p.name, p.color, p.private, p.draft, p.is_template, p.archived_at, p.client_id,
            c.name AS client_name
       FROM projects p LEFT JOIN clients c ON c.id = p.client_id
      WHERE p.id IN (__IN__)`,
    distinctIds(projectIds),
  );
  const out = new Map<number, ProjectLiteWithClient>();
  for (const p of rows) {
    const client =
      p.client_id != null && p.client_name != null ? { id: p.client_id, name: p.client_name } : null;
    const lite: ProjectLite = {
      id: p.id,
      name: p.name,
      color: p.color,
      private: p.private === 1,
      draft: p.draft === 1,
      is_template: p.is_template === 1,
      archived_at: p.archived_at,
      client,
      permissions: [],
    };
    if (opts.includeRates) lite.rate = null;
    out.set(p.id, { lite, client });
  }
  return out;
}

/** Reads the task rows for `ids` (deleted ones included: callers filter), chunked. */
export function loadTaskRows(db: Db, ids: readonly number[]): TaskRow[] {
  return selectIn<TaskRow>(db, 'SELECT * FROM tasks WHERE id IN (__IN__)', distinctIds(ids));
}

/** Assignee user ids per task, ascending. */
export function loadAssignees(db: Db, ids: readonly number[]): Map<number, number[]> {
  return idsByOwner(
    db,
    'SELECT task_id AS owner, user_id AS id FROM task_assignees WHERE task_id IN (__IN__) ORDER BY task_id, user_id',
    ids,
  );
}

/**
 * Turns task rows into `models.Task` JSON: assignees, tags, project lite, client lite, status lite, parent
 * name, booleans as booleans and dates as stored. A constant number of statements per 500 ids.
 */
export function loadTaskModels(
  db: Db,
  ids: readonly number[],
  opts: { includeRates?: boolean } = {},
): Map<number, TaskModel> {
  const rows = loadTaskRows(db, ids);
  return modelsFromRows(db, rows, opts);
}

/** As loadTaskModels, for rows already read (keeps the row order in the map). */
export function modelsFromRows(
  db: Db,
  rows: readonly TaskRow[],
  opts: { includeRates?: boolean } = {},
): Map<number, TaskModel> {
  const taskIds = rows.map((r) => r.id);
  const assignees = loadAssignees(db, taskIds);

  const tagRows = selectIn<{ task_id: number; id: number; name: string; color: string | null }>(
    db,
    `SELECT tt.task_id, t.id, t.name, t.color FROM task_tags tt JOIN tags t ON t.id = tt.tag_id
      WHERE tt.task_id IN (__IN__) ORDER BY tt.task_id, t.id`,
    taskIds,
  );
  const tags = new Map<number, TagLite[]>();
  for (const t of tagRows) pushTo(tags, t.task_id, { id: t.id, name: t.name, color: t.color });

  const projects = loadProjectLites(db, distinctIds(rows.map((r) => r.project_id)), opts);

  const statusRows = selectIn<{ id: number; name: string; type: StatusLite['type']; emoji: string | null }>(
    db,
    'SELECT id, name, type, emoji FROM statuses WHERE id IN (__IN__)',
    distinctIds(rows.map((r) => r.status_id)),
  );
  const statuses = new Map(statusRows.map((s) => [s.id, s]));

  const parentRows = selectIn<{ id: number; name: string }>(
    db,
    'SELECT id, name FROM tasks WHERE id IN (__IN__)',
    distinctIds(rows.map((r) => r.parent_task_id)),
  );
  const parentNames = new Map(parentRows.map((p) => [p.id, p.name]));

  const out = new Map<number, TaskModel>();
  for (const r of rows) {
    const project = r.project_id != null ? projects.get(r.project_id) : undefined;
    const userIds = assignees.get(r.id) ?? [];
    const taskTags = tags.get(r.id) ?? [];
    out.set(r.id, {
      id: r.id,
      workspace_id: r.workspace_id,
      name: r.name,
      description: r.description,
      notes: r.notes,
      color: r.color,
      allocation_unit: r.allocation_unit as TaskModel['allocation_unit'],
      estimate_type: r.estimate_type as TaskModel['estimate_type'],
      estimated_mins: r.estimated_mins,
      is_template: false,
      pinned: r.pinned === 1,
      position: r.position,
      priority: r.priority as TaskModel['priority'],
      priority_at: r.priority_at,
      private: r.private === 1,
      billable: r.billable === 1,
      auto_log_time: r.auto_log_time === 1,
      source: r.source,
      rrule: r.rrule,
      recurring_task_id: r.recurring_task_id,
      status_id: r.status_id,
      status: statuses.get(r.status_id) ?? null,
      status_updated_at: r.status_updated_at,
      start_date: r.start_date,
      end_date: r.end_date,
      project_id: r.project_id,
      project: project?.lite ?? null,
      client: project?.client ?? null,
      parent_task_id: r.parent_task_id,
      parent_task_name: r.parent_task_id != null ? (parentNames.get(r.parent_task_id) ?? null) : null,
      assignee_user_ids: userIds,
      assignees: userIds.map((uid) => ({ id: uid, type: 'user' as const })),
      tag_ids: taskTags.map((t) => t.id),
      tags: taskTags,
      toggl_user_id: r.toggl_user_id,
      archived_at: r.archived_at,
      deleted_at: r.deleted_at,
      created_at: r.created_at,
      updated_at: r.updated_at,
    });
  }
  return out;
}
