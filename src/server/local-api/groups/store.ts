import type { GroupPayload, OrganizationGroup, OrganizationGroupsQuery } from '@/api/group';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { idsByOwner, pushTo, selectIn } from '../sql/in-lists';
import { containsPattern } from '../sql/like';
import { createMembershipStore } from './membership-store';

export interface GroupRow {
  id: number;
  organization_id: number;
  name: string;
  at: string;
}

const BY_NAME = 'ORDER BY g.name COLLATE NOCASE, g.id';

/** Track organization groups: reads in group.OrganizationGroupResponse form, and the group rows' writes. */
export function createGroupStore(db: Db) {
  const membership = createMembershipStore(db);
  const byId = db.prepare('SELECT * FROM groups WHERE id = ?');
  const inOrg = db.prepare('SELECT * FROM groups WHERE id = ? AND organization_id = ?');
  const nameTaken = db.prepare(
    'SELECT 1 FROM groups WHERE organization_id = ? AND name = ? COLLATE NOCASE AND id <> ?',
  );
  const ofWorkspace = db.prepare(
    `SELECT g.* FROM groups g JOIN group_workspaces gw ON gw.group_id = g.id AND gw.workspace_id = ?
      WHERE g.organization_id = ? ${BY_NAME}`,
  );
  const insert = db.prepare('INSERT INTO groups (organization_id, name, at) VALUES (?, ?, ?)');
  const rename = db.prepare('UPDATE groups SET name = ?, at = later_stamp(at, ?) WHERE id = ?');
  const remove = db.prepare('DELETE FROM groups WHERE id = ?');

  /** The response for each row, in the rows' order (users by name, workspaces by id). */
  function serialize(rows: readonly GroupRow[]): OrganizationGroup[] {
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
    const workspaces = idsByOwner(
      db,
      `SELECT group_id AS owner, workspace_id AS id FROM group_workspaces WHERE group_id IN (__IN__)
        ORDER BY workspace_id`,
      ids,
    );
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
  const reload = (id: number) => serialize([byId.get(id) as GroupRow])[0];

  return {
    ...membership,

    list(organizationId: number, q: OrganizationGroupsQuery): OrganizationGroup[] {
      const where = ['g.organization_id = ?'];
      const args: unknown[] = [organizationId];
      if (q.name) {
        where.push("g.name LIKE ? ESCAPE '\\'");
        args.push(containsPattern(q.name));
      }
      if (q.workspace) {
        where.push(
          'EXISTS (SELECT 1 FROM group_workspaces gw WHERE gw.group_id = g.id AND gw.workspace_id = ?)',
        );
        args.push(Number(q.workspace));
      }
      const rows = db
        .prepare(`SELECT g.* FROM groups g WHERE ${where.join(' AND ')} ${BY_NAME}`)
        .all(...args);
      return serialize(rows as GroupRow[]);
    },

    listOfWorkspace: (organizationId: number, workspaceId: number) =>
      serialize(ofWorkspace.all(workspaceId, organizationId) as GroupRow[]),

    find: (organizationId: number, id: number) => inOrg.get(id, organizationId) as GroupRow | undefined,

    /** True when another group of the organization has the name (any case). */
    nameTaken: (organizationId: number, name: string, exceptId = 0) =>
      nameTaken.get(organizationId, name, exceptId) !== undefined,

    create(organizationId: number, p: GroupPayload): OrganizationGroup {
      const id = db.transaction(() => {
        const groupId = Number(insert.run(organizationId, p.name, nowIso()).lastInsertRowid);
        membership.replace(groupId, p);
        return groupId;
      })();
      return reload(id);
    },

    update(id: number, p: GroupPayload): OrganizationGroup {
      db.transaction(() => {
        rename.run(p.name, nowIso(), id);
        membership.replace(id, p);
      })();
      return reload(id);
    },

    /** Members, workspaces and project access go with the group (ON DELETE CASCADE). */
    remove(id: number): void {
      remove.run(id);
    },
  };
}
