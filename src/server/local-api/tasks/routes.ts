import { taskBulkCreateSchema, taskCreateSchema, taskListQuerySchema } from '@/api/task';
import type { LocalApiPlugin } from '../context';
import { badRequest } from '../errors';
import { taskBulkRoutes } from './bulk-routes';
import { taskItemRoutes } from './item-routes';
import { createTaskStore } from './store';

const BASE = '/organizations/:organization_id/workspaces/:workspace_id/tasks';

/** Focus tasks: list, create, bulk create; one task's and the bulk edits are child plugins. */
export const taskRoutes: LocalApiPlugin = async (app, ctx) => {
  const { db, scopes } = ctx;
  const store = createTaskStore(db);
  const { orgWorkspace } = scopes;
  app.addHook('preValidation', orgWorkspace.hook);

  app.get(BASE, { schema: { querystring: taskListQuerySchema } }, async (req) => {
    const q = req.query;
    if (q.start_date && q.end_date && q.start_date > q.end_date) {
      throw badRequest('invalid query: start_date must not be after end_date');
    }
    return store.list(orgWorkspace.of(req), q);
  });

  app.post(BASE, { schema: { body: taskCreateSchema } }, async (req, reply) =>
    reply.code(201).send(store.create(orgWorkspace.of(req), req.body)),
  );

  app.post(`${BASE}/bulk`, { schema: { body: taskBulkCreateSchema } }, async (req, reply) =>
    reply.code(201).send(store.createMany(orgWorkspace.of(req), req.body.tasks)),
  );
  await app.register(taskItemRoutes, ctx);
  await app.register(taskBulkRoutes, ctx);
};
