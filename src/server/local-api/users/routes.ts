import { organizationUsersQuerySchema } from '@/api/user';
import type { LocalApiPlugin } from '../context';
import { createUserStore } from './store';

/** Focus `GET /organizations/{org}/users` and `/roles` (working hours have their own plugin). */
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
