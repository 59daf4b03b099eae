import { z } from 'zod';
import { csvIds, DEFAULT_PER_PAGE, orderBy, pageParams } from '../../../api/common';
import type { RouteModule } from '../context';
import { nowIso } from '../db/open';
import { parseBody, parseWith } from '../validate';

const listQuery = z.object({
  name: z.string().max(255).optional(),
  type: z.enum(['todo', 'in_progress', 'done', 'blocked']).optional(),
  tag_id: csvIds.optional(),
  order_by: orderBy(['id', 'name', 'position', 'created_at', 'updated_at']).optional(),
  ...pageParams,
});

const nameBody = z.object({ name: z.string().trim().min(1).max(255) });
const tagBody = nameBody.extend({ color: z.string().max(32).optional() });
const statusBody = nameBody.extend({
  type: z.enum(['todo', 'in_progress', 'done', 'blocked']),
  emoji: z.string().max(16).optional(),
});

/** Statuses, tags and clients of a workspace: the lookups the planner shows names and colours from. */
export const workspaceMetaRoutes: RouteModule = (app, { db, scopes }) => {
  function list(table: 'statuses' | 'tags' | 'clients', q: z.output<typeof listQuery>, wsId: number) {
    const where = ['workspace_id = ?', 'deleted_at IS NULL'];
    const args: unknown[] = [wsId];
    if (q.name) {
      where.push("name LIKE ? ESCAPE '\\'");
      args.push(`%${q.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (q.type && table === 'statuses') {
      where.push('type = ?');
      args.push(q.type);
    }
    if (q.tag_id?.length && table === 'tags') {
      where.push(`id IN (${q.tag_id.map(() => '?').join(',')})`);
      args.push(...q.tag_id);
    }
    const allowed = table === 'statuses' ? ['id', 'name', 'position', 'created_at', 'updated_at'] : ['id', 'name', 'created_at', 'updated_at'];
    const terms = (q.order_by ?? []).filter((t) => allowed.includes(t.field));
    const order = terms.length
      ? terms.map((t) => `${t.field} ${t.desc ? 'DESC' : 'ASC'}`).join(', ')
      : table === 'statuses' ? 'position, id' : 'name COLLATE NOCASE, id';
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const page = q.page ?? 1;
    const whereSql = where.join(' AND ');
    const rows = db
      .prepare(`SELECT * FROM ${table} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...args, perPage, (page - 1) * perPage) as Record<string, unknown>[];
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${whereSql}`).get(...args) as { n: number }).n;
    return { rows, page, perPage, total };
  }

  app.get('/workspaces/:workspace_id/statuses', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const { rows, page, perPage } = list('statuses', parseWith(listQuery, req.query, 'query'), scope.workspaceId);
    return { data: rows, page, per_page: perPage };
  });

  app.get('/workspaces/:workspace_id/tags', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const { rows, page, perPage, total } = list('tags', parseWith(listQuery, req.query, 'query'), scope.workspaceId);
    return { data: rows, page, per_page: perPage, total };
  });

  app.get('/workspaces/:workspace_id/clients', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const { rows, page, perPage } = list('clients', parseWith(listQuery, req.query, 'query'), scope.workspaceId);
    return { data: rows.map((r) => ({ ...r, active: r.active === 1 })), page, per_page: perPage };
  });

  app.post('/workspaces/:workspace_id/statuses', async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(statusBody, req.body);
    const now = nowIso();
    const position = (db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM statuses WHERE workspace_id = ?').get(scope.workspaceId) as { p: number }).p;
    const { lastInsertRowid } = db
      .prepare('INSERT INTO statuses (workspace_id, name, type, emoji, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(scope.workspaceId, body.name, body.type, body.emoji ?? null, position, now, now);
    return reply.code(201).send(db.prepare('SELECT * FROM statuses WHERE id = ?').get(lastInsertRowid));
  });

  app.post('/workspaces/:workspace_id/tags', async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(tagBody, req.body);
    const now = nowIso();
    const { lastInsertRowid } = db
      .prepare('INSERT INTO tags (workspace_id, name, color, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(scope.workspaceId, body.name, body.color ?? null, now, now);
    return reply.code(201).send(db.prepare('SELECT * FROM tags WHERE id = ?').get(lastInsertRowid));
  });

  app.post('/workspaces/:workspace_id/clients', async (req, reply) => {
    const scope = scopes.ofWorkspace(req);
    const body = parseBody(nameBody, req.body);
    const now = nowIso();
    const { lastInsertRowid } = db
      .prepare('INSERT INTO clients (workspace_id, name, toggl_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(scope.workspaceId, body.name, req.auth.id, now, now);
    const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(lastInsertRowid) as Record<string, unknown>;
    return reply.code(201).send({ ...row, active: row.active === 1 });
  });
};
