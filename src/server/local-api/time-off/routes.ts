import { z } from 'zod';
import { idParam } from '@/api/common';
import {
  timeOffCreateSchema,
  timeOffDeleteSchema,
  timeOffUpdateSchema,
  timeOffUserQuerySchema,
  usersWindowQuerySchema,
} from '@/api/time-off';
import type { LocalApiPlugin } from '../context';
import { createTimeOffStore } from './store';

const ORG = '/organizations/:organization_id/timeoff';
const USER = `${ORG}/users/:user_id`;
const params = z.object({ user_id: idParam });

/** Focus time off: the organization-wide read, and one user's entries read, created, updated and deleted. */
export const timeOffRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createTimeOffStore(db);
  const { organization } = scopes;
  app.addHook('preValidation', organization.hook);

  app.get(ORG, { schema: { querystring: usersWindowQuerySchema } }, async (req) =>
    store.ofUsers(organization.of(req), req.query.user_id, req.query.start_date, req.query.end_date),
  );

  app.get(USER, { schema: { params, querystring: timeOffUserQuerySchema } }, async (req) =>
    store.ofUser(organization.of(req), req.params.user_id, req.query.from, req.query.to),
  );

  // The OpenAPI answers both writes with 200 (not 201) and the entries.
  app.post(USER, { schema: { params, body: timeOffCreateSchema } }, async (req) =>
    store.create(organization.of(req), req.params.user_id, req.body),
  );

  app.put(USER, { schema: { params, body: timeOffUpdateSchema } }, async (req) =>
    store.update(organization.of(req), req.params.user_id, req.body),
  );

  app.delete(USER, { schema: { params, body: timeOffDeleteSchema } }, async (req, reply) => {
    store.remove(organization.of(req), req.params.user_id, req.body);
    return reply.code(204).send();
  });
};
