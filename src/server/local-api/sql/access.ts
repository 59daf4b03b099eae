import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';

/**
 * SQL condition (on a projects alias) true when the caller may see the project: it is public, or the
 * caller is an organization admin, a direct member, or in a group that is a member.
 * Bind `scope.userId` twice after it, then the rest of the query's parameters.
 */
export function projectVisibleSql(alias: string, scope: WorkspaceScope): string {
  if (scope.isOrgAdmin) return '1';
  return `(${alias}.private = 0
    OR EXISTS (SELECT 1 FROM project_users pu WHERE pu.project_id = ${alias}.id AND pu.user_id = ?)
    OR EXISTS (SELECT 1 FROM project_groups pg JOIN group_users gu ON gu.group_id = pg.group_id
               WHERE pg.project_id = ${alias}.id AND gu.user_id = ?))`;
}

/** Parameters that go with projectVisibleSql. */
export function projectVisibleArgs(scope: WorkspaceScope): number[] {
  return scope.isOrgAdmin ? [] : [scope.userId, scope.userId];
}

/** True when the caller may see the project (see projectVisibleSql). */
export function canSeeProject(db: Db, scope: WorkspaceScope, projectId: number): boolean {
  const row = db
    .prepare(
      `SELECT 1 FROM projects p WHERE p.id = ? AND p.workspace_id = ? AND ${projectVisibleSql('p', scope)}`,
    )
    .get(projectId, scope.workspaceId, ...projectVisibleArgs(scope));
  return row !== undefined;
}

/**
 * True when the caller manages the project: organization admin, or a member (directly or through a
 * group) whose role on the project is a manager role.
 */
export function canManageProject(db: Db, scope: WorkspaceScope, projectId: number): boolean {
  if (scope.isOrgAdmin) return true;
  const row = db
    .prepare(
      `SELECT 1 FROM project_users pu JOIN roles r ON r.role_id = pu.role_id
        WHERE pu.project_id = ? AND pu.user_id = ? AND r.type IN ('manager','admin','owner')
       UNION ALL
       SELECT 1 FROM project_groups pg JOIN roles r ON r.role_id = pg.role_id
         JOIN group_users gu ON gu.group_id = pg.group_id
        WHERE pg.project_id = ? AND gu.user_id = ? AND r.type IN ('manager','admin','owner')`,
    )
    .get(projectId, scope.userId, projectId, scope.userId);
  return row !== undefined;
}
