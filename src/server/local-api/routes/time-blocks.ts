import { z } from 'zod';
import { DEFAULT_PER_PAGE, idParam } from '@/api/common';
import {
  timeBlockCreateSchema,
  timeBlockDeleteQuerySchema,
  timeBlockPatchSchema,
  timeBlockTaskListQuerySchema,
  timeBlockUpdateSchema,
} from '@/api/time-block';
import type { RouteModule } from '../context';
import { ApiError, badRequest, notFound } from '../errors';
import type { WorkspaceScope } from '../scope';
import { bulkTimeBlockRoutes } from '../time-blocks/bulk-routes';
import { orderSql, orderTerms } from '../time-blocks/order';
import { rangeTimeBlockRoutes } from '../time-blocks/range-routes';
import { toAggregate, toTimeBlock, type TimeBlockRow } from '../time-blocks/row';
import {
  findBlock,
  insertBlock,
  restoreBlock,
  setStamp,
  updateBlock,
  visibleTaskIds,
} from '../time-blocks/store';
import { parseBody, parseWith } from '../validate';

const TASK = '/organizations/:organization_id/workspaces/:workspace_id/tasks/:task_id/time-blocks';
const BLOCK = `${TASK}/:time_block_id`;
const taskParams = z.object({ task_id: idParam });
const blockParams = z.object({ task_id: idParam, time_block_id: idParam });

/**
 * Time blocks of one task, plus the workspace-wide range, stream and bulk endpoints.
 *
 * Status codes follow each operation's OpenAPI responses: where an operation lists 404 an unknown task
 * or block answers 404; where it does not (list, create, archive, unarchive) it answers 400.
 * Deleting is soft (`deleted_at`): deleted blocks are invisible to every read and write except restore.
 */
export const timeBlockRoutes: RouteModule = (app, ctx) => {
  const { db, scopes } = ctx;

  function requireTask(scope: WorkspaceScope, taskId: number, status: 400 | 404): void {
    if (visibleTaskIds(db, scope, [taskId]).size > 0) return;
    throw status === 404 ? notFound('Task') : badRequest(`task ${taskId} does not exist`);
  }

  /** The block addressed by the path, or the error the operation documents. */
  function requireBlock(
    scope: WorkspaceScope,
    params: unknown,
    status: 400 | 404,
    withDeleted = false,
  ): TimeBlockRow {
    const p = parseWith(blockParams, params, 'path');
    requireTask(scope, p.task_id, status);
    const row = findBlock(db, scope, p.task_id, p.time_block_id, withDeleted);
    if (row) return row;
    const message = `time block ${p.time_block_id} does not exist`;
    throw status === 404 ? new ApiError(404, 'not_found', message) : badRequest(message);
  }

  app.get(TASK, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { task_id } = parseWith(taskParams, req.params, 'path');
    const q = parseWith(timeBlockTaskListQuerySchema, req.query, 'query');
    requireTask(scope, task_id, 400);
    const page = q.page ?? 1;
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const rows = db
      .prepare(
        `SELECT b.* FROM time_blocks b
          WHERE b.task_id = ? AND b.workspace_id = ? AND b.deleted_at IS NULL
            AND b.archived_at IS ${q.archived ? 'NOT NULL' : 'NULL'}
          ORDER BY ${orderSql(orderTerms(q.order_by))} LIMIT ? OFFSET ?`,
      )
      .all(task_id, scope.workspaceId, perPage, (page - 1) * perPage) as TimeBlockRow[];
    return { data: rows.map(toAggregate), page, per_page: perPage };
  });

  app.post(TASK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { task_id } = parseWith(taskParams, req.params, 'path');
    const body = parseBody(timeBlockCreateSchema, req.body);
    requireTask(scope, task_id, 400);
    const row = insertBlock(db, scope, { taskId: task_id, ...body });
    return reply.code(201).send(toTimeBlock(row));
  });

  app.get(BLOCK, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    return toTimeBlock(requireBlock(scope, req.params, 404));
  });

  app.put(BLOCK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const body = parseBody(timeBlockUpdateSchema, req.body);
    const row = requireBlock(scope, req.params, 404);
    // A full update: what the payload leaves out goes back to its default (no duration, not completed).
    updateBlock(db, row.id, {
      start: body.start,
      duration: body.duration ?? 0,
      completed: body.completed ?? false,
    });
    return reply.code(204).send();
  });

  app.patch(BLOCK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const body = parseBody(timeBlockPatchSchema, req.body);
    const row = requireBlock(scope, req.params, 404);
    if (body.task_id !== undefined && visibleTaskIds(db, scope, [body.task_id]).size === 0) {
      throw badRequest(`invalid body: task_id: task ${body.task_id} does not exist`);
    }
    updateBlock(db, row.id, {
      taskId: body.task_id,
      start: body.start,
      duration: body.duration,
      completed: body.completed,
    });
    return reply.code(204).send();
  });

  app.delete(BLOCK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    parseWith(timeBlockDeleteQuerySchema, req.query, 'query');
    const row = requireBlock(scope, req.params, 404);
    setStamp(db, [row.id], 'deleted_at', true);
    return reply.code(204).send();
  });

  app.post(`${BLOCK}/archive`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    setStamp(db, [requireBlock(scope, req.params, 400).id], 'archived_at', true);
    return reply.code(204).send();
  });

  app.post(`${BLOCK}/unarchive`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    setStamp(db, [requireBlock(scope, req.params, 400).id], 'archived_at', false);
    return reply.code(204).send();
  });

  app.patch(`${BLOCK}/restore`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    restoreBlock(db, requireBlock(scope, req.params, 404, true).id);
    return reply.code(204).send();
  });

  rangeTimeBlockRoutes(app, ctx);
  bulkTimeBlockRoutes(app, ctx);
};
