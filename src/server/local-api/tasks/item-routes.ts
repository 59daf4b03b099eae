import {
  taskArchiveQuerySchema,
  taskDeleteQuerySchema,
  taskGetQuerySchema,
  taskParamsSchema,
  taskPatchQuerySchema,
  taskPatchSchema,
  taskUpdateSchema,
} from '@/api/task-edit';
import type { LocalApiPlugin } from '../context';
import { ApiError, badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import type { TaskRow } from './model-store';
import { createTaskStore } from './store';
import { STATE_ROUTES } from './state-routes';

const TASK = '/organizations/:organization_id/workspaces/:workspace_id/tasks/:task_id';

/**
 * One task: read, replace, patch, soft delete, archive, unarchive, restore. Status codes follow each
 * operation's OpenAPI responses: where it lists 404 (archive, unarchive, restore) an unknown task answers
 * 404, elsewhere 400. A deleted task is unknown to all but restore; a task of a private project the caller
 * cannot see is unknown to all.
 */
export const taskItemRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createTaskStore(db);
  const { orgWorkspace } = scopes;

  function requireTask(scope: WorkspaceScope, id: number, status: 400 | 404, withDeleted = false): TaskRow {
    const row = store.find(scope, [id], { withDeleted }).get(id);
    if (row) return row;
    const message = `task ${id} does not exist`;
    throw status === 404 ? new ApiError(404, 'not_found', message) : badRequest(message);
  }

  app.get(TASK, { schema: { params: taskParamsSchema, querystring: taskGetQuerySchema } }, async (req) =>
    store.detail(requireTask(orgWorkspace.of(req), req.params.task_id, 400)),
  );

  app.put(TASK, { schema: { params: taskParamsSchema, body: taskUpdateSchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    store.replace(scope, requireTask(scope, req.params.task_id, 400), req.body);
    return reply.code(204).send();
  });

  app.patch(
    TASK,
    { schema: { params: taskParamsSchema, querystring: taskPatchQuerySchema, body: taskPatchSchema } },
    async (req, reply) => {
      const scope = orgWorkspace.of(req);
      store.patch(scope, requireTask(scope, req.params.task_id, 400), req.body);
      return reply.code(204).send();
    },
  );

  app.delete(
    TASK,
    { schema: { params: taskParamsSchema, querystring: taskDeleteQuerySchema } },
    async (req, reply) => {
      const scope = orgWorkspace.of(req);
      store.setState(scope, [requireTask(scope, req.params.task_id, 400).id], 'delete');
      return reply.code(204).send();
    },
  );

  for (const [method, path, state] of STATE_ROUTES) {
    app[method](
      `${TASK}/${path}`,
      {
        schema: {
          params: taskParamsSchema,
          ...(state === 'archive' ? { querystring: taskArchiveQuerySchema } : {}),
        },
      },
      async (req, reply) => {
        const scope = orgWorkspace.of(req);
        const row = requireTask(scope, req.params.task_id, 404, state === 'restore');
        store.setState(scope, [row.id], state);
        return reply.code(204).send();
      },
    );
  }
};
