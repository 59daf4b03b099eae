import type { OrganizationGroup } from '@/api/group';
import type { Db } from '../db/open';
import { pushTo, selectIn } from '../sql/in-lists';

export interface GroupRow {
  id: number;
  organization_id: number;
  name: string;
  at: string;
}

/** group.OrganizationGroupResponse for each row, in the rows' order (users by name, workspaces by id). */
export function serializeGroups(db: Db, rows: readonly GroupRow[]): OrganizationGroup[] {
  const ids = rows.map((g) => g.id);
  const users = new Map<number, NonNullable<OrganizationGroup['users']>>();
  for (const u of selectIn<{ group_id: number; user_id: number; fullname: string; active: number | null }>(
    db,
    `SELECT gu.group_id, u.id AS user_id, u.fullname, ou.active
       FROM group_users gu JOIN users u ON u.id = gu.user_id
       JOIN groups g ON g.id = gu.group_id
       LEFT JOIN organization_users ou ON ou.user_id = u.id AND ou.organization_id = g.organization_id
      WHERE gu.group_id IN (__IN__) ORDER BY u.fullname COLLATE NOCASE, u.id`,
    ids,
  )) {
    // No avatars exist locally; every seeded user has joined.
    pushTo(users, u.group_id, {
      user_id: u.user_id,
      name: u.fullname,
      avatar_url: '',
      inactive: u.active === 0,
      joined: true,
    });
  }
  const workspaces = new Map<number, number[]>();
  for (const w of selectIn<{ group_id: number; workspace_id: number }>(
    db,
    'SELECT group_id, workspace_id FROM group_workspaces WHERE group_id IN (__IN__) ORDER BY workspace_id',
    ids,
  )) {
    pushTo(workspaces, w.group_id, w.workspace_id);
  }
  return rows.map((g) => ({
    group_id: g.id,
    name: g.name,
    at: g.at,
    users: users.get(g.id) ?? [],
    workspaces: workspaces.get(g.id) ?? [],
    // The local server has no per-group permission strings to report.
    permissions: [],
  }));
}
