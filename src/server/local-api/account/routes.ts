import { trackMeQuerySchema, userSettingsUpdateSchema } from '@/api/user';
import type { LocalApiPlugin } from '../context';
import { badRequest } from '../errors';
import { createAccountStore } from './store';

/** Focus `GET/PATCH /users/me/settings`. */
export const focusAccountRoutes: LocalApiPlugin = async (app, { db }) => {
  const store = createAccountStore(db);

  app.get('/users/me/settings', async (req) => store.settings(req.auth.id));

  app.patch('/users/me/settings', { schema: { body: userSettingsUpdateSchema } }, async (req) => {
    const body = req.body;
    if (
      body.current_workspace_id != null &&
      !store.isWorkspaceMember(req.auth.id, body.current_workspace_id)
    ) {
      throw badRequest('current_workspace_id: not a workspace of the user');
    }
    store.updateSettings(req.auth.id, body);
    return store.settings(req.auth.id);
  });
};

/** Track v9 `/me`, `/me/workspaces`, `/me/organizations`, `/me/quota`. */
export const trackAccountRoutes: LocalApiPlugin = async (app, { db }) => {
  const store = createAccountStore(db);

  // With related data the upstream adds the user's workspaces, clients, projects, tags, tasks and time
  // entries; the local API has only the workspaces of those (Track's other lists are empty here).
  app.get('/me', { schema: { querystring: trackMeQuerySchema } }, async (req) =>
    req.query.with_related_data
      ? {
          ...store.me(req.auth.id),
          workspaces: store.workspaces(req.auth.id),
          clients: [],
          projects: [],
          tags: [],
          tasks: [],
          time_entries: [],
        }
      : store.me(req.auth.id),
  );
  app.get('/me/workspaces', async (req) => store.workspaces(req.auth.id));
  app.get('/me/organizations', async (req) => store.organizations(req.auth.id));

  // The quota is the local emulation's (see quota.ts): its headers are already on the reply.
  app.get('/me/quota', async (req, reply) => {
    const remaining = reply.getHeader('x-toggl-quota-remaining');
    const resets = reply.getHeader('x-toggl-quota-resets-in');
    return store.organizationIds(req.auth.id).map((organization_id) => ({
      organization_id,
      remaining: remaining === undefined ? null : Number(remaining),
      resets_in_secs: resets === undefined ? null : Number(resets),
      total: null,
    }));
  });
};
