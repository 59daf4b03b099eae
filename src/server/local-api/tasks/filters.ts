import type { IdsOrNone } from '@/api/common';
import type { Where } from '../sql/where';
import { placeholders } from '../sql/in-lists';
import { containsPattern } from '../sql/like';

/** Live (not deleted, not archived) time blocks of task `t` (alias `b`). */
export const LIVE_BLOCK = 'b.task_id = t.id AND b.deleted_at IS NULL AND b.archived_at IS NULL';

/** `col IN (ids)`, or also `col IS NULL` when the empty value ("none") was listed. */
export function idsOrNone(w: Where, column: string, f: IdsOrNone | undefined): void {
  if (!f) return;
  const parts: string[] = [];
  if (f.ids.length) parts.push(`${column} IN (${placeholders(f.ids.length)})`);
  if (f.includeNone) parts.push(`${column} IS NULL`);
  w.add(parts.length ? parts.join(' OR ') : '0', ...f.ids);
}

/**
 * Membership through a link table (assignees, tags): tasks linked to one of `ids`, or (with "none") tasks
 * with no link at all. `linkSql` is a fixed subquery head selecting from the link table for `t.id`.
 */
export function linkedOrNone(
  w: Where,
  table: 'task_assignees' | 'task_tags',
  column: string,
  f: IdsOrNone | undefined,
) {
  if (!f) return;
  const parts: string[] = [];
  if (f.ids.length) {
    parts.push(
      `EXISTS (SELECT 1 FROM ${table} l WHERE l.task_id = t.id AND l.${column} IN (${placeholders(f.ids.length)}))`,
    );
  }
  if (f.includeNone) parts.push(`NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.task_id = t.id)`);
  w.add(parts.length ? parts.join(' OR ') : '0', ...f.ids);
}

/** `col IN (values)` for a non-empty list; an explicit empty list matches nothing. */
export function inList(w: Where, column: string, values: readonly (string | number)[] | undefined): void {
  if (!values) return;
  if (values.length === 0) return;
  w.add(`${column} IN (${placeholders(values.length)})`, ...values);
}

/** Tasks assigned to a member of one of the Track groups (the local stand-in for Focus teams). */
export function assignedToGroupMembers(w: Where, groupIds: readonly number[]): void {
  if (!groupIds.length) return;
  w.add(
    `EXISTS (SELECT 1 FROM task_assignees l JOIN group_users gu ON gu.user_id = l.user_id
              WHERE l.task_id = t.id AND gu.group_id IN (${placeholders(groupIds.length)}))`,
    ...groupIds,
  );
}

export interface DateFilters {
  start_date?: string;
  end_date?: string;
  start_date_from?: string;
  start_date_to?: string;
  end_date_from?: string;
  end_date_to?: string;
  dates_overlap_start?: string;
  dates_overlap_end?: string;
  active_by_date?: string;
}

/**
 * Overlap with [start_date, end_date] (either side may be open): task.start <= end AND task.end >= start.
 * A task with one date only spans that single day. Legacy filters compare one column each.
 */
export function dateFilters(w: Where, q: DateFilters): void {
  const taskStart = 'COALESCE(t.start_date, t.end_date)';
  const taskEnd = 'COALESCE(t.end_date, t.start_date)';
  const from = q.start_date ?? q.dates_overlap_start;
  const until = q.end_date ?? q.dates_overlap_end;
  if (from !== undefined) w.add(`${taskEnd} >= ?`, from);
  if (until !== undefined) w.add(`${taskStart} <= ?`, until);
  if (q.start_date && q.dates_overlap_start && q.dates_overlap_start !== q.start_date) {
    w.add(`${taskEnd} >= ?`, q.dates_overlap_start);
  }
  if (q.end_date && q.dates_overlap_end && q.dates_overlap_end !== q.end_date) {
    w.add(`${taskStart} <= ?`, q.dates_overlap_end);
  }
  if (q.start_date_from !== undefined) w.add('t.start_date >= ?', q.start_date_from);
  if (q.start_date_to !== undefined) w.add('t.start_date <= ?', q.start_date_to);
  if (q.end_date_from !== undefined) w.add('t.end_date >= ?', q.end_date_from);
  if (q.end_date_to !== undefined) w.add('t.end_date <= ?', q.end_date_to);
  if (q.active_by_date !== undefined)
    w.add(`${taskStart} <= ? AND ${taskEnd} >= ?`, q.active_by_date, q.active_by_date);
}

/** Case-insensitive substring match on the task name (LIKE wildcards in the input are literal). */
export function nameContains(w: Where, name: string | undefined): void {
  if (name === undefined || name === '') return;
  w.add(`t.name LIKE ? ESCAPE '\\'`, containsPattern(name));
}
