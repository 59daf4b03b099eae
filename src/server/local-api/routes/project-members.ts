import { z } from 'zod';
import { idParam } from '@/api/common';
import {
  projectMemberRemoveSchema,
  projectMemberRoleSchema,
  projectMembersAddSchema,
  projectMembersBatchQuerySchema,
} from '@/api/project';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { RouteModule } from '../context';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import { checkOrgGroups, checkOrgUsers, checkProjectRole, loadMembers } from '../projects/project-members';
import { findManagedProject, findVisibleProject, memberProjectMissing } from '../projects/project-lookup';
import { placeholders } from '../sql/in-lists';
import { parseBody, parseWith } from '../validate';

const BASE = '/organizations/:organization_id/workspaces/:workspace_id/projects';
const projectParams = z.object({ project_id: idParam });

/**
 * Focus project members: users (project_users) and groups (project_groups, the same relation Track's
 * project_groups show). Reading needs sight of the project; changing needs an org admin or a project manager.
 */
export const projectMemberRoutes: RouteModule = (app, { db, scopes }) => {
  const projectIdOf = (params: unknown) => parseWith(projectParams, params, 'path').project_id;
  const missing = { missing: memberProjectMissing };
  const setUserRole = db.prepare('UPDATE project_users SET role_id = ? WHERE project_id = ? AND user_id = ?');
  const setGroupRole = db.prepare(
    'UPDATE project_groups SET role_id = ? WHERE project_id = ? AND group_id = ?',
  );
  const removeUser = db.prepare('DELETE FROM project_users WHERE project_id = ? AND user_id = ?');
  const removeGroup = db.prepare('DELETE FROM project_groups WHERE project_id = ? AND group_id = ?');

  app.get(`${BASE}/members`, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { ids } = parseWith(projectMembersBatchQuerySchema, req.query, 'query');
    // Unknown, deleted and invisible projects are left out rather than revealed.
    const visible = db
      .prepare(
        `SELECT p.id FROM projects p WHERE p.workspace_id = ? AND p.deleted_at IS NULL
          AND p.id IN (${placeholders(ids.length)}) AND ${projectVisibleSql('p', scope)}`,
      )
      .all(scope.workspaceId, ...ids, ...projectVisibleArgs(scope)) as { id: number }[];
    const keep = new Set(visible.map((r) => r.id));
    return loadMembers(
      db,
      [...new Set(ids)].filter((id) => keep.has(id)),
    );
  });

  app.get(`${BASE}/:project_id/members`, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    findVisibleProject(db, scope, id, missing);
    return loadMembers(db, [id])[0];
  });

  app.post(`${BASE}/:project_id/members`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const body = parseBody(projectMembersAddSchema, req.body);
    findManagedProject(db, scope, id, missing);
    checkProjectRole(db, scope, body.role_id);
    checkOrgUsers(db, scope, body.user_ids ?? []);
    checkOrgGroups(db, scope, body.group_ids ?? []);
    const now = nowIso();
    const addUser = db.prepare(
      `INSERT INTO project_users (project_id, user_id, role_id, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (project_id, user_id) DO UPDATE SET role_id = excluded.role_id`,
    );
    const addGroup = db.prepare(
      `INSERT INTO project_groups (workspace_id, project_id, group_id, role_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (project_id, group_id) DO UPDATE SET role_id = excluded.role_id`,
    );
    db.transaction(() => {
      for (const user of body.user_ids ?? []) addUser.run(id, user, body.role_id, now);
      for (const group of body.group_ids ?? []) addGroup.run(scope.workspaceId, id, group, body.role_id);
    })();
    return reply.code(204).send();
  });

  app.put(`${BASE}/:project_id/members`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const body = parseBody(projectMemberRoleSchema, req.body);
    findManagedProject(db, scope, id, missing);
    checkProjectRole(db, scope, body.role_id);
    let changes: number;
    if (body.user_id !== undefined) {
      checkOrgUsers(db, scope, [body.user_id]);
      changes = setUserRole.run(body.role_id, id, body.user_id).changes;
    } else {
      checkOrgGroups(db, scope, [body.group_id as number]);
      changes = setGroupRole.run(body.role_id, id, body.group_id).changes;
    }
    if (changes === 0) throw badRequest('the user or group is not a member of the project');
    return reply.code(204).send();
  });

  app.delete(`${BASE}/:project_id/members`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const body = parseBody(projectMemberRemoveSchema, req.body);
    findManagedProject(db, scope, id, missing);
    let changes: number;
    if (body.user_id !== undefined) {
      checkOrgUsers(db, scope, [body.user_id]);
      changes = removeUser.run(id, body.user_id).changes;
    } else {
      checkOrgGroups(db, scope, [body.group_id as number]);
      changes = removeGroup.run(id, body.group_id).changes;
    }
    if (changes === 0) throw badRequest('the user or group is not a member of the project');
    return reply.code(204).send();
  });
};
