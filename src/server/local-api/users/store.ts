import type { OrganizationUsersQuery } from '@/api/user';
import type { Db } from '../db/open';
import { organizationUsersPage } from './focus-list-store';

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

/** The groups and workspaces of a user in one organization (both users lists show them). */
export interface UserMemberships {
  groups(userId: number, organizationId: number): { id: number; name: string }[];
  workspaces(userId: number, organizationId: number): { id: number; name: string; admin: number }[];
  groupWorkspaces(groupId: number): number[];
}

/** The organization's users (Focus and Track lists) and its roles. */
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
  const trackOrgUsers = db.prepare(
    `SELECT ou.id AS id, u.id AS user_id, u.email, u.fullname, ou.admin, ou.owner, ou.active, ou.organization_id
       FROM organization_users ou JOIN users u ON u.id = ou.user_id
      WHERE ou.organization_id = ? AND ou.deleted_at IS NULL ORDER BY u.fullname COLLATE NOCASE`,
  );
  const workspaceUsers = db.prepare(
    `SELECT u.id, u.email, u.fullname, wu.admin FROM workspace_users wu JOIN users u ON u.id = wu.user_id
      WHERE wu.workspace_id = ? ORDER BY u.fullname COLLATE NOCASE`,
  );

  const memberships: UserMemberships = {
    groups: (userId, organizationId) =>
      groupsOf.all(userId, organizationId) as { id: number; name: string }[],
    workspaces: (userId, organizationId) =>
      workspacesOf.all(userId, organizationId) as { id: number; name: string; admin: number }[],
    groupWorkspaces: (groupId) => groupWorkspaces.pluck().all(groupId) as number[],
  };
  const { groups, workspaces } = memberships;

  return {
    organizationUsers: (organizationId: number, q: OrganizationUsersQuery) =>
      organizationUsersPage(db, memberships, organizationId, q),

    roles: (organizationId: number) =>
      (roles.all(organizationId) as RoleRow[]).map((r) => ({
        ...r,
        default_for_levels: [],
        permissions: [],
        require_group: false,
      })),

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
