import { taskBulkDeleteQuerySchema, taskBulkPatchSchema, taskBulkStateSchema } from '@/api/task-edit';
import type { LocalApiPlugin } from '../context';
import { ApiError, badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { firstMissing } from './find-store';
import { STATE_ROUTES } from './state-routes';
import { createTaskStore } from './store';

const BULK = '/organizations/:organization_id/workspaces/:workspace_id/tasks/bulk';

/**
 * Bulk patch, delete, archive, unarchive and restore (bulk create is with the list). All-or-nothing: every
 * id is checked before the first write and the writes run in one transaction, so one bad item changes no
 * row. Unknown tasks answer 404 where the operation lists it (archive, unarchive, restore), else 400.
 */
export const taskBulkRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createTaskStore(db);
  const { orgWorkspace } = scopes;

  function requireTasks(scope: WorkspaceScope, ids: number[], status: 400 | 404, withDeleted = false) {
    const missing = firstMissing(ids, store.find(scope, ids, { withDeleted }));
    if (missing === undefined) return;
    const message = `task ${missing} does not exist`;
    throw status === 404 ? new ApiError(404, 'not_found', message) : badRequest(message);
  }

  app.patch(BULK, { schema: { body: taskBulkPatchSchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    requireTasks(
      scope,
      req.body.map((i) => i.id),
      400,
    );
    store.patchMany(scope, req.body);
    return reply.code(204).send();
  });

  app.delete(BULK, { schema: { querystring: taskBulkDeleteQuerySchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    const ids = [...new Set(req.query.ids)];
    requireTasks(scope, ids, 400);
    store.setState(scope, ids, 'delete');
    return reply.code(204).send();
  });

  for (const [method, path, state] of STATE_ROUTES) {
    app[method](`${BULK}/${path}`, { schema: { body: taskBulkStateSchema } }, async (req, reply) => {
      const scope = orgWorkspace.of(req);
      const ids = [...new Set(req.body.task_ids)];
      requireTasks(scope, ids, 404, state === 'restore');
      store.setState(scope, ids, state, true);
      return reply.code(204).send();
    });
  }
};
