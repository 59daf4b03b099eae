import { z } from 'zod';
import { idParam } from '@/api/common';
import { projectGroupCreateSchema, projectGroupsQuerySchema, type ProjectGroup } from '@/api/group';
import { canManageProject, projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { RouteModule } from '../context';
import { ApiError, badRequest, forbidden } from '../errors';
import { trackJsonErrors } from '../groups/track-json';
import type { WorkspaceScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { parseBody, parseWith } from '../validate';

const BASE = '/workspaces/:workspace_id/project_groups';
const NO_ACCESS = 'User does not have access to this resource.';

interface ProjectGroupRow {
  id: number;
  group_id: number;
  project_id: number;
  workspace_id: number;
}

const toModel = (r: ProjectGroupRow): ProjectGroup => ({
  id: r.id,
  group_id: r.group_id,
  pid: r.project_id,
  wid: r.workspace_id,
});

/**
 * Track v9 project groups: the groups with access to a project. The same rows are the group members of
 * Focus projects; a group added here has no role (a plain member).
 */
export const projectGroupRoutes: RouteModule = (app, { db, scopes }) => {
  const visibleProject = (scope: WorkspaceScope, projectId: number) =>
    db
      .prepare(
        `SELECT p.id FROM projects p WHERE p.id = ? AND p.workspace_id = ? AND p.deleted_at IS NULL
          AND ${projectVisibleSql('p', scope)}`,
      )
      .get(projectId, scope.workspaceId, ...projectVisibleArgs(scope)) !== undefined;

  app.get(BASE, async (req) => {
    const scope = scopes.ofWorkspace(req);
    const { project_ids } = parseWith(projectGroupsQuerySchema, req.query, 'query');
    const rows = db
      .prepare(
        `SELECT pg.id, pg.group_id, pg.project_id, pg.workspace_id FROM project_groups pg
           JOIN projects p ON p.id = pg.project_id
          WHERE p.workspace_id = ? AND p.deleted_at IS NULL AND pg.project_id IN (${placeholders(project_ids.length)})
            AND ${projectVisibleSql('p', scope)}
          ORDER BY pg.project_id, pg.id`,
      )
      .all(scope.workspaceId, ...project_ids, ...projectVisibleArgs(scope)) as ProjectGroupRow[];
    return rows.map(toModel);
  });

  app.post(BASE, { errorHandler: trackJsonErrors }, async (req) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(projectGroupCreateSchema, req.body);
    if (!visibleProject(scope, body.project_id))
      throw badRequest(`Project ${body.project_id} not found in the workspace`);
    if (!canManageProject(db, scope, body.project_id)) throw forbidden(NO_ACCESS);
    const group = db
      .prepare('SELECT 1 FROM groups WHERE id = ? AND organization_id = ?')
      .get(body.group_id, scope.organizationId);
    if (!group) throw badRequest(`Group ${body.group_id} not found in the organization`);
    const exists = db
      .prepare('SELECT 1 FROM project_groups WHERE project_id = ? AND group_id = ?')
      .get(body.project_id, body.group_id);
    if (exists) throw badRequest('Group is already assigned to the project');
    const info = db
      .prepare(
        'INSERT INTO project_groups (workspace_id, project_id, group_id, role_id) VALUES (?, ?, ?, NULL)',
      )
      .run(scope.workspaceId, body.project_id, body.group_id);
    return toModel({
      id: Number(info.lastInsertRowid),
      group_id: body.group_id,
      project_id: body.project_id,
      workspace_id: scope.workspaceId,
    });
  });

  app.delete(`${BASE}/:project_group_id`, async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const { project_group_id } = parseWith(z.object({ project_group_id: idParam }), req.params, 'path');
    const row = db
      .prepare(
        `SELECT pg.id, pg.group_id, pg.project_id, pg.workspace_id FROM project_groups pg
           JOIN projects p ON p.id = pg.project_id WHERE pg.id = ? AND p.workspace_id = ? AND p.deleted_at IS NULL`,
      )
      .get(project_group_id, scope.workspaceId) as ProjectGroupRow | undefined;
    if (!row || !visibleProject(scope, row.project_id))
      throw new ApiError(404, 'not_found', 'Project group not found');
    if (!canManageProject(db, scope, row.project_id)) throw forbidden(NO_ACCESS);
    db.prepare('DELETE FROM project_groups WHERE id = ?').run(row.id);
    return reply.code(200).send();
  });
};
