import { DEFAULT_PER_PAGE, type OrderTerm } from '@/api/common';
import type { ProjectListQuery } from '@/api/project';
import type { Db } from '../db/open';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { forbidden } from '../errors';
import type { WorkspaceScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { containsPattern } from '../sql/like';
import type { ProjectRow } from './model-store';

/** Whitelist: order_by term -> SQL expression (aliases p = project, c = client, u = creator). */
const ORDER_COLUMNS: Record<string, string> = {
  name: 'p.name COLLATE NOCASE',
  client_id: 'p.client_id',
  client_name: 'c.name COLLATE NOCASE',
  parent_project_id: 'p.parent_project_id',
  private: 'p.private',
  active: '(p.archived_at IS NULL)',
  billable: 'p.billable',
  created_at: 'p.created_at',
  updated_at: 'p.updated_at',
  toggl_user_id: 'p.toggl_user_id',
  created_by_user: 'u.fullname COLLATE NOCASE',
  pinned: 'p.pinned',
  // No search ranking exists locally; relevance falls back to the name.
  relevance: 'p.name COLLATE NOCASE',
};

/** `ORDER BY` from whitelisted terms, always ending with the id so pages are stable. */
export function orderSql(
  terms: readonly OrderTerm<string>[] | undefined,
  fallback = 'p.name COLLATE NOCASE',
): string {
  const parts = (terms ?? []).map((t) => `${ORDER_COLUMNS[t.field]} ${t.desc ? 'DESC' : 'ASC'}`);
  if (parts.length === 0) parts.push(fallback);
  return `ORDER BY ${parts.join(', ')}, p.id ASC`;
}

/** FROM clause shared by list and count: the joins order_by may use. */
const LIST_FROM = `FROM projects p LEFT JOIN clients c ON c.id = p.client_id
  LEFT JOIN users u ON u.id = p.toggl_user_id`;

/** Projects some user may see: public ones, or one they are on directly or through a group. */
const ACCESSIBLE_BY = (n: number) => `(p.private = 0
  OR EXISTS (SELECT 1 FROM project_users pu WHERE pu.project_id = p.id AND pu.user_id IN (${placeholders(n)}))
  OR EXISTS (SELECT 1 FROM project_groups pg JOIN group_users gu ON gu.group_id = pg.group_id
             WHERE pg.project_id = p.id AND gu.user_id IN (${placeholders(n)})))`;

/** WHERE clause and its bound values for GET /projects: every documented filter, visibility first. */
function listWhere(q: ProjectListQuery, scope: WorkspaceScope): { where: string; args: unknown[] } {
  const where = ['p.workspace_id = ?', 'p.deleted_at IS NULL', projectVisibleSql('p', scope)];
  const args: unknown[] = [scope.workspaceId, ...projectVisibleArgs(scope)];
  const inList = (expr: string, ids: readonly number[]) => {
    where.push(`${expr} IN (${placeholders(ids.length)})`);
    args.push(...ids);
  };

  // archived: omitted = active only, true = archived only, false = active only, empty = all.
  const archived = q.archived === undefined ? false : q.archived;
  if (archived !== null) where.push(archived ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL');
  // completed: omitted = open only (all when archived=true), empty = all.
  const completed = q.completed === undefined ? (archived === true ? null : false) : q.completed;
  if (completed !== null) where.push(completed ? 'p.completed_at IS NOT NULL' : 'p.completed_at IS NULL');
  if (!q.include_drafts) where.push('p.draft = 0');
  if (q.pinned !== undefined) where.push(`p.pinned = ${q.pinned ? 1 : 0}`);
  if (q.private !== undefined) where.push(`p.private = ${q.private ? 1 : 0}`);
  if (q.name) {
    where.push("(p.name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')");
    args.push(containsPattern(q.name), containsPattern(q.name));
  }
  if (q.client_id?.length) inList('p.client_id', q.client_id);
  if (q.creator_id?.length) inList('p.toggl_user_id', q.creator_id);
  if (q.project_id?.length) inList('p.id', q.project_id);
  if (q.tag_id?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM project_tags pt WHERE pt.project_id = p.id AND pt.tag_id IN (${placeholders(q.tag_id.length)}))`,
    );
    args.push(...q.tag_id);
  }
  if (q.user_id?.length && q.only_me) throw forbidden('user_id and only_me cannot be combined');
  if (q.user_id?.length) {
    // Inspecting other users' access needs the right to manage users.
    if (!scope.isOrgAdmin && q.user_id.some((u) => u !== scope.userId)) throw forbidden();
    where.push(ACCESSIBLE_BY(q.user_id.length));
    args.push(...q.user_id, ...q.user_id);
  }
  if (q.only_me) {
    where.push(ACCESSIBLE_BY(1));
    args.push(scope.userId, scope.userId);
  }
  const start = q.start_date ?? q.date_overlap_start;
  const end = q.end_date ?? q.date_overlap_end;
  if (end !== undefined) {
    where.push('p.start_date <= ?');
    args.push(end);
  }
  if (start !== undefined) {
    where.push('p.end_date >= ?');
    args.push(start);
  }
  return { where: where.join(' AND '), args };
}

/** One page of GET /projects with the total of the filtered list. */
export function listPage(db: Db, scope: WorkspaceScope, q: ProjectListQuery) {
  const { where, args } = listWhere(q, scope);
  const page = q.page ?? 1;
  const perPage = q.per_page ?? DEFAULT_PER_PAGE;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${LIST_FROM} WHERE ${where}`).get(...args) as { n: number })
    .n;
  const rows = db
    .prepare(`SELECT p.* ${LIST_FROM} WHERE ${where} ${orderSql(q.order_by)} LIMIT ? OFFSET ?`)
    .all(...args, perPage, (page - 1) * perPage) as ProjectRow[];
  return { rows, page, perPage, total };
}
