import type { Milestone, MilestonePatch, MilestonePayload } from '@/api/milestone';
import type { DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';

/**
 * One milestone write, as pure data (the history keeps a write and the write that undoes it). Create's undo
 * is a delete of the id the server gave it; a delete's undo is a restore, which brings back the same
 * milestone (so a redo of a create is a restore too, never a second create).
 */
export type MilestoneWrite =
  | { op: 'create'; tempId: number; body: MilestonePayload }
  | { op: 'patch'; id: number; patch: MilestonePatch }
  | { op: 'delete'; id: number }
  | { op: 'restore'; milestone: Milestone };

export interface MilestoneRequest {
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

/** The one request of a write. */
export function milestoneRequest(
  scope: Pick<WorkspaceScope, 'workspaceId'>,
  w: MilestoneWrite,
): MilestoneRequest {
  const base = `/workspaces/${scope.workspaceId}/milestones`;
  switch (w.op) {
    case 'create':
      return { method: 'POST', path: base, body: w.body };
    case 'patch':
      return { method: 'PATCH', path: `${base}/${w.id}`, body: w.patch };
    case 'delete':
      return { method: 'DELETE', path: `${base}/${w.id}` };
    case 'restore':
      return { method: 'PATCH', path: `${base}/${w.milestone.id}/restore` };
  }
}

/** A milestone with a patch applied, as the server stores it (null clears `completed_at`). */
export function patched(m: Milestone, patch: MilestonePatch): Milestone {
  const out: Milestone = { ...m };
  if (patch.name !== undefined) out.name = patch.name;
  if (patch.color !== undefined) out.color = patch.color ?? m.color;
  if (patch.due_date !== undefined) out.due_date = patch.due_date;
  if (patch.completed_at !== undefined) out.completed_at = patch.completed_at;
  return out;
}

/** The patch that puts back what `patch` changes of `m`. */
export function inversePatch(m: Milestone, patch: MilestonePatch): MilestonePatch {
  const back: MilestonePatch = {};
  if (patch.name !== undefined) back.name = m.name;
  if (patch.due_date !== undefined) back.due_date = m.due_date;
  if (patch.completed_at !== undefined) back.completed_at = m.completed_at ?? null;
  return back;
}

const byDue = (a: Milestone, b: Milestone) =>
  a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : a.id - b.id;

/**
 * A cached window's milestones after a write: what the browser shows at once, before the answer. A
 * milestone moved out of the window leaves it; `created` is the new milestone (its temporary id) for a create.
 */
export function applyToWindow(
  list: readonly Milestone[],
  range: DayRange,
  w: MilestoneWrite,
  created?: Milestone,
): Milestone[] {
  const inRange = (m: Milestone) => m.due_date >= range.start && m.due_date <= range.end;
  let out = [...list];
  if (w.op === 'create' && created) out.push(created);
  if (w.op === 'patch') out = out.map((m) => (m.id === w.id ? patched(m, w.patch) : m));
  if (w.op === 'delete') out = out.filter((m) => m.id !== w.id);
  if (w.op === 'restore' && !out.some((m) => m.id === w.milestone.id)) out.push(w.milestone);
  return out.filter(inRange).sort(byDue);
}

/** The milestone a create shows before the server answers (a negative id: not yet writable). */
export function draftMilestone(tempId: number, workspaceId: number, body: MilestonePayload): Milestone {
  return {
    id: tempId,
    workspace_id: workspaceId,
    name: body.name,
    color: body.color,
    due_date: body.due_date,
    created_at: new Date().toISOString(),
    completed_at: body.completed_at ?? null,
  };
}

/** A write with its inverse and words, ready for the mutation (see use-milestone-writes). */
export interface MilestoneChange {
  write: MilestoneWrite;
  inverse: MilestoneWrite;
  label: string;
  what: string;
}

const quoted = (m: Pick<Milestone, 'name'>) => `“${m.name}”`;

/** One PATCH of the fields that differ; null when nothing does. */
export function editOf(
  m: Milestone,
  patch: MilestonePatch,
  label: string,
  what: string,
): MilestoneChange | null {
  const changed: MilestonePatch = {};
  if (patch.name !== undefined && patch.name !== m.name) changed.name = patch.name;
  if (patch.due_date !== undefined && patch.due_date !== m.due_date) changed.due_date = patch.due_date;
  if (patch.completed_at !== undefined && !patch.completed_at !== !m.completed_at)
    changed.completed_at = patch.completed_at;
  if (!Object.keys(changed).length) return null;
  return {
    write: { op: 'patch', id: m.id, patch: changed },
    inverse: { op: 'patch', id: m.id, patch: inversePatch(m, changed) },
    label,
    what,
  };
}

export const moveOf = (m: Milestone, due: string, dayName: string) =>
  editOf(m, { due_date: due }, `Moved milestone ${quoted(m)} to ${dayName}`, 'Moving the milestone');

export const renameOf = (m: Milestone, name: string) =>
  editOf(m, { name }, `Renamed milestone ${quoted(m)} to “${name}”`, 'Renaming the milestone');

/** Completing stamps the time (whole seconds, UTC); reopening clears it. */
export const completeOf = (m: Milestone, done: boolean, now = new Date()) =>
  editOf(
    m,
    { completed_at: done ? now.toISOString().replace(/\.\d+Z$/, 'Z') : null },
    `${done ? 'Completed' : 'Reopened'} milestone ${quoted(m)}`,
    done ? 'Completing the milestone' : 'Reopening the milestone',
  );

export const deleteOf = (m: Milestone): MilestoneChange => ({
  write: { op: 'delete', id: m.id },
  inverse: { op: 'restore', milestone: m },
  label: `Deleted milestone ${quoted(m)}`,
  what: 'Deleting the milestone',
});
