import {
  timeBlockBulkCreateSchema,
  timeBlockBulkDeleteQuerySchema,
  timeBlockBulkPatchSchema,
} from '@/api/time-block';
import type { LocalApiPlugin } from '../context';
import { ApiError, badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { createTimeBlockStore } from './store';

const BULK = '/organizations/:organization_id/workspaces/:workspace_id/time-blocks/bulk';

/**
 * Bulk create, update and delete. All-or-nothing: every id and task is checked before the first write,
 * and the writes run in one transaction, so one bad item changes no row. Unknown blocks answer 404
 * (the update and delete operations list it); unknown tasks in a body are an invalid request (400).
 */
export const bulkTimeBlockRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createTimeBlockStore(db);
  const { orgWorkspace } = scopes;

  function requireTasks(scope: WorkspaceScope, ids: number[]): void {
    const found = store.visibleTasks(scope, ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw badRequest(`invalid body: task_id: task ${missing} does not exist`);
  }

  function requireBlocks(scope: WorkspaceScope, ids: number[]): void {
    const found = new Set(store.findMany(scope, ids).map((r) => r.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw new ApiError(404, 'not_found', `time block ${missing} does not exist`);
  }

  app.post(BULK, { schema: { body: timeBlockBulkCreateSchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    const { time_blocks } = req.body;
    requireTasks(
      scope,
      time_blocks.map((b) => b.task_id),
    );
    const created = store.createMany(
      scope,
      time_blocks.map((b) => ({ ...b, taskId: b.task_id })),
    );
    return reply.code(201).send(created);
  });

  app.patch(BULK, { schema: { body: timeBlockBulkPatchSchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    const items = req.body;
    requireBlocks(
      scope,
      items.map((i) => i.id),
    );
    requireTasks(
      scope,
      items.flatMap((i) => (i.task_id === undefined ? [] : [i.task_id])),
    );
    store.updateMany(items);
    return reply.code(204).send();
  });

  app.delete(BULK, { schema: { querystring: timeBlockBulkDeleteQuerySchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    const unique = [...new Set(req.query.ids)];
    requireBlocks(scope, unique);
    store.remove(unique);
    return reply.code(204).send();
  });
};
