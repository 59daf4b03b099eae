import {
  timeBlockBulkCreateSchema,
  timeBlockBulkDeleteQuerySchema,
  timeBlockBulkPatchSchema,
} from '@/api/time-block';
import type { RouteModule } from '../context';
import { ApiError, badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { parseBody, parseWith } from '../validate';
import { toTimeBlock } from './row';
import { findBlocks, insertBlock, setStamp, updateBlock, visibleTaskIds } from './store';

const BULK = '/organizations/:organization_id/workspaces/:workspace_id/time-blocks/bulk';

/**
 * Bulk create, update and delete. All-or-nothing: every id and task is checked before the first write,
 * and the writes run in one transaction, so one bad item changes no row. Unknown blocks answer 404
 * (the update and delete operations list it); unknown tasks in a body are an invalid request (400).
 */
export const bulkTimeBlockRoutes: RouteModule = (app, { db, scopes }) => {
  function requireTasks(scope: WorkspaceScope, ids: number[]): void {
    const found = visibleTaskIds(db, scope, ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw badRequest(`invalid body: task_id: task ${missing} does not exist`);
  }

  function requireBlocks(scope: WorkspaceScope, ids: number[]): void {
    const found = new Set(findBlocks(db, scope, ids).map((r) => r.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw new ApiError(404, 'not_found', `time block ${missing} does not exist`);
  }

  app.post(BULK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { time_blocks } = parseBody(timeBlockBulkCreateSchema, req.body);
    requireTasks(
      scope,
      time_blocks.map((b) => b.task_id),
    );
    const created = db.transaction(() =>
      time_blocks.map((b) => insertBlock(db, scope, { ...b, taskId: b.task_id })),
    )();
    return reply.code(201).send(created.map(toTimeBlock));
  });

  app.patch(BULK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const items = parseBody(timeBlockBulkPatchSchema, req.body);
    requireBlocks(
      scope,
      items.map((i) => i.id),
    );
    requireTasks(
      scope,
      items.flatMap((i) => (i.task_id === undefined ? [] : [i.task_id])),
    );
    db.transaction(() => {
      for (const item of items) {
        updateBlock(db, item.id, {
          taskId: item.task_id,
          start: item.start,
          duration: item.duration,
          completed: item.completed,
        });
      }
    })();
    return reply.code(204).send();
  });

  app.delete(BULK, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { ids } = parseWith(timeBlockBulkDeleteQuerySchema, req.query, 'query');
    const unique = [...new Set(ids)];
    requireBlocks(scope, unique);
    db.transaction(() => setStamp(db, unique, 'deleted_at', true))();
    return reply.code(204).send();
  });
};
