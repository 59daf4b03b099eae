import { usersWindowQuerySchema } from '@/api/time-off';
import type { LocalApiPlugin } from '../context';
import { createPublicHolidayStore } from './store';

/** Focus `GET /organizations/{org}/public-holidays`: open to every member of the organization. */
export const publicHolidayRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createPublicHolidayStore(db);
  const { organization } = scopes;
  app.addHook('preValidation', organization.hook);

  app.get(
    '/organizations/:organization_id/public-holidays',
    { schema: { querystring: usersWindowQuerySchema } },
    async (req) =>
      store.ofUsers(organization.of(req), req.query.user_id, req.query.start_date, req.query.end_date),
  );
};
