import { z } from 'zod';
import { idParam } from '@/api/common';
import { milestoneListQuerySchema, milestonePatchSchema, milestonePayloadSchema } from '@/api/milestone';
import type { LocalApiPlugin } from '../context';
import { createMilestoneStore } from './store';

const BASE = '/workspaces/:workspace_id/milestones';
const ONE = `${BASE}/:milestone_id`;
const params = z.object({ milestone_id: idParam });

/** Focus milestones: list, create, read, replace, patch, soft delete and restore. */
export const milestoneRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createMilestoneStore(db);
  const { workspace } = scopes;
  app.addHook('preValidation', workspace.hook);

  app.get(BASE, { schema: { querystring: milestoneListQuerySchema } }, async (req) =>
    store.list(workspace.of(req), req.query),
  );

  app.post(BASE, { schema: { body: milestonePayloadSchema } }, async (req, reply) =>
    reply.code(201).send(store.create(workspace.of(req), req.body)),
  );

  app.get(ONE, { schema: { params } }, async (req) => store.get(workspace.of(req), req.params.milestone_id));

  app.put(ONE, { schema: { params, body: milestonePayloadSchema } }, async (req, reply) => {
    store.replace(workspace.of(req), req.params.milestone_id, req.body);
    return reply.code(204).send();
  });

  app.patch(ONE, { schema: { params, body: milestonePatchSchema } }, async (req, reply) => {
    store.patch(workspace.of(req), req.params.milestone_id, req.body);
    return reply.code(204).send();
  });

  app.delete(ONE, { schema: { params } }, async (req, reply) => {
    store.remove(workspace.of(req), req.params.milestone_id);
    return reply.code(204).send();
  });

  app.patch(`${ONE}/restore`, { schema: { params } }, async (req, reply) => {
    store.restore(workspace.of(req), req.params.milestone_id);
    return reply.code(204).send();
  });
};
