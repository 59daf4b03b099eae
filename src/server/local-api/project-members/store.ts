import type { ProjectMembers, ProjectMembersAdd } from '@/api/project';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import { findManagedProject, findVisibleProject, memberProjectMissing } from '../projects/lookup-store';
import type { WorkspaceScope } from '../scope';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { placeholders, pushTo, selectIn } from '../sql/in-lists';

/** A member of a project: a user (project_users) or a group (project_groups). */
export type Member = { user_id: number; group_id?: undefined } | { user_id?: undefined; group_id: number };

/**
 * Focus project members: users (project_users) and groups (project_groups, the same relation Track's
 * project_groups show). Reading needs sight of the project; changing needs an org admin or a project
 * manager (else 403); a project the caller cannot see is "Project not found" (404). Members are no field of
 * models.Project, so these writes leave the project's updated_at as it is.
 */
export function createProjectMemberStore(db: Db) {
  const missing = { missing: memberProjectMissing };
  const isProjectRole = db.prepare(
    "SELECT 1 FROM roles WHERE role_id = ? AND organization_id = ? AND entity = 'project'",
  );
  const addUser = db.prepare(
    `INSERT INTO project_users (project_id, user_id, role_id, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id, user_id) DO UPDATE SET role_id = excluded.role_id`,
  );
  const addGroup = db.prepare(
    `INSERT INTO project_groups (workspace_id, project_id, group_id, role_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id, group_id) DO UPDATE SET role_id = excluded.role_id`,
  );
  const setUserRole = db.prepare('UPDATE project_users SET role_id = ? WHERE project_id = ? AND user_id = ?');
  const setGroupRole = db.prepare(
    'UPDATE project_groups SET role_id = ? WHERE project_id = ? AND group_id = ?',
  );
  const removeUser = db.prepare('DELETE FROM project_users WHERE project_id = ? AND user_id = ?');
  const removeGroup = db.prepare('DELETE FROM project_groups WHERE project_id = ? AND group_id = ?');

  /** `{project_id, user_ids, group_ids}` of each project, in the given order. A group without a role is a plain member (null). */
  function load(projectIds: readonly number[]): ProjectMembers[] {
    const users = new Map<number, ProjectMembers['user_ids']>();
    for (const u of selectIn<{ project_id: number; user_id: number; type: string }>(
      db,
      `SELECT pu.project_id, pu.user_id, r.type FROM project_users pu JOIN roles r ON r.role_id = pu.role_id
        WHERE pu.project_id IN (__IN__) ORDER BY pu.user_id`,
      projectIds,
    )) {
      pushTo(users, u.project_id, { user_id: u.user_id, manager: u.type === 'manager' });
    }
    const groups = new Map<number, ProjectMembers['group_ids']>();
    for (const g of selectIn<{ project_id: number; group_id: number; type: string | null }>(
      db,
      `SELECT pg.project_id, pg.group_id, r.type FROM project_groups pg LEFT JOIN roles r ON r.role_id = pg.role_id
        WHERE pg.project_id IN (__IN__) ORDER BY pg.group_id`,
      projectIds,
    )) {
      pushTo(groups, g.project_id, {
        group_id: g.group_id,
        manager: g.type === null ? null : g.type === 'manager',
      });
    }
    return projectIds.map((id) => ({
      project_id: id,
      user_ids: users.get(id) ?? [],
      group_ids: groups.get(id) ?? [],
    }));
  }

  /** 400 unless the role is a project role of the caller's organization. */
  function checkProjectRole(scope: WorkspaceScope, roleId: number): void {
    if (!isProjectRole.get(roleId, scope.organizationId))
      throw badRequest(`role_id ${roleId} is not a project role of the organization`);
  }

  /** 400 naming the first id of `ids` that `sql` (organization id, then the list) does not find. */
  function checkAll(
    scope: WorkspaceScope,
    sql: string,
    ids: readonly number[],
    what: (id: number) => string,
  ) {
    if (ids.length === 0) return;
    const found = db
      .prepare(sql.replace('__IN__', placeholders(ids.length)))
      .pluck()
      .all(scope.organizationId, ...ids);
    const known = new Set(found as number[]);
    const first = ids.find((id) => !known.has(id));
    if (first !== undefined) throw badRequest(what(first));
  }
  const checkOrgUsers = (scope: WorkspaceScope, ids: readonly number[]) =>
    checkAll(
      scope,
      `SELECT user_id FROM organization_users WHERE organization_id = ? AND deleted_at IS NULL
          AND user_id IN (__IN__)`,
      ids,
      (id) => `user_id ${id} is not a member of the organization`,
    );
  const checkOrgGroups = (scope: WorkspaceScope, ids: readonly number[]) =>
    checkAll(
      scope,
      'SELECT id FROM groups WHERE organization_id = ? AND id IN (__IN__)',
      ids,
      (id) => `group_id ${id} is not a group of the organization`,
    );
  const checkMember = (scope: WorkspaceScope, m: Member) =>
    m.user_id !== undefined ? checkOrgUsers(scope, [m.user_id]) : checkOrgGroups(scope, [m.group_id]);
  const notMember = () => badRequest('the user or group is not a member of the project');

  return {
    /** Members of the visible live projects among `ids`; unknown, deleted and invisible ones are left out. */
    ofProjects(scope: WorkspaceScope, ids: readonly number[]): ProjectMembers[] {
      const visible = db
        .prepare(
          `SELECT p.id FROM projects p WHERE p.workspace_id = ? AND p.deleted_at IS NULL
            AND p.id IN (${placeholders(ids.length)}) AND ${projectVisibleSql('p', scope)}`,
        )
        .pluck()
        .all(scope.workspaceId, ...ids, ...projectVisibleArgs(scope));
      const keep = new Set(visible as number[]);
      return load([...new Set(ids)].filter((id) => keep.has(id)));
    },

    ofProject(scope: WorkspaceScope, id: number): ProjectMembers {
      findVisibleProject(db, scope, id, missing);
      return load([id])[0];
    },

    /** Gives the users and groups the role, adding those that are not members yet. */
    add(scope: WorkspaceScope, id: number, body: ProjectMembersAdd): void {
      findManagedProject(db, scope, id, missing);
      checkProjectRole(scope, body.role_id);
      checkOrgUsers(scope, body.user_ids ?? []);
      checkOrgGroups(scope, body.group_ids ?? []);
      const now = nowIso();
      db.transaction(() => {
        for (const user of body.user_ids ?? []) addUser.run(id, user, body.role_id, now);
        for (const group of body.group_ids ?? []) addGroup.run(scope.workspaceId, id, group, body.role_id);
      })();
    },

    setRole(scope: WorkspaceScope, id: number, member: Member, roleId: number): void {
      findManagedProject(db, scope, id, missing);
      checkProjectRole(scope, roleId);
      checkMember(scope, member);
      const { changes } =
        member.user_id !== undefined
          ? setUserRole.run(roleId, id, member.user_id)
          : setGroupRole.run(roleId, id, member.group_id);
      if (changes === 0) throw notMember();
    },

    remove(scope: WorkspaceScope, id: number, member: Member): void {
      findManagedProject(db, scope, id, missing);
      checkMember(scope, member);
      const { changes } =
        member.user_id !== undefined
          ? removeUser.run(id, member.user_id)
          : removeGroup.run(id, member.group_id);
      if (changes === 0) throw notMember();
    },
  };
}
