import type { GroupPatchInput, GroupPatchOutput, GroupPayload } from '@/api/group';
import type { Db } from '../db/open';
import { placeholders } from '../sql/in-lists';

export const userNotInOrg = (user: number, org: number) =>
  `User ${user} not exists in the organization ${org}`;
export const workspaceNotInOrg = (ws: number, org: number) =>
  `Workspace ${ws} not exists in the organization ${org}`;

/** Who and which workspaces belong to a group: the checks and writes of PUT and PATCH. */
export function createMembershipStore(db: Db) {
  const add = {
    '/users': db.prepare('INSERT OR IGNORE INTO group_users (group_id, user_id) VALUES (?, ?)'),
    '/workspaces': db.prepare(
      'INSERT OR IGNORE INTO group_workspaces (group_id, workspace_id) VALUES (?, ?)',
    ),
  };
  const remove = {
    '/users': db.prepare('DELETE FROM group_users WHERE group_id = ? AND user_id = ?'),
    '/workspaces': db.prepare('DELETE FROM group_workspaces WHERE group_id = ? AND workspace_id = ?'),
  };
  const clear = {
    '/users': db.prepare('DELETE FROM group_users WHERE group_id = ?'),
    '/workspaces': db.prepare('DELETE FROM group_workspaces WHERE group_id = ?'),
  };
  const touch = db.prepare('UPDATE groups SET at = later_stamp(at, ?) WHERE id = ?');

  /** Ids of `ids` that are not in the organization, per the SQL of `sql` (its list of ids goes last). */
  function outside(sql: string, organizationId: number, ids: readonly number[]): number[] {
    if (ids.length === 0) return [];
    const rows = db
      .prepare(sql.replace('__IN__', placeholders(ids.length)))
      .pluck()
      .all(organizationId, ...ids);
    const known = new Set(rows as number[]);
    return ids.filter((id) => !known.has(id));
  }
  const usersOutside = (organizationId: number, ids: readonly number[]) =>
    outside(
      `SELECT user_id FROM organization_users WHERE organization_id = ? AND deleted_at IS NULL
          AND user_id IN (__IN__)`,
      organizationId,
      ids,
    );
  const workspacesOutside = (organizationId: number, ids: readonly number[]) =>
    outside('SELECT id FROM workspaces WHERE organization_id = ? AND id IN (__IN__)', organizationId, ids);

  return {
    /** Track's text for the first user or workspace of the payload outside the organization, if any. */
    firstOutsider(organizationId: number, p: GroupPayload): string | undefined {
      const user = usersOutside(organizationId, p.users ?? [])[0];
      if (user !== undefined) return userNotInOrg(user, organizationId);
      const ws = workspacesOutside(organizationId, p.workspaces ?? [])[0];
      if (ws !== undefined) return workspaceNotInOrg(ws, organizationId);
      return undefined;
    },

    /** Replaces the group's users and/or workspaces (only the lists given). Call inside a transaction. */
    replace(groupId: number, p: GroupPayload): void {
      for (const [path, ids] of [
        ['/users', p.users],
        ['/workspaces', p.workspaces],
      ] as const) {
        if (!ids) continue;
        clear[path].run(groupId);
        for (const id of ids) add[path].run(groupId, id);
      }
    },

    /**
     * Applies the patches one by one in one transaction: a patch naming a user or workspace outside the
     * organization changes nothing and is reported in `failure`; the others apply.
     */
    patch(
      group: { id: number; organization_id: number },
      patches: readonly GroupPatchInput[],
      now: string,
    ): GroupPatchOutput {
      const org = group.organization_id;
      const out = {
        success: [] as GroupPatchInput[],
        failure: [] as { patch: GroupPatchInput; message: string }[],
      };
      db.transaction(() => {
        for (const patch of patches) {
          const unknown =
            patch.path === '/users'
              ? usersOutside(org, patch.value).map((u) => userNotInOrg(u, org))
              : workspacesOutside(org, patch.value).map((w) => workspaceNotInOrg(w, org));
          if (unknown.length > 0) {
            out.failure.push({ patch, message: unknown[0] });
            continue;
          }
          const stmt = patch.op === 'add' ? add[patch.path] : remove[patch.path];
          for (const value of patch.value) stmt.run(group.id, value);
          out.success.push(patch);
        }
        if (out.success.length > 0) touch.run(now, group.id);
      })();
      return out;
    },
  };
}
