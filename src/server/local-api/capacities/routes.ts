import { z } from 'zod';
import { capacityGroupSchema, capacityQuerySchema, type ComputationGroup } from '@/api/capacity';
import type { LocalApiPlugin } from '../context';
import { computePerson } from './compute';
import { createCapacityStore } from './store';

const params = z.object({ group: capacityGroupSchema });

/**
 * Focus capacity computations per user: working, time-off, estimated and remaining minutes and task counts
 * per day, week, month or quarter, computed from the same rows every other route reads.
 */
export const capacityRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createCapacityStore(db);
  const { orgWorkspace } = scopes;
  app.addHook('preValidation', orgWorkspace.hook);

  app.get(
    '/organizations/:organization_id/workspaces/:workspace_id/capacities/:group',
    { schema: { params, querystring: capacityQuerySchema } },
    async (req): Promise<ComputationGroup[]> => {
      const scope = orgWorkspace.of(req);
      const q = req.query;
      const today = store.today(scope);
      const window = { start: q.start_date, end: q.end_date };
      return store.people(scope, q).map((person) => ({
        id: person.id,
        type: 'user',
        computations: computePerson(person, window, q.unit ?? 'day', today),
      }));
    },
  );
};
