import { z } from 'zod';
import { taskGroupPatchBodySchema, taskGroupsQuerySchema, taskGroupTypeSchema } from '@/api/task-group';
import type { RouteModule } from '../context';
import { applyGroupPatch } from '../tasks/group-patch';
import { readTaskGroups } from '../tasks/group-read';
import { parseBody, parseWith } from '../validate';

const PATH = '/organizations/:organization_id/workspaces/:workspace_id/tasks/groups/:group';
const groupParams = z.object({ group: taskGroupTypeSchema });

/**
 * Focus task groups: the timeline's rows (users / projects / tags) with their task bars, and the drops
 * (move, reorder, remove) applied as one transaction. PATCH answers 200 with `{}`: the OpenAPI gives the
 * 200 no body schema, so nothing beyond an empty object is promised.
 */
export const taskGroupRoutes: RouteModule = (app, { db, scopes }) => {
  app.get(PATH, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { group } = parseWith(groupParams, req.params, 'path');
    const q = parseWith(taskGroupsQuerySchema, req.query, 'query');
    return readTaskGroups(db, scope, group, q);
  });

  app.patch(PATH, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const { group } = parseWith(groupParams, req.params, 'path');
    const items = parseBody(taskGroupPatchBodySchema, req.body);
    applyGroupPatch(db, scope, group, items);
    return {};
  });
};
