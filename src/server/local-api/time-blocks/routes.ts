import { z } from 'zod';
import { idParam } from '@/api/common';
import {
  timeBlockCreateSchema,
  timeBlockDeleteQuerySchema,
  timeBlockPatchSchema,
  timeBlockTaskListQuerySchema,
  timeBlockUpdateSchema,
} from '@/api/time-block';
import type { LocalApiPlugin } from '../context';
import { ApiError, badRequest, notFound } from '../errors';
import type { WorkspaceScope } from '../scope';
import { bulkTimeBlockRoutes } from './bulk-routes';
import { rangeTimeBlockRoutes } from './range-routes';
import { toTimeBlock, type TimeBlockRow } from './row';
import { createTimeBlockStore } from './store';

const TASK = '/organizations/:organization_id/workspaces/:workspace_id/tasks/:task_id/time-blocks';
const BLOCK = `${TASK}/:time_block_id`;
const taskParams = z.object({ task_id: idParam });
const blockParams = z.object({ task_id: idParam, time_block_id: idParam });
type BlockParams = z.output<typeof blockParams>;

/**
 * Time blocks of one task, plus the workspace-wide range, stream and bulk endpoints.
 *
 * Status codes follow each operation's OpenAPI responses: where an operation lists 404 an unknown task
 * or block answers 404; where it does not (list, create, archive, unarchive) it answers 400.
 * Deleting is soft (`deleted_at`): deleted blocks are invisible to every read and write except restore.
 */
export const timeBlockRoutes: LocalApiPlugin = async (app, ctx) => {
  const store = createTimeBlockStore(ctx.db);
  const { orgWorkspace } = ctx.scopes;
  app.addHook('preValidation', orgWorkspace.hook);

  function requireTask(scope: WorkspaceScope, taskId: number, status: 400 | 404): void {
    if (store.visibleTasks(scope, [taskId]).size > 0) return;
    throw status === 404 ? notFound('Task') : badRequest(`task ${taskId} does not exist`);
  }

  /** The block addressed by the path, or the error the operation documents. */
  function requireBlock(scope: WorkspaceScope, p: BlockParams, status: 400 | 404, withDeleted = false) {
    requireTask(scope, p.task_id, status);
    const row: TimeBlockRow | undefined = store.find(scope, p.task_id, p.time_block_id, withDeleted);
    if (row) return row;
    const message = `time block ${p.time_block_id} does not exist`;
    throw status === 404 ? new ApiError(404, 'not_found', message) : badRequest(message);
  }

  app.get(
    TASK,
    { schema: { params: taskParams, querystring: timeBlockTaskListQuerySchema } },
    async (req) => {
      const scope = orgWorkspace.of(req);
      requireTask(scope, req.params.task_id, 400);
      return store.ofTask(scope, req.params.task_id, req.query);
    },
  );

  app.post(TASK, { schema: { params: taskParams, body: timeBlockCreateSchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    requireTask(scope, req.params.task_id, 400);
    return reply.code(201).send(store.create(scope, { taskId: req.params.task_id, ...req.body }));
  });

  app.get(BLOCK, { schema: { params: blockParams } }, async (req) =>
    toTimeBlock(requireBlock(orgWorkspace.of(req), req.params, 404)),
  );

  app.put(BLOCK, { schema: { params: blockParams, body: timeBlockUpdateSchema } }, async (req, reply) => {
    const row = requireBlock(orgWorkspace.of(req), req.params, 404);
    const { start, duration, completed } = req.body;
    // A full update: what the payload leaves out goes back to its default (no duration, not completed).
    store.update(row.id, { start, duration: duration ?? 0, completed: completed ?? false });
    return reply.code(204).send();
  });

  app.patch(BLOCK, { schema: { params: blockParams, body: timeBlockPatchSchema } }, async (req, reply) => {
    const scope = orgWorkspace.of(req);
    const row = requireBlock(scope, req.params, 404);
    const { task_id, start, duration, completed } = req.body;
    if (task_id !== undefined && store.visibleTasks(scope, [task_id]).size === 0) {
      throw badRequest(`invalid body: task_id: task ${task_id} does not exist`);
    }
    store.update(row.id, { taskId: task_id, start, duration, completed });
    return reply.code(204).send();
  });

  app.delete(
    BLOCK,
    { schema: { params: blockParams, querystring: timeBlockDeleteQuerySchema } },
    async (req, reply) => {
      store.remove([requireBlock(orgWorkspace.of(req), req.params, 404).id]);
      return reply.code(204).send();
    },
  );

  for (const [path, on] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(`${BLOCK}/${path}`, { schema: { params: blockParams } }, async (req, reply) => {
      store.archive(requireBlock(orgWorkspace.of(req), req.params, 400).id, on);
      return reply.code(204).send();
    });
  }

  app.patch(`${BLOCK}/restore`, { schema: { params: blockParams } }, async (req, reply) => {
    store.restore(requireBlock(orgWorkspace.of(req), req.params, 404, true).id);
    return reply.code(204).send();
  });

  await app.register(rangeTimeBlockRoutes, ctx);
  await app.register(bulkTimeBlockRoutes, ctx);
};
