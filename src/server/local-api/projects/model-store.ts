import type { Project, ProjectWithAggregations } from '@/api/project';
import type { Db } from '../db/open';
import { distinctIds, pushTo, selectIn } from '../sql/in-lists';

export interface ProjectRow {
  id: number;
  workspace_id: number;
  name: string;
  color: string | null;
  description: string | null;
  client_id: number | null;
  parent_project_id: number | null;
  private: number;
  pinned: number;
  billable: number;
  draft: number;
  is_template: number;
  auto_compute_estimates: number;
  completion_mode: 'manual' | 'automatic';
  rollover_mode: 'expire' | 'carry_all' | 'carry_over';
  rrule: string | null;
  start_date: string | null;
  end_date: string | null;
  estimated_mins: number | null;
  fixed_fee_amount: number | null;
  fixed_fee_currency: string | null;
  toggl_user_id: number;
  archived_at: string | null;
  completed_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

interface LoadOptions {
  includeRates?: boolean;
}

/** Tag lites and client lite of each project, two statements per chunk. */
function loadRelations(db: Db, rows: readonly ProjectRow[]) {
  const ids = rows.map((r) => r.id);
  const tags = new Map<number, { id: number; name: string; color: string | null }[]>();
  for (const t of selectIn<{ project_id: number; id: number; name: string; color: string | null }>(
    db,
    `SELECT pt.project_id, t.id, t.name, t.color FROM project_tags pt JOIN tags t ON t.id = pt.tag_id
      WHERE pt.project_id IN (__IN__) ORDER BY t.id`,
    ids,
  )) {
    pushTo(tags, t.project_id, { id: t.id, name: t.name, color: t.color });
  }
  const clients = new Map<number, { id: number; name: string }>();
  for (const c of selectIn<{ id: number; name: string }>(
    db,
    'SELECT id, name FROM clients WHERE id IN (__IN__)',
    distinctIds(rows.map((r) => r.client_id)),
  )) {
    clients.set(c.id, c);
  }
  return { tags, clients };
}

function toProject(row: ProjectRow, rel: ReturnType<typeof loadRelations>, opts: LoadOptions): Project {
  const tags = rel.tags.get(row.id) ?? [];
  const project: Project = {
    id: row.id,
    workspace_id: row.workspace_id,
    name: row.name,
    active: row.archived_at === null,
    auto_compute_estimates: row.auto_compute_estimates === 1,
    billable: row.billable === 1,
    completion_mode: row.completion_mode,
    created_at: row.created_at,
    draft: row.draft === 1,
    is_template: row.is_template === 1,
    // The local server has no per-project permission strings to report.
    permissions: [],
    pinned: row.pinned === 1,
    private: row.private === 1,
    rollover_mode: row.rollover_mode,
    tag_ids: tags.map((t) => t.id),
    tags,
    toggl_user_id: row.toggl_user_id,
    archived_at: row.archived_at,
    client: row.client_id !== null ? (rel.clients.get(row.client_id) ?? null) : null,
    client_id: row.client_id,
    color: row.color,
    completed_at: row.completed_at,
    deleted_at: row.deleted_at,
    description: row.description,
    end_date: row.end_date,
    estimated_mins: row.estimated_mins,
    fixed_fee:
      row.fixed_fee_amount !== null && row.fixed_fee_currency !== null
        ? { amount: row.fixed_fee_amount, currency: row.fixed_fee_currency }
        : null,
    parent_project_id: row.parent_project_id,
    rrule: row.rrule,
    start_date: row.start_date,
    updated_at: row.updated_at,
  };
  // No billable rates exist locally: the rate is reported as absent when asked for.
  if (opts.includeRates) project.rate = null;
  return project;
}

/** models.Project for each row, in the rows' order. */
export function serializeProjects(db: Db, rows: readonly ProjectRow[], opts: LoadOptions = {}): Project[] {
  const rel = loadRelations(db, rows);
  return rows.map((r) => toProject(r, rel, opts));
}

/**
 * models.ProjectWithAggregations: the estimates and task count of the project's live tasks, and the
 * tracked seconds of their completed time blocks (the local stand-in for tracked time).
 */
export function serializeProjectsWithAggregations(
  db: Db,
  rows: readonly ProjectRow[],
  opts: LoadOptions = {},
): ProjectWithAggregations[] {
  const ids = rows.map((r) => r.id);
  const tasks = new Map<number, { mins: number; count: number }>();
  for (const a of selectIn<{ project_id: number; mins: number; count: number }>(
    db,
    `SELECT project_id, COALESCE(SUM(estimated_mins), 0) AS mins, COUNT(*) AS count FROM tasks
      WHERE deleted_at IS NULL AND project_id IN (__IN__) GROUP BY project_id`,
    ids,
  )) {
    tasks.set(a.project_id, a);
  }
  const tracked = new Map<number, number>();
  for (const a of selectIn<{ project_id: number; secs: number }>(
    db,
    `SELECT t.project_id, COALESCE(SUM(b.duration), 0) AS secs FROM time_blocks b JOIN tasks t ON t.id = b.task_id
      WHERE b.deleted_at IS NULL AND b.completed_at IS NOT NULL AND t.deleted_at IS NULL
        AND t.project_id IN (__IN__) GROUP BY t.project_id`,
    ids,
  )) {
    tracked.set(a.project_id, a.secs);
  }
  return serializeProjects(db, rows, opts).map((p) => ({
    ...p,
    task_estimated_mins: tasks.get(p.id)?.mins ?? 0,
    total_tasks: tasks.get(p.id)?.count ?? 0,
    total_tracked_secs: tracked.get(p.id) ?? 0,
  }));
}
