import { DEFAULT_PER_PAGE } from '@/api/common';
import type { OrganizationUsersQuery } from '@/api/user';
import type { Db } from '../db/open';
import { placeholders } from '../sql/in-lists';
import { containsPattern } from '../sql/like';
import type { UserMemberships } from './store';

interface OrgUserRow {
  id: number;
  organization_id: number;
  user_id: number;
  admin: number;
  owner: number;
  active: number;
  working_hours: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  email: string;
  fullname: string;
}

/** WHERE of the Focus users list: every filter the local data can answer. */
function usersWhere(organizationId: number, q: OrganizationUsersQuery) {
  const where = ['ou.organization_id = ?', 'ou.deleted_at IS NULL'];
  const args: unknown[] = [organizationId];
  const inList = (column: string, ids: readonly number[]) => {
    where.push(`${column} IN (${placeholders(ids.length)})`);
    args.push(...ids);
  };
  if (q.user_account_ids?.length) inList('u.id', q.user_account_ids);
  if (q.org_user_ids?.length) inList('ou.id', q.org_user_ids);
  if (q.workspaces?.length) {
    where.push(
      `u.id IN (SELECT user_id FROM workspace_users WHERE workspace_id IN (${placeholders(q.workspaces.length)}))`,
    );
    args.push(...q.workspaces);
  }
  if (q.groups?.length) {
    where.push(
      `u.id IN (SELECT user_id FROM group_users WHERE group_id IN (${placeholders(q.groups.length)}))`,
    );
    args.push(...q.groups);
  }
  if (q.only_admins) where.push('(ou.admin = 1 OR ou.owner = 1)');
  if (q.filter) {
    where.push("(u.fullname LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')");
    args.push(containsPattern(q.filter), containsPattern(q.filter));
  }
  return { where: where.join(' AND '), args };
}

/** Focus `organization.OrganizationUserResponse` page, by name. */
export function organizationUsersPage(
  db: Db,
  memberships: UserMemberships,
  organizationId: number,
  q: OrganizationUsersQuery,
) {
  const { where, args } = usersWhere(organizationId, q);
  const perPage = q.per_page ?? DEFAULT_PER_PAGE;
  const page = q.page ?? 1;
  const rows = db
    .prepare(
      `SELECT ou.*, u.email, u.fullname FROM organization_users ou JOIN users u ON u.id = ou.user_id
        WHERE ${where} ORDER BY u.fullname COLLATE NOCASE ${q.sort_dir === 'desc' ? 'DESC' : 'ASC'}
        LIMIT ? OFFSET ?`,
    )
    .all(...args, perPage, (page - 1) * perPage) as OrgUserRow[];
  return rows.map((row) => ({
    id: row.id,
    user_account_id: row.user_id,
    user_id: String(row.user_id),
    organization_id: row.organization_id,
    name: row.fullname,
    email: row.email,
    admin: row.admin === 1,
    owner: row.owner === 1,
    active: row.active === 1,
    joined: true,
    invite_sent: false,
    '2fa_enabled': false,
    account_locked_at: null,
    can_edit_personal_details: false,
    working_hours: row.working_hours ?? 8,
    permissions: {},
    rate: null,
    tags: [],
    groups: memberships.groups(row.user_id, organizationId).map((g) => ({
      id: g.id,
      name: g.name,
      emoji: '',
      workspace_ids: memberships.groupWorkspaces(g.id),
    })),
    workspaces: memberships.workspaces(row.user_id, organizationId).map((w) => ({
      id: w.id,
      name: w.name,
      groups: [],
      toggl_products: ['focus'],
      focus_role_id: 0,
      track_role_id: 0,
      work_role_id: 0,
      workspace_user_id: 0,
    })),
    created_at: row.created_at,
    updated_at: row.updated_at,
    deleted_at: row.deleted_at,
  }));
}
