import { timeBlockRangeQuerySchema, timeBlockStreamQuerySchema } from '@/api/time-block';
import type { LocalApiPlugin } from '../context';
import { createTimeBlockStore } from './store';

const WS = '/organizations/:organization_id/workspaces/:workspace_id/time-blocks';

/** GET /time-blocks (one page, two queries per page whatever the size) and GET /time-blocks/stream. */
export const rangeTimeBlockRoutes: LocalApiPlugin = async (app, { db, scopes }) => {
  const store = createTimeBlockStore(db);
  const { orgWorkspace } = scopes;

  app.get(WS, { schema: { querystring: timeBlockRangeQuerySchema } }, async (req) =>
    store.range(orgWorkspace.of(req), req.query),
  );

  // Validation and access are settled before the 200 goes out: nothing can fail with a 4xx mid-stream.
  app.get(`${WS}/stream`, { schema: { querystring: timeBlockStreamQuerySchema } }, async (req, reply) =>
    reply.type('application/json; charset=utf-8').send(store.stream(orgWorkspace.of(req), req.query)),
  );
};
