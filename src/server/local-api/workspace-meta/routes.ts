import {
  clientCreateSchema,
  clientListQuerySchema,
  statusCreateSchema,
  statusListQuerySchema,
  tagCreateSchema,
  tagListQuerySchema,
} from '@/api/workspace';
import type { LocalApiPlugin } from '../context';
import { createWorkspaceMetaStore } from './store';

const BASE = '/workspaces/:workspace_id';

/** Focus statuses, tags and clients of a workspace: list (paged) and create. */
export const workspaceMetaRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createWorkspaceMetaStore(db);
  const { workspace } = scopes;
  app.addHook('preValidation', workspace.hook);

  // Only the tags list carries `total` (as the OpenAPI's pages do).
  app.get(`${BASE}/statuses`, { schema: { querystring: statusListQuerySchema } }, async (req) => {
    const { data, page, per_page } = store.statuses(workspace.of(req).workspaceId, req.query);
    return { data, page, per_page };
  });
  app.get(`${BASE}/tags`, { schema: { querystring: tagListQuerySchema } }, async (req) =>
    store.tags(workspace.of(req).workspaceId, req.query),
  );
  app.get(`${BASE}/clients`, { schema: { querystring: clientListQuerySchema } }, async (req) => {
    const { data, page, per_page } = store.clients(workspace.of(req).workspaceId, req.query);
    return { data, page, per_page };
  });

  app.post(`${BASE}/statuses`, { schema: { body: statusCreateSchema } }, async (req, reply) =>
    reply.code(201).send(store.createStatus(workspace.of(req).workspaceId, req.body)),
  );
  app.post(`${BASE}/tags`, { schema: { body: tagCreateSchema } }, async (req, reply) =>
    reply.code(201).send(store.createTag(workspace.of(req).workspaceId, req.body)),
  );
  app.post(`${BASE}/clients`, { schema: { body: clientCreateSchema } }, async (req, reply) =>
    reply.code(201).send(store.createClient(workspace.of(req).workspaceId, req.auth.id, req.body)),
  );
};
