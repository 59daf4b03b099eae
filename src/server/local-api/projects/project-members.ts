import type { ProjectMembers } from '@/api/project';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { placeholders, pushTo, selectIn } from '../sql/in-lists';

/** `{project_id, user_ids, group_ids}` of each project, in the given order. A group without a role is a plain member (null). */
export function loadMembers(db: Db, projectIds: readonly number[]): ProjectMembers[] {
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
export function checkProjectRole(db: Db, scope: WorkspaceScope, roleId: number): void {
  const ok = db
    .prepare("SELECT 1 FROM roles WHERE role_id = ? AND organization_id = ? AND entity = 'project'")
    .get(roleId, scope.organizationId);
  if (!ok) throw badRequest(`role_id ${roleId} is not a project role of the organization`);
}

/** 400 naming the first user that is not an active member of the organization. */
export function checkOrgUsers(db: Db, scope: WorkspaceScope, userIds: readonly number[]): void {
  if (userIds.length === 0) return;
  const found = db
    .prepare(
      `SELECT user_id FROM organization_users WHERE organization_id = ? AND deleted_at IS NULL
          AND user_id IN (${placeholders(userIds.length)})`,
    )
    .all(scope.organizationId, ...userIds) as { user_id: number }[];
  const known = new Set(found.map((r) => r.user_id));
  const missing = userIds.find((u) => !known.has(u));
  if (missing !== undefined) throw badRequest(`user_id ${missing} is not a member of the organization`);
}

/** 400 naming the first group that is not a group of the organization. */
export function checkOrgGroups(db: Db, scope: WorkspaceScope, groupIds: readonly number[]): void {
  if (groupIds.length === 0) return;
  const found = db
    .prepare(`SELECT id FROM groups WHERE organization_id = ? AND id IN (${placeholders(groupIds.length)})`)
    .all(scope.organizationId, ...groupIds) as { id: number }[];
  const known = new Set(found.map((r) => r.id));
  const missing = groupIds.find((g) => !known.has(g));
  if (missing !== undefined) throw badRequest(`group_id ${missing} is not a group of the organization`);
}
