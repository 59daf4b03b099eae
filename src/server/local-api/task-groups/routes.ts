import { z } from 'zod';
import { taskGroupPatchBodySchema, taskGroupsQuerySchema, taskGroupTypeSchema } from '@/api/task-group';
import type { LocalApiPlugin } from '../context';
import { createTaskGroupStore } from './store';

const PATH = '/organizations/:organization_id/workspaces/:workspace_id/tasks/groups/:group';
const params = z.object({ group: taskGroupTypeSchema });

/**
 * Focus task groups: the timeline's rows (users / projects / tags) with their task bars, and the drops
 * (move, reorder, remove) applied as one transaction. PATCH answers 200 with `{}`: the OpenAPI gives the
 * 200 no body schema, so nothing beyond an empty object is promised.
 */
export const taskGroupRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createTaskGroupStore(db);
  const { orgWorkspace } = scopes;
  app.addHook('preValidation', orgWorkspace.hook);

  app.get(PATH, { schema: { params, querystring: taskGroupsQuerySchema } }, async (req) =>
    store.read(orgWorkspace.of(req), req.params.group, req.query),
  );

  app.patch(PATH, { schema: { params, body: taskGroupPatchBodySchema } }, async (req) => {
    store.move(orgWorkspace.of(req), req.params.group, req.body);
    return {};
  });
};
