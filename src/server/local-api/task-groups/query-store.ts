import type { TaskGroupsQuery, TaskGroupType } from '@/api/task-group';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { Where } from '../sql/where';
import {
  assignedToGroupMembers,
  dateFilters,
  idsOrNone,
  inList,
  linkedOrNone,
  nameContains,
} from '../tasks/filters';

/** A candidate group: its entity id and the name it sorts by. */
export interface GroupCandidate {
  id: number;
  name: string | null;
}

/** One (task, group) membership with what a task-group entry needs from the task row. */
export interface MemberRow {
  gkey: number;
  weight: number | null;
  visible: number;
  id: number;
  name: string;
  project_id: number | null;
  parent_task_id: number | null;
  parent_name: string | null;
  status_id: number;
  start_date: string;
  end_date: string;
  color: string | null;
  private: number;
  source: string;
  created_at: string;
  estimated_mins: number | null;
  estimate_type: string;
  allocation_unit: string;
}

/**
 * The entities a grouping pages over: active organization users who are workspace members, live visible
 * projects, or live tags, narrowed by a filter on the grouping's own dimension (and by teams for users).
 * Ids are entity ids (>= 1); the no-assignee group (id 0) is not one of them (see read-store.ts).
 */
export function candidateGroups(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  q: TaskGroupsQuery,
): GroupCandidate[] {
  const w = new Where();
  let sql: string;
  if (type === 'users') {
    sql = `SELECT u.id, u.fullname AS name FROM organization_users ou
             JOIN workspace_users wu ON wu.user_id = ou.user_id AND wu.workspace_id = ?
             JOIN users u ON u.id = ou.user_id`;
    w.add('ou.organization_id = ? AND ou.deleted_at IS NULL AND ou.active = 1', scope.organizationId);
    w.args.unshift(scope.workspaceId);
    if (q.assignee_user_id) inList(w, 'u.id', q.assignee_user_id.ids.length ? q.assignee_user_id.ids : [0]);
    const teams = [...(q.team_id?.ids ?? []), ...(q.group_id ?? [])];
    if (teams.length) {
      w.add(
        `u.id IN (SELECT user_id FROM group_users WHERE group_id IN (${placeholders(teams.length)}))`,
        ...teams,
      );
    }
  } else if (type === 'projects') {
    sql = 'SELECT p.id, p.name FROM projects p';
    w.add(
      'p.workspace_id = ? AND p.deleted_at IS NULL AND p.archived_at IS NULL AND p.is_template = 0',
      scope.workspaceId,
    );
    if (!q.include_drafts) w.add('p.draft = 0');
    w.add(projectVisibleSql('p', scope), ...projectVisibleArgs(scope));
    if (q.project_id) inList(w, 'p.id', q.project_id.ids.length ? q.project_id.ids : [0]);
  } else {
    sql = 'SELECT g.id, g.name FROM tags g';
    w.add('g.workspace_id = ? AND g.deleted_at IS NULL', scope.workspaceId);
    if (q.tag_id) inList(w, 'g.id', q.tag_id.ids.length ? q.tag_id.ids : [0]);
  }
  return db.prepare(`${sql} WHERE ${w.sql()}`).all(...w.args) as GroupCandidate[];
}

const KEY_JOIN: Record<TaskGroupType, { join: string; key: string }> = {
  users: { join: 'LEFT JOIN task_assignees gm ON gm.task_id = t.id', key: 'COALESCE(gm.user_id, 0)' },
  tags: { join: 'LEFT JOIN task_tags gm ON gm.task_id = t.id', key: 'COALESCE(gm.tag_id, 0)' },
  projects: { join: '', key: 'COALESCE(t.project_id, 0)' },
};

/**
 * Every (task, group) pair matching the filters with the task's lane weight, in one statement. Tasks of
 * private projects the caller cannot see are kept (flagged `visible = 0`) so the caller can mask them.
 */
export function memberRows(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  q: TaskGroupsQuery,
  onlyKeys?: number[],
): MemberRow[] {
  const { sql, args } = memberSelect(scope, type, q, onlyKeys, false);
  return db.prepare(sql).all(...args) as MemberRow[];
}

/** The group keys that hold at least one matching task (for `exclude_empty`), without reading the tasks. */
export function nonEmptyKeys(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  q: TaskGroupsQuery,
): Set<number> {
  const { sql, args } = memberSelect(scope, type, q, undefined, true);
  return new Set((db.prepare(sql).all(...args) as { gkey: number }[]).map((r) => r.gkey));
}

function memberSelect(
  scope: WorkspaceScope,
  type: TaskGroupType,
  q: TaskGroupsQuery,
  onlyKeys: number[] | undefined,
  keysOnly: boolean,
): { sql: string; args: unknown[] } {
  const w = new Where()
    .add('t.workspace_id = ? AND t.deleted_at IS NULL AND t.archived_at IS NULL', scope.workspaceId)
    // Only dated tasks are bars on a timeline (entries require both dates).
    .add('t.start_date IS NOT NULL AND t.end_date IS NOT NULL')
    .add('t.project_id IS NULL OR (p.deleted_at IS NULL AND p.is_template = 0)');
  if (!q.include_drafts) w.add('t.project_id IS NULL OR p.draft = 0');
  inList(w, 't.source', q.source);
  if (q.priority !== undefined) w.add('t.priority = ?', q.priority);
  inList(w, 't.status_id', q.status_id);
  idsOrNone(w, 't.project_id', q.project_id);
  idsOrNone(w, 'p.client_id', q.client_id);
  linkedOrNone(w, 'task_assignees', 'user_id', q.assignee_user_id);
  linkedOrNone(w, 'task_tags', 'tag_id', q.tag_id);
  // Focus teams are the Track groups locally (no team assignments exist, so "none" adds nothing).
  if (q.team_id && !q.team_id.includeNone) assignedToGroupMembers(w, q.team_id.ids);
  if (q.group_id) assignedToGroupMembers(w, q.group_id);
  // No user tags exist locally: filtering by one matches no task.
  if (q.user_tag_id?.length) w.add('0');
  inList(w, 't.toggl_user_id', q.creator_id);
  nameContains(w, q.name);
  dateFilters(w, q);
  if (q.private !== undefined) w.add('COALESCE(p.private, 0) = ?', q.private ? 1 : 0);
  if (q.min_days !== undefined) w.add('julianday(t.end_date) - julianday(t.start_date) + 1 >= ?', q.min_days);

  const { join, key } = KEY_JOIN[type];
  // Paging is over groups: reading only the page's groups keeps a page's cost independent of the others.
  if (onlyKeys) w.add(`${key} IN (${placeholders(onlyKeys.length)})`, ...onlyKeys);
  if (keysOnly) {
    const sql = `SELECT DISTINCT ${key} AS gkey FROM tasks t LEFT JOIN projects p ON p.id = t.project_id ${join}
                  WHERE ${w.sql()}`;
    return { sql, args: w.args };
  }
  const visible = `CASE WHEN t.project_id IS NULL OR ${projectVisibleSql('p', scope)} THEN 1 ELSE 0 END`;
  const sql = `SELECT ${key} AS gkey, tl.weight, ${visible} AS visible, t.id, t.name, t.project_id, t.parent_task_id,
                      pt.name AS parent_name, t.status_id, t.start_date, t.end_date, t.color, t.private, t.source,
                      t.created_at, t.estimated_mins, t.estimate_type, t.allocation_unit
                 FROM tasks t LEFT JOIN projects p ON p.id = t.project_id
                 LEFT JOIN tasks pt ON pt.id = t.parent_task_id AND pt.deleted_at IS NULL
                 ${join}
                 LEFT JOIN task_lanes tl ON tl.task_id = t.id AND tl.group_type = ? AND tl.group_key = ${key}
                WHERE ${w.sql()}
                ORDER BY t.start_date, t.id`;
  return { sql, args: [...projectVisibleArgs(scope), type, ...w.args] };
}
