import { z } from 'zod';
import { organizationUsersQuerySchema } from '@/api/user';
import type { LocalApiPlugin } from '../context';
import { createUserStore } from './store';

const userParams = z.object({
  user_id: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
});

/** Focus `GET /organizations/{org}/users`, `/roles` and `/workinghours/users/{user}`. */
export const focusUserRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createUserStore(db);
  const { organization } = scopes;
  app.addHook('preValidation', organization.hook);

  app.get(
    '/organizations/:organization_id/users',
    { schema: { querystring: organizationUsersQuerySchema } },
    async (req) => store.organizationUsers(organization.of(req).organizationId, req.query),
  );

  app.get('/organizations/:organization_id/roles', async (req) =>
    store.roles(organization.of(req).organizationId),
  );

  app.get(
    '/organizations/:organization_id/workinghours/users/:user_id',
    { schema: { params: userParams } },
    async (req) => store.workingHours(organization.of(req).organizationId, req.params.user_id),
  );
};

/** Track v9 organization users and workspace users. */
export const trackUserRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createUserStore(db);
  const { organization, workspace } = scopes;

  app.get('/organizations/:organization_id/users', { preValidation: organization.hook }, async (req) =>
    store.trackOrganizationUsers(organization.of(req).organizationId),
  );

  app.get('/workspaces/:workspace_id/users', { preValidation: workspace.hook }, async (req) =>
    store.workspaceUsers(workspace.of(req).workspaceId),
  );
};
