import { Readable } from 'node:stream';
import { DEFAULT_PER_PAGE } from '@/api/common';
import { timeBlockRangeQuerySchema, timeBlockStreamQuerySchema } from '@/api/time-block';
import type { RouteModule } from '../context';
import { parseWith } from '../validate';
import { withTasks } from './embed';
import { orderSql, orderTerms } from './order';
import { rangeFilter } from './range-query';
import type { TimeBlockRow } from './row';
import { streamRange } from './stream';

const WS = '/organizations/:organization_id/workspaces/:workspace_id/time-blocks';

/** GET /time-blocks (one page, two queries per page whatever the size) and GET /time-blocks/stream. */
export const rangeTimeBlockRoutes: RouteModule = (app, { db, scopes }) => {
  app.get(WS, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const q = parseWith(timeBlockRangeQuerySchema, req.query, 'query');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const filter = rangeFilter(scope, q);
    const rows = db
      .prepare(`SELECT b.* ${filter.sql} ORDER BY ${orderSql(orderTerms(q.order_by))} LIMIT ? OFFSET ?`)
      .all(...filter.args, perPage, (page - 1) * perPage) as TimeBlockRow[];
    return { data: withTasks(db, rows), page, per_page: perPage };
  });

  app.get(`${WS}/stream`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const q = parseWith(timeBlockStreamQuerySchema, req.query, 'query');
    // Validation and access are settled before the 200 goes out: nothing can fail with a 4xx mid-stream.
    return reply
      .type('application/json; charset=utf-8')
      .send(Readable.from(streamRange(db, scope, q), { objectMode: false }));
  });
};
