import { DEFAULT_PER_PAGE } from '@/api/common';
import type { OrganizationUsersQuery } from '@/api/user';
import type { Db } from '../db/open';
import { placeholders } from '../sql/in-lists';
import { containsPattern } from '../sql/like';

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

interface RoleRow {
  role_id: number;
  organization_id: number;
  code: string;
  name: string;
  description: string;
  entity: string;
  type: string;
  privilege_level: number;
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

/** The organization's users (Focus and Track lists), its roles and working hours. */
export function createUserStore(db: Db) {
  const groupsOf = db.prepare(
    `SELECT g.id, g.name FROM groups g JOIN group_users gu ON gu.group_id = g.id
      WHERE gu.user_id = ? AND g.organization_id = ? ORDER BY g.name`,
  );
  const groupWorkspaces = db.prepare('SELECT workspace_id FROM group_workspaces WHERE group_id = ?');
  const workspacesOf = db.prepare(
    `SELECT w.id, w.name, wu.admin FROM workspaces w JOIN workspace_users wu ON wu.workspace_id = w.id
      WHERE wu.user_id = ? AND w.organization_id = ? ORDER BY w.id`,
  );
  const roles = db.prepare(
    'SELECT * FROM roles WHERE organization_id = ? ORDER BY entity, privilege_level DESC',
  );
  const workingHours = db.prepare(
    `SELECT working_hour_id, organization_id, user_id, weekday, starting_hours, working_hours, created_at, updated_at
       FROM working_hours WHERE organization_id = ? AND user_id = ? ORDER BY weekday`,
  );
  const trackOrgUsers = db.prepare(
    `SELECT ou.id AS id, u.id AS user_id, u.email, u.fullname, ou.admin, ou.owner, ou.active, ou.organization_id
       FROM organization_users ou JOIN users u ON u.id = ou.user_id
      WHERE ou.organization_id = ? AND ou.deleted_at IS NULL ORDER BY u.fullname COLLATE NOCASE`,
  );
  const workspaceUsers = db.prepare(
    `SELECT u.id, u.email, u.fullname, wu.admin FROM workspace_users wu JOIN users u ON u.id = wu.user_id
      WHERE wu.workspace_id = ? ORDER BY u.fullname COLLATE NOCASE`,
  );

  const groups = (userId: number, organizationId: number) =>
    groupsOf.all(userId, organizationId) as { id: number; name: string }[];
  const workspaces = (userId: number, organizationId: number) =>
    workspacesOf.all(userId, organizationId) as { id: number; name: string; admin: number }[];

  return {
    /** Focus `organization.OrganizationUserResponse` page, by name. */
    organizationUsers(organizationId: number, q: OrganizationUsersQuery) {
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
        groups: groups(row.user_id, organizationId).map((g) => ({
          id: g.id,
          name: g.name,
          emoji: '',
          workspace_ids: (groupWorkspaces.all(g.id) as { workspace_id: number }[]).map((w) => w.workspace_id),
        })),
        workspaces: workspaces(row.user_id, organizationId).map((w) => ({
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
    },

    roles: (organizationId: number) =>
      (roles.all(organizationId) as RoleRow[]).map((r) => ({
        ...r,
        default_for_levels: [],
        permissions: [],
        require_group: false,
      })),

    workingHours: (organizationId: number, userId: number) => workingHours.all(organizationId, userId),

    /** Track `/organizations/{org}/users`. */
    trackOrganizationUsers(organizationId: number) {
      const rows = trackOrgUsers.all(organizationId) as {
        id: number;
        user_id: number;
        email: string;
        fullname: string;
        admin: number;
        owner: number;
        active: number;
        organization_id: number;
      }[];
      return rows.map((r) => {
        const ws = workspaces(r.user_id, organizationId);
        return {
          id: r.id,
          user_id: r.user_id,
          organization_id: r.organization_id,
          email: r.email,
          name: r.fullname,
          admin: r.admin === 1,
          owner: r.owner === 1,
          inactive: r.active !== 1,
          joined: true,
          '2fa_enabled': false,
          avatar_url: '',
          groups: groups(r.user_id, organizationId).map((g) => ({ group_id: g.id, name: g.name })),
          workspace_count: ws.length,
          workspaces: ws.map((w) => ({
            workspace_id: w.id,
            workspace_name: w.name,
            admin: w.admin === 1,
            role: w.admin === 1 ? 'admin' : 'user',
          })),
        };
      });
    },

    /** Track `/workspaces/{ws}/users`. */
    workspaceUsers(workspaceId: number) {
      const rows = workspaceUsers.all(workspaceId) as {
        id: number;
        email: string;
        fullname: string;
        admin: number;
      }[];
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        fullname: r.fullname,
        is_admin: r.admin === 1,
        is_active: true,
        inactive: false,
        role: r.admin === 1 ? 'admin' : 'user',
      }));
    },
  };
}
