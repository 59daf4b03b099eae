import type { OrderTerm } from '@/api/common';
import type { TaskListQuery } from '@/api/task';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { WorkspaceScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import {
  assignedToGroupMembers,
  dateFilters,
  idsOrNone,
  inList,
  linkedOrNone,
  nameContains,
  Where,
} from './where';

/** Live (not deleted, not archived) time blocks of task `t`. */
const LIVE_BLOCK = 'b.task_id = t.id AND b.deleted_at IS NULL AND b.archived_at IS NULL';
const DONE_STATUS = `(SELECT s.type FROM statuses s WHERE s.id = t.status_id) = 'done'`;

/** FROM clause shared by the task queries: the task and its (optional) project. */
export const TASK_FROM = 'FROM tasks t LEFT JOIN projects p ON p.id = t.project_id';

/**
 * Conditions every task read starts from: the workspace, not deleted, its project (if any) not deleted and
 * visible to the caller.
 */
export function baseWhere(scope: WorkspaceScope): Where {
  return new Where()
    .add('t.workspace_id = ? AND t.deleted_at IS NULL', scope.workspaceId)
    .add('t.project_id IS NULL OR p.deleted_at IS NULL')
    .add(`t.project_id IS NULL OR ${projectVisibleSql('p', scope)}`, ...projectVisibleArgs(scope));
}

/** WHERE of GET /tasks for the query (every OpenAPI filter the local schema can answer). */
export function listWhere(scope: WorkspaceScope, q: TaskListQuery): Where {
  const w = baseWhere(scope);
  // archived: omitted = live tasks only, true = only archived, false = only live.
  w.add(q.archived ? 't.archived_at IS NOT NULL' : 't.archived_at IS NULL');
  if (!q.include_project_completed) w.add('t.project_id IS NULL OR p.completed_at IS NULL');
  if (!q.include_drafts) w.add('t.project_id IS NULL OR p.draft = 0');
  if (q.pinned !== undefined) w.add('t.pinned = ?', q.pinned ? 1 : 0);
  if (q.private !== undefined) w.add('t.private = ?', q.private ? 1 : 0);
  inList(w, 't.status_id', q.status_id);
  if (q.toggl_user_id !== undefined) w.add('t.toggl_user_id = ?', q.toggl_user_id);
  nameContains(w, q.name);
  // No time entries exist locally: "has" matches nothing, "has not" everything.
  if (q.has_time_entries !== undefined) w.add(q.has_time_entries ? '0' : '1');
  if (q.has_time_blocks !== undefined) {
    w.add(`${q.has_time_blocks ? '' : 'NOT '}EXISTS (SELECT 1 FROM time_blocks b WHERE ${LIVE_BLOCK})`);
  }
  if (q.has_dates !== undefined) {
    w.add(
      q.has_dates
        ? 't.start_date IS NOT NULL OR t.end_date IS NOT NULL'
        : 't.start_date IS NULL AND t.end_date IS NULL',
    );
  }
  idsOrNone(w, 't.project_id', q.project_id);
  idsOrNone(w, 't.parent_task_id', q.parent_task_id);
  idsOrNone(w, 'p.client_id', q.client_id);
  dateFilters(w, q);
  if (q.estimated_mins_min !== undefined) w.add('t.estimated_mins >= ?', q.estimated_mins_min);
  if (q.estimated_mins_max !== undefined) w.add('t.estimated_mins <= ?', q.estimated_mins_max);
  inList(w, 't.source', q.source);
  inList(w, 't.priority', q.priority);
  // A user priority is a task put on a day's priority list (priority_at set).
  if (q.is_priority !== undefined)
    w.add(q.is_priority ? 't.priority_at IS NOT NULL' : 't.priority_at IS NULL');
  stateFilter(w, q.state);
  blockFilter(w, q);
  linkedOrNone(w, 'task_assignees', 'user_id', q.assignee_user_id);
  linkedOrNone(w, 'task_tags', 'tag_id', q.tag_id);
  // Focus teams are the Track groups locally; no team assignments exist, so "none" adds nothing.
  if (q.team_id && !q.team_id.includeNone) assignedToGroupMembers(w, q.team_id.ids);
  if (q.assignee_team_id) assignedToGroupMembers(w, q.assignee_team_id);
  if (q.recurring !== undefined) w.add(q.recurring ? 't.rrule IS NOT NULL' : 't.rrule IS NULL');
  inList(w, 't.recurring_task_id', q.recurring_task_ids);
  // Ghost assignees do not exist locally: filtering by ghost ids matches no task.
  if (q.assignee_ghost_id && q.assignee_ghost_id.ids.length && !q.assignee_ghost_id.includeNone) w.add('0');
  return w;
}

/** `state`: several states match tasks in any of them. Nothing is ever tracked locally. */
function stateFilter(w: Where, states: TaskListQuery['state']): void {
  if (!states || states.length === 0) return;
  const hasBlock = `EXISTS (SELECT 1 FROM time_blocks b WHERE ${LIVE_BLOCK})`;
  const parts = states.map((s) => {
    switch (s) {
      case 'timeblocked':
        return hasBlock;
      case 'not_timeblocked':
        return `NOT ${hasBlock}`;
      case 'tracked':
        return '0';
      case 'not_tracked':
        return '1';
      case 'active':
        return `NOT ${DONE_STATUS}`;
      case 'done':
        return DONE_STATUS;
    }
  });
  w.add(parts.join(' OR '));
}

/** Time-block filters apply to one block together: "has a block that starts in range and is completed". */
function blockFilter(w: Where, q: TaskListQuery): void {
  const conds: string[] = [LIVE_BLOCK];
  const args: unknown[] = [];
  if (q.timeblock_start_from !== undefined) {
    conds.push('b.start_ts >= ?');
    args.push(Math.floor(Date.parse(q.timeblock_start_from) / 1000));
  }
  if (q.timeblock_start_until !== undefined) {
    conds.push('b.start_ts <= ?');
    args.push(Math.floor(Date.parse(q.timeblock_start_until) / 1000));
  }
  if (q.time_block_id && q.time_block_id.length) {
    conds.push(`b.id IN (${placeholders(q.time_block_id.length)})`);
    args.push(...q.time_block_id);
  }
  if (q.time_block_completed !== undefined) {
    conds.push(q.time_block_completed ? 'b.completed_at IS NOT NULL' : 'b.completed_at IS NULL');
  }
  if (conds.length === 1) return;
  w.add(`EXISTS (SELECT 1 FROM time_blocks b WHERE ${conds.join(' AND ')})`, ...args);
}

type OrderField = NonNullable<TaskListQuery['order_by']>[number]['field'];

const PRIORITY_RANK = "CASE t.priority WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END";
const FIRST_BLOCK = `(SELECT MIN(b.start_ts) FROM time_blocks b WHERE ${LIVE_BLOCK})`;

/** Fixed SQL per order_by field: user input only picks among these. */
const ORDER_SQL: Record<OrderField, string> = {
  user_id: 't.toggl_user_id',
  project_id: 't.project_id',
  parent_task_id: 't.parent_task_id',
  name: 't.name COLLATE NOCASE',
  estimated_mins: 't.estimated_mins',
  priority: PRIORITY_RANK,
  priority_at: 't.priority_at',
  start_date: 't.start_date',
  end_date: 't.end_date',
  status_id: 't.status_id',
  pinned: 't.pinned',
  created_at: 't.created_at',
  updated_at: 't.updated_at',
  last_activity: 't.updated_at',
  position: 't.position',
  timeblock_start: FIRST_BLOCK,
  timeblock_now_diff: `ABS(${FIRST_BLOCK} - CAST(strftime('%s','now') AS INTEGER))`,
  billable: 't.billable',
  // No full-text ranking locally: relevance falls back to the id order.
  relevance: 't.id',
  tag_ids: '(SELECT MIN(l.tag_id) FROM task_tags l WHERE l.task_id = t.id)',
  assignees: '(SELECT MIN(l.user_id) FROM task_assignees l WHERE l.task_id = t.id)',
  // Parents followed by their sub-tasks.
  sub_tasks_grouped: 'COALESCE(t.parent_task_id, t.id), t.parent_task_id IS NOT NULL',
};

/** ORDER BY for the terms (default: id), always ending with the id so pages are stable. */
export function orderSql(terms: readonly OrderTerm<OrderField>[] | undefined): string {
  const parts = (terms ?? []).map((term) =>
    ORDER_SQL[term.field]
      .split(', ')
      .map((expr) => `${expr} ${term.desc ? 'DESC' : 'ASC'}`)
      .join(', '),
  );
  parts.push('t.id ASC');
  return parts.join(', ');
}
