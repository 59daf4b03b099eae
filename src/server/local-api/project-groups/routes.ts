import { z } from 'zod';
import { idParam } from '@/api/common';
import { projectGroupCreateSchema, projectGroupsQuerySchema } from '@/api/group';
import type { LocalApiPlugin } from '../context';
import { ApiError, badRequest, forbidden, trackJsonErrors } from '../errors';
import { createProjectGroupStore } from './store';

const BASE = '/workspaces/:workspace_id/project_groups';
const NO_ACCESS = 'User does not have access to this resource.';

/** Track v9 project groups: list by project, add a group to a project, remove it. */
export const projectGroupRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createProjectGroupStore(db);
  const { workspace } = scopes;
  app.addHook('preValidation', workspace.hook);

  app.get(BASE, { schema: { querystring: projectGroupsQuerySchema } }, async (req) =>
    store.list(workspace.of(req), req.query.project_ids),
  );

  app.post(
    BASE,
    { errorHandler: trackJsonErrors, schema: { body: projectGroupCreateSchema } },
    async (req) => {
      const scope = workspace.of(req);
      const { project_id, group_id } = req.body;
      if (!store.projectVisible(scope, project_id))
        throw badRequest(`Project ${project_id} not found in the workspace`);
      if (!store.canManage(scope, project_id)) throw forbidden(NO_ACCESS);
      if (!store.groupInOrganization(scope.organizationId, group_id))
        throw badRequest(`Group ${group_id} not found in the organization`);
      if (store.isAssigned(project_id, group_id))
        throw badRequest('Group is already assigned to the project');
      return store.add(scope.workspaceId, project_id, group_id);
    },
  );

  app.delete(
    `${BASE}/:project_group_id`,
    { schema: { params: z.object({ project_group_id: idParam }) } },
    async (req, reply) => {
      const scope = workspace.of(req);
      const row = store.find(scope.workspaceId, req.params.project_group_id);
      if (!row || !store.projectVisible(scope, row.project_id))
        throw new ApiError(404, 'not_found', 'Project group not found');
      if (!store.canManage(scope, row.project_id)) throw forbidden(NO_ACCESS);
      store.remove(row.id);
      return reply.code(200).send();
    },
  );
};
