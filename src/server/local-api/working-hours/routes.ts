import { z } from 'zod';
import { idParam } from '@/api/common';
import {
  workingHoursCreateSchema,
  workingHoursDeleteSchema,
  workingHoursUpdateSchema,
} from '@/api/working-hours';
import type { LocalApiPlugin } from '../context';
import { createWorkingHoursStore } from './store';

const PATH = '/organizations/:organization_id/workinghours/users/:user_id';
const params = z.object({ user_id: idParam });

/** Focus working hours of one organization user: read, create, update and delete weekdays. */
export const workingHoursRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createWorkingHoursStore(db);
  const { organization } = scopes;
  app.addHook('preValidation', organization.hook);

  app.get(PATH, { schema: { params } }, async (req) => store.list(organization.of(req), req.params.user_id));

  app.post(PATH, { schema: { params, body: workingHoursCreateSchema } }, async (req) =>
    store.create(organization.of(req), req.params.user_id, req.body),
  );

  app.put(PATH, { schema: { params, body: workingHoursUpdateSchema } }, async (req) =>
    store.update(organization.of(req), req.params.user_id, req.body),
  );

  app.delete(PATH, { schema: { params, body: workingHoursDeleteSchema } }, async (req, reply) => {
    store.remove(organization.of(req), req.params.user_id, req.body);
    return reply.code(204).send();
  });
};
