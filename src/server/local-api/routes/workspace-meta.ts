import type { OrderTerm } from '@/api/common';
import { DEFAULT_PER_PAGE } from '@/api/common';
import {
  clientCreateSchema,
  clientListQuerySchema,
  statusCreateSchema,
  statusListQuerySchema,
  tagCreateSchema,
  tagListQuerySchema,
} from '@/api/workspace';
import type { RouteModule } from '../context';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { parseBody, parseWith } from '../validate';

type Table = 'statuses' | 'tags' | 'clients';

interface ListSpec {
  name?: string;
  type?: string;
  ids?: number[];
  order: OrderTerm<string>[];
  defaultOrder: string;
  page?: number;
  perPage?: number;
}

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of a lookup table; order fields come from the contract's enums, so they are safe SQL. */
function listPage(db: Db, table: Table, workspaceId: number, spec: ListSpec) {
  const where = ['workspace_id = ?', 'deleted_at IS NULL'];
  const args: unknown[] = [workspaceId];
  if (spec.name) {
    where.push("name LIKE ? ESCAPE '\\'");
    args.push(escapeLike(spec.name));
  }
  if (spec.type) {
    where.push('type = ?');
    args.push(spec.type);
  }
  if (spec.ids?.length) {
    where.push(`id IN (${spec.ids.map(() => '?').join(',')})`);
    args.push(...spec.ids);
  }
  const order = spec.order.length
    ? `${spec.order.map((t) => `${t.field} ${t.desc ? 'DESC' : 'ASC'}`).join(', ')}, id`
    : spec.defaultOrder;
  const perPage = spec.perPage ?? DEFAULT_PER_PAGE;
  const page = spec.page ?? 1;
  const whereSql = where.join(' AND ');
  const rows = db
    .prepare(`SELECT * FROM ${table} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...args, perPage, (page - 1) * perPage) as Record<string, unknown>[];
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${whereSql}`).get(...args) as { n: number }
  ).n;
  return { rows, page, perPage, total };
}

const clientJson = (row: Record<string, unknown>) => ({ ...row, active: row.active === 1 });

/** Statuses, tags and clients of a workspace: the lookups the planner shows names and colours from. */
export const workspaceMetaRoutes: RouteModule = (app, { db, scopes }) => {
  app.get('/workspaces/:workspace_id/statuses', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const q = parseWith(statusListQuerySchema, req.query, 'query');
    const r = listPage(db, 'statuses', scope.workspaceId, {
      name: q.name,
      type: q.type,
      order: q.order_by ?? [],
      defaultOrder: 'position, id',
      page: q.page,
      perPage: q.per_page,
    });
    return { data: r.rows, page: r.page, per_page: r.perPage };
  });

  app.get('/workspaces/:workspace_id/tags', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const q = parseWith(tagListQuerySchema, req.query, 'query');
    const r = listPage(db, 'tags', scope.workspaceId, {
      name: q.name,
      ids: q.tag_id,
      order: q.order_by ?? [],
      defaultOrder: 'name COLLATE NOCASE, id',
      page: q.page,
      perPage: q.per_page,
    });
    return { data: r.rows, page: r.page, per_page: r.perPage, total: r.total };
  });

  app.get('/workspaces/:workspace_id/clients', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const q = parseWith(clientListQuerySchema, req.query, 'query');
    const r = listPage(db, 'clients', scope.workspaceId, {
      name: q.name,
      order: q.order_by ?? [],
      defaultOrder: 'name COLLATE NOCASE, id',
      page: q.page,
      perPage: q.per_page,
    });
    return { data: r.rows.map(clientJson), page: r.page, per_page: r.perPage };
  });

  app.post('/workspaces/:workspace_id/statuses', async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(statusCreateSchema, req.body);
    const now = nowIso();
    // status.Payload carries no type: a new status is a to-do kind of status.
    const { lastInsertRowid } = db
      .prepare(
        'INSERT INTO statuses (workspace_id, name, type, emoji, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(scope.workspaceId, body.name, 'todo', body.emoji ?? null, body.position, now, now);
    return reply.code(201).send(db.prepare('SELECT * FROM statuses WHERE id = ?').get(lastInsertRowid));
  });

  app.post('/workspaces/:workspace_id/tags', async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(tagCreateSchema, req.body);
    const now = nowIso();
    const { lastInsertRowid } = db
      .prepare('INSERT INTO tags (workspace_id, name, color, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(scope.workspaceId, body.name, body.color ?? null, now, now);
    return reply.code(201).send(db.prepare('SELECT * FROM tags WHERE id = ?').get(lastInsertRowid));
  });

  app.post('/workspaces/:workspace_id/clients', async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(clientCreateSchema, req.body);
    const now = nowIso();
    const { lastInsertRowid } = db
      .prepare(
        'INSERT INTO clients (workspace_id, name, currency, toggl_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(scope.workspaceId, body.name, body.currency ?? null, req.auth.id, now, now);
    return reply
      .code(201)
      .send(
        clientJson(
          db.prepare('SELECT * FROM clients WHERE id = ?').get(lastInsertRowid) as Record<string, unknown>,
        ),
      );
  });
};
