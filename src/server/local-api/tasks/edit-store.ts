import type { TaskPatch, TaskUpdate } from '@/api/task-edit';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { reconcileLanes } from '../task-groups/lanes-store';
import { settleLanes } from './lanes-settle';
import type { TaskRow } from './model-store';
import { checkParent, validateRefs } from './refs-store';

const WRITABLE = [
  'name',
  'description',
  'notes',
  'color',
  'project_id',
  'parent_task_id',
  'status_id',
  'priority',
  'priority_at',
  'start_date',
  'end_date',
  'estimated_mins',
  'estimate_type',
  'allocation_unit',
  'pinned',
  'position',
  'private',
  'billable',
  'auto_log_time',
  'rrule',
  'recurring_task_id',
] as const;
type Column = (typeof WRITABLE)[number];
type Columns = Partial<Record<Column, unknown>>;

/** A change to one task: its columns, and its assignees and tags when the payload names them. */
export interface TaskChange {
  cols: Columns;
  assignees?: readonly number[];
  tags?: readonly number[];
  /** What the payload references, checked before anything is written. */
  refs: TaskPatch | TaskUpdate;
}

const bool = (v: boolean | null | undefined) => (v == null ? v : v ? 1 : 0);

/**
 * PATCH: absent keys stay as they are, null clears. Columns that cannot be empty take their default on null
 * (position 0, allocation unit flat, no auto logging). Custom fields and outbound sync do not exist locally.
 */
export function patchChange(p: TaskPatch): TaskChange {
  const cols: Columns = {
    name: p.name,
    description: p.description,
    notes: p.notes,
    color: p.color,
    project_id: p.project_id,
    parent_task_id: p.parent_task_id,
    status_id: p.status_id,
    priority: p.priority,
    priority_at: p.priority_at,
    start_date: p.start_date,
    end_date: p.end_date,
    estimated_mins: p.estimated_mins,
    estimate_type: p.estimate_type,
    allocation_unit: p.allocation_unit === null ? 'flat' : p.allocation_unit,
    pinned: bool(p.pinned),
    position: p.position === null ? 0 : p.position,
    private: bool(p.private),
    billable: bool(p.billable),
    auto_log_time: p.auto_log_time === null ? 0 : bool(p.auto_log_time),
    rrule: p.rrule,
    recurring_task_id: p.recurring_task_id,
  };
  for (const key of Object.keys(cols) as Column[]) if (cols[key] === undefined) delete cols[key];
  return {
    cols,
    assignees: p.assignee_user_ids === undefined ? undefined : (p.assignee_user_ids ?? []),
    tags: p.tag_ids === undefined ? undefined : (p.tag_ids ?? []),
    refs: p,
  };
}

/** PUT replaces the task: what the payload leaves out goes back to its default (as on create). */
export function replaceChange(u: TaskUpdate): TaskChange {
  return {
    cols: {
      name: u.name,
      status_id: u.status_id,
      description: u.description ?? null,
      notes: u.notes ?? null,
      color: u.color ?? null,
      project_id: u.project_id ?? null,
      parent_task_id: u.parent_task_id ?? null,
      priority: u.priority ?? 'none',
      start_date: u.start_date ?? null,
      end_date: u.end_date ?? null,
      estimated_mins: u.estimated_mins ?? null,
      estimate_type: u.estimate_type ?? 'total',
      allocation_unit: u.allocation_unit ?? 'flat',
      pinned: bool(u.pinned ?? false),
      position: u.position ?? 0,
      private: bool(u.private ?? false),
      billable: bool(u.billable ?? false),
      auto_log_time: bool(u.auto_log_time ?? false),
      rrule: u.rrule ?? null,
      recurring_task_id: u.recurring_task_id ?? null,
    },
    assignees: u.assignee_user_ids ?? [],
    tags: u.tag_ids ?? [],
    refs: u,
  };
}

/**
 * Applies a change to a task the caller may see, inside the caller's transaction: references and the
 * resulting date order are checked first (a 400 naming the field, `prefix` saying which bulk item), then the
 * row, its assignees and tags are written, `updated_at` moves on, and the task's lanes follow its new groups
 * and dates.
 */
export function applyChange(db: Db, scope: WorkspaceScope, row: TaskRow, c: TaskChange, prefix = ''): void {
  validateRefs(db, scope, c.refs, prefix);
  checkParent(db, row.id, c.cols.parent_task_id as number | null | undefined, prefix);
  const start = 'start_date' in c.cols ? c.cols.start_date : row.start_date;
  const end = 'end_date' in c.cols ? c.cols.end_date : row.end_date;
  if (typeof start === 'string' && typeof end === 'string' && start > end)
    throw badRequest(`${prefix}end_date: start_date must not be after end_date`);

  const now = nowIso();
  // Column names go into the SQL text: only whitelisted ones (values are bound).
  const keys = (Object.keys(c.cols) as Column[]).filter((k) => WRITABLE.includes(k));
  const sets = [...keys.map((k) => `${k} = ?`), 'updated_at = later_stamp(updated_at, ?)'];
  const args = [...keys.map((k) => c.cols[k]), now];
  if (c.cols.status_id !== undefined && c.cols.status_id !== row.status_id) {
    sets.push('status_updated_at = ?');
    args.push(now);
  }
  db.prepare(`UPDATE tasks SET ${sets.join(', ')} WHERE id = ?`).run(...args, row.id);
  if (c.assignees) {
    db.prepare('DELETE FROM task_assignees WHERE task_id = ?').run(row.id);
    const ins = db.prepare('INSERT INTO task_assignees (task_id, user_id) VALUES (?, ?)');
    for (const user of c.assignees) ins.run(row.id, user);
    reconcileLanes(db, row.id, 'users');
  }
  if (c.tags) {
    db.prepare('DELETE FROM task_tags WHERE task_id = ?').run(row.id);
    const ins = db.prepare('INSERT INTO task_tags (task_id, tag_id) VALUES (?, ?)');
    for (const tag of c.tags) ins.run(row.id, tag);
    reconcileLanes(db, row.id, 'tags');
  }
  if ('project_id' in c.cols) reconcileLanes(db, row.id, 'projects');
  if (start !== row.start_date || end !== row.end_date) settleLanes(db, row.id);
}
