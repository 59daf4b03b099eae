import type { ProjectCreate, ProjectPatch } from '@/api/project';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { parentChain } from '../sql/ancestors';
import { placeholders } from '../sql/in-lists';
import type { ProjectRow } from './model-store';

/** Column values of a write; keys are whitelisted project columns only. */
export type ProjectColumns = Partial<Record<(typeof WRITABLE)[number], unknown>>;

const WRITABLE = [
  'name',
  'color',
  'description',
  'client_id',
  'parent_project_id',
  'private',
  'pinned',
  'billable',
  'draft',
  'is_template',
  'auto_compute_estimates',
  'completion_mode',
  'rollover_mode',
  'rrule',
  'start_date',
  'end_date',
  'estimated_mins',
  'fixed_fee_amount',
  'fixed_fee_currency',
] as const;

const bool = (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0);

/**
 * Columns of a patch: absent keys stay unchanged, null clears. `tag_ids` and `custom_fields` are not
 * columns (tags are written apart; no custom fields exist locally).
 */
export function patchColumns(p: ProjectPatch): ProjectColumns {
  const cols: ProjectColumns = {
    name: p.name?.trim(),
    color: p.color,
    description: p.description,
    client_id: p.client_id,
    parent_project_id: p.parent_project_id,
    private: bool(p.private),
    pinned: bool(p.pinned),
    billable: bool(p.billable),
    draft: bool(p.draft),
    auto_compute_estimates: bool(p.auto_compute_estimates),
    completion_mode: p.completion_mode,
    rollover_mode: p.rollover_mode,
    rrule: p.rrule,
    start_date: p.start_date,
    end_date: p.end_date,
    estimated_mins: p.estimated_mins,
  };
  if (p.fixed_fee !== undefined) {
    cols.fixed_fee_amount = p.fixed_fee?.amount ?? null;
    cols.fixed_fee_currency = p.fixed_fee?.currency ?? null;
  }
  for (const key of Object.keys(cols) as (keyof ProjectColumns)[])
    if (cols[key] === undefined) delete cols[key];
  return cols;
}

/** Columns of a full payload (POST, and PUT which replaces the project): absent fields get their defaults. */
export function payloadColumns(p: ProjectCreate): ProjectColumns {
  return {
    name: p.name.trim(),
    color: p.color ?? null,
    description: p.description ?? null,
    client_id: p.client_id ?? null,
    parent_project_id: p.parent_project_id ?? null,
    private: bool(p.private ?? false),
    pinned: bool(p.pinned ?? false),
    billable: bool(p.billable ?? false),
    draft: bool(p.draft ?? false),
    is_template: bool(p.is_template ?? false),
    auto_compute_estimates: bool(p.auto_compute_estimates ?? false),
    completion_mode: p.completion_mode ?? 'manual',
    rollover_mode: p.rollover_mode ?? 'expire',
    rrule: p.rrule ?? null,
    start_date: p.start_date ?? null,
    end_date: p.end_date ?? null,
    estimated_mins: p.estimated_mins ?? null,
    fixed_fee_amount: p.fixed_fee?.amount ?? null,
    fixed_fee_currency: p.fixed_fee?.currency ?? null,
  };
}

/**
 * Checks what the schema cannot: referenced client, parent and tags live in the workspace (and the parent is
 * visible), the parent chain has no cycle, and the resulting dates are ordered. 400 on any failure.
 */
export function checkReferences(
  db: Db,
  scope: WorkspaceScope,
  cols: ProjectColumns,
  tagIds: readonly number[] | undefined,
  current?: ProjectRow,
): void {
  if (typeof cols.client_id === 'number') {
    const ok = db
      .prepare('SELECT 1 FROM clients WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL')
      .get(cols.client_id, scope.workspaceId);
    if (!ok) throw badRequest(`client_id ${cols.client_id} does not exist in the workspace`);
  }
  if (typeof cols.parent_project_id === 'number') {
    const parent = cols.parent_project_id;
    if (current && parent === current.id) throw badRequest('a project cannot be its own parent');
    const ok = db
      .prepare(
        `SELECT 1 FROM projects p WHERE p.id = ? AND p.workspace_id = ? AND p.deleted_at IS NULL
          AND ${projectVisibleSql('p', scope)}`,
      )
      .get(parent, scope.workspaceId, ...projectVisibleArgs(scope));
    if (!ok) throw badRequest(`parent_project_id ${parent} does not exist in the workspace`);
    if (current && parentChain(db, 'projects', parent).includes(current.id)) {
      throw badRequest('parent_project_id would make the project its own ancestor');
    }
  }
  if (tagIds?.length) {
    const found = db
      .prepare(
        `SELECT id FROM tags WHERE workspace_id = ? AND deleted_at IS NULL AND id IN (${placeholders(tagIds.length)})`,
      )
      .all(scope.workspaceId, ...tagIds) as { id: number }[];
    const known = new Set(found.map((t) => t.id));
    const missing = tagIds.find((t) => !known.has(t));
    if (missing !== undefined) throw badRequest(`tag_id ${missing} does not exist in the workspace`);
  }
  const start = 'start_date' in cols ? cols.start_date : current?.start_date;
  const end = 'end_date' in cols ? cols.end_date : current?.end_date;
  if (typeof start === 'string' && typeof end === 'string' && start > end) {
    throw badRequest('start_date must not be after end_date');
  }
}

/** Writes the columns (keys come from the whitelist above, values are bound). */
export function updateColumns(db: Db, id: number, cols: ProjectColumns, now: string): void {
  const keys = (Object.keys(cols) as (keyof ProjectColumns)[]).filter((k) => WRITABLE.includes(k));
  const sets = [...keys.map((k) => `${k} = ?`), 'updated_at = later_stamp(updated_at, ?)'];
  db.prepare(`UPDATE projects SET ${sets.join(', ')} WHERE id = ?`).run(...keys.map((k) => cols[k]), now, id);
}

/** Inserts a project row and returns its id. */
export function insertProject(
  db: Db,
  workspaceId: number,
  creatorId: number,
  cols: ProjectColumns,
  now: string,
): number {
  const keys = (Object.keys(cols) as (keyof ProjectColumns)[]).filter((k) => WRITABLE.includes(k));
  const info = db
    .prepare(
      `INSERT INTO projects (workspace_id, toggl_user_id, created_at, updated_at, ${keys.join(', ')})
       VALUES (?, ?, ?, ?, ${placeholders(keys.length)})`,
    )
    .run(workspaceId, creatorId, now, now, ...keys.map((k) => cols[k]));
  return Number(info.lastInsertRowid);
}

/** Replaces the project's tags. */
export function replaceTags(db: Db, id: number, tagIds: readonly number[]): void {
  db.prepare('DELETE FROM project_tags WHERE project_id = ?').run(id);
  const ins = db.prepare('INSERT INTO project_tags (project_id, tag_id) VALUES (?, ?)');
  for (const tag of tagIds) ins.run(id, tag);
}
