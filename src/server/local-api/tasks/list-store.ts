import { DEFAULT_PER_PAGE } from '@/api/common';
import type { TaskListQuery } from '@/api/task';
import type { Db } from '../db/open';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { WorkspaceScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { Where } from '../sql/where';
import {
  assignedToGroupMembers,
  dateFilters,
  idsOrNone,
  inList,
  linkedOrNone,
  LIVE_BLOCK,
  nameContains,
} from './filters';
import { orderSql } from './list-order';

const DONE_STATUS = `(SELECT s.type FROM statuses s WHERE s.id = t.status_id) = 'done'`;

/** FROM clause shared by the task queries: the task and its (optional) project. */
const TASK_FROM = 'FROM tasks t LEFT JOIN projects p ON p.id = t.project_id';

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
function listWhere(scope: WorkspaceScope, q: TaskListQuery): Where {
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

/** One page of GET /tasks: the task ids in order and the total of the filtered list. */
export function listPage(db: Db, scope: WorkspaceScope, q: TaskListQuery) {
  const page = q.page ?? 1;
  const perPage = q.per_page ?? DEFAULT_PER_PAGE;
  const where = listWhere(scope, q);
  const total = (
    db.prepare(`SELECT COUNT(*) AS n ${TASK_FROM} WHERE ${where.sql()}`).get(...where.args) as { n: number }
  ).n;
  const ids = db
    .prepare(
      `SELECT t.id ${TASK_FROM} WHERE ${where.sql()} ORDER BY ${orderSql(q.order_by)} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...where.args, perPage, (page - 1) * perPage) as number[];
  return { ids, page, perPage, total };
}
