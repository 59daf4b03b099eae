import { z } from 'zod';
import { idParam } from '@/api/common';
import { organizationGroupsQuerySchema } from '@/api/group';
import { beforeValidation } from '../before-validation';
import type { LocalApiPlugin } from '../context';
import { nowIso } from '../db/open';
import { ApiError, badRequest, forbidden, trackJsonErrors } from '../errors';
import { parseWith } from '../validation';
import { groupPatchBody, groupPayloadBody } from './bodies';
import { createGroupStore } from './store';

const ORG_GROUPS = '/organizations/:organization_id/groups';
const groupParams = z.object({ group_id: idParam });
const NO_ACCESS = 'User does not have access to this resource';

/**
 * Track v9 organization groups and the workspace groups list. Only organization admins change groups;
 * as Track does, a non-admin hears 403 and an unknown group 404 before the body is judged.
 */
export const groupRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createGroupStore(db);
  const { organization, orgWorkspace } = scopes;
  const adminOnly = (message: string) => async (req: Parameters<typeof organization.of>[0]) => {
    if (!organization.of(req).isOrgAdmin) throw forbidden(message);
  };
  const target = beforeValidation((req) => {
    const { group_id } = parseWith(groupParams, req.params, 'path');
    const group = store.find(organization.of(req).organizationId, group_id);
    if (!group) throw new ApiError(404, 'not_found', 'Invalid group ID.');
    return group;
  });
  const admins = (message: string) => ({ preValidation: [organization.hook, adminOnly(message)] });
  const adminsOnGroup = (message: string) => ({
    preValidation: [organization.hook, adminOnly(message), target.hook],
  });

  app.get(
    ORG_GROUPS,
    { preValidation: organization.hook, schema: { querystring: organizationGroupsQuerySchema } },
    async (req) => store.list(organization.of(req).organizationId, req.query),
  );

  app.post(
    ORG_GROUPS,
    { ...admins(NO_ACCESS), errorHandler: trackJsonErrors, schema: { body: groupPayloadBody } },
    async (req) => {
      const { organizationId } = organization.of(req);
      if (store.nameTaken(organizationId, req.body.name)) throw badRequest('Name has already been taken');
      const outsider = store.firstOutsider(organizationId, req.body);
      if (outsider) throw badRequest(outsider);
      return store.create(organizationId, req.body);
    },
  );

  app.put(
    `${ORG_GROUPS}/:group_id`,
    { ...adminsOnGroup('Forbidden'), errorHandler: trackJsonErrors, schema: { body: groupPayloadBody } },
    async (req) => {
      const { organizationId } = organization.of(req);
      const group = target.of(req);
      if (store.nameTaken(organizationId, req.body.name, group.id))
        throw badRequest('Name has already been taken');
      const outsider = store.firstOutsider(organizationId, req.body);
      if (outsider) throw badRequest(outsider);
      return store.update(group.id, req.body);
    },
  );

  app.delete(`${ORG_GROUPS}/:group_id`, adminsOnGroup(NO_ACCESS), async (req, reply) => {
    store.remove(target.of(req).id);
    return reply.code(200).send();
  });

  app.patch(
    `${ORG_GROUPS}/:group_id`,
    {
      ...adminsOnGroup('User does not have permission to manage user groups.'),
      errorHandler: trackJsonErrors,
      schema: { body: groupPatchBody },
    },
    async (req) => store.patch(target.of(req), req.body, nowIso()),
  );

  app.get(
    '/organizations/:organization_id/workspaces/:workspace_id/groups',
    { preValidation: orgWorkspace.hook },
    async (req) => {
      const scope = orgWorkspace.of(req);
      return store.listOfWorkspace(scope.organizationId, scope.workspaceId);
    },
  );
};
