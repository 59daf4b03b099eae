import { DEFAULT_PER_PAGE } from '@/api/common';
import { taskBulkCreateSchema, taskCreateSchema, taskListQuerySchema } from '@/api/task';
import type { RouteModule } from '../context';
import { badRequest } from '../errors';
import { withAggregations } from '../tasks/aggregates';
import { insertTask } from '../tasks/create';
import { listWhere, orderSql, TASK_FROM } from '../tasks/list-query';
import { loadTaskModels } from '../tasks/task-model';
import { parseBody, parseWith } from '../validate';

const BASE = '/organizations/:organization_id/workspaces/:workspace_id/tasks';

/**
 * Focus tasks: list (filters, order, paging with total, aggregations), create, bulk create.
 * No time entries exist locally: `with_entries` adds nothing and the tracked counters are 0.
 */
export const taskRoutes: RouteModule = (app, { db, scopes }) => {
  app.get(BASE, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const q = parseWith(taskListQuerySchema, req.query, 'query');
    if (q.start_date && q.end_date && q.start_date > q.end_date) {
      throw badRequest('invalid query: start_date must not be after end_date');
    }
    const page = q.page ?? 1;
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const where = listWhere(scope, q);
    const total = (
      db.prepare(`SELECT COUNT(*) AS n ${TASK_FROM} WHERE ${where.sql()}`).get(...where.args) as { n: number }
    ).n;
    const ids = (
      db
        .prepare(
          `SELECT t.id ${TASK_FROM} WHERE ${where.sql()} ORDER BY ${orderSql(q.order_by)} LIMIT ? OFFSET ?`,
        )
        .all(...where.args, perPage, (page - 1) * perPage) as { id: number }[]
    ).map((r) => r.id);
    const models = loadTaskModels(db, ids, { includeRates: q.include_rates });
    const ordered = ids.map((id) => models.get(id)!);
    const data = withAggregations(db, ordered, {
      disabled: q.disable_aggregations,
      includeRates: q.include_rates,
    });
    return { data, page, per_page: perPage, total };
  });

  app.post(BASE, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const body = parseBody(taskCreateSchema, req.body);
    const id = db.transaction(() => insertTask(db, scope, body))();
    return reply.code(201).send(loadTaskModels(db, [id]).get(id));
  });

  // All or nothing: one transaction, the first bad task rolls back every insert.
  app.post(`${BASE}/bulk`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const body = parseBody(taskBulkCreateSchema, req.body);
    const ids = db.transaction(() => body.tasks.map((t, i) => insertTask(db, scope, t, `tasks.${i}.`)))();
    const models = loadTaskModels(db, ids);
    return reply.code(201).send(ids.map((id) => models.get(id)));
  });
};
