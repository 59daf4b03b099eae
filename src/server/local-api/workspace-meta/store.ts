import { DEFAULT_PER_PAGE, type OrderTerm } from '@/api/common';
import type {
  ClientCreate,
  ClientListQuery,
  StatusCreate,
  StatusListQuery,
  TagCreate,
  TagListQuery,
} from '@/api/workspace';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { placeholders } from '../sql/in-lists';
import { containsPattern } from '../sql/like';

type Table = 'statuses' | 'tags' | 'clients';
type Row = Record<string, unknown>;

interface ListSpec {
  name?: string;
  type?: string;
  ids?: number[];
  order?: OrderTerm<string>[];
  page?: number;
  per_page?: number;
}

/** One page of a lookup table, with the page's envelope fields. */
export interface LookupPage {
  data: Row[];
  page: number;
  per_page: number;
  total: number;
}

const DEFAULT_ORDER: Record<Table, string> = {
  statuses: 'position, id',
  tags: 'name COLLATE NOCASE, id',
  clients: 'name COLLATE NOCASE, id',
};

const clientJson = (row: Row) => ({ ...row, active: row.active === 1 });

/** Statuses, tags and clients of a workspace: the lookups the planner shows names and colours from. */
export function createWorkspaceMetaStore(db: Db) {
  /** Order fields come from the contract's enums, so they are safe SQL. */
  function listPage(table: Table, workspaceId: number, spec: ListSpec): LookupPage {
    const where = ['workspace_id = ?', 'deleted_at IS NULL'];
    const args: unknown[] = [workspaceId];
    if (spec.name) {
      where.push("name LIKE ? ESCAPE '\\'");
      args.push(containsPattern(spec.name));
    }
    if (spec.type) {
      where.push('type = ?');
      args.push(spec.type);
    }
    if (spec.ids?.length) {
      where.push(`id IN (${placeholders(spec.ids.length)})`);
      args.push(...spec.ids);
    }
    const order = spec.order?.length
      ? `${spec.order.map((t) => `${t.field} ${t.desc ? 'DESC' : 'ASC'}`).join(', ')}, id`
      : DEFAULT_ORDER[table];
    const perPage = spec.per_page ?? DEFAULT_PER_PAGE;
    const page = spec.page ?? 1;
    const whereSql = where.join(' AND ');
    const data = db
      .prepare(`SELECT * FROM ${table} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...args, perPage, (page - 1) * perPage) as Row[];
    const total = (
      db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${whereSql}`).get(...args) as { n: number }
    ).n;
    return { data, page, per_page: perPage, total };
  }

  const insertStatus = db.prepare(
    'INSERT INTO statuses (workspace_id, name, type, emoji, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertTag = db.prepare(
    'INSERT INTO tags (workspace_id, name, color, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertClient = db.prepare(
    'INSERT INTO clients (workspace_id, name, currency, toggl_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byId = {
    statuses: db.prepare('SELECT * FROM statuses WHERE id = ?'),
    tags: db.prepare('SELECT * FROM tags WHERE id = ?'),
    clients: db.prepare('SELECT * FROM clients WHERE id = ?'),
  };
  const read = (table: Table, id: number | bigint) => byId[table].get(id) as Row;

  return {
    statuses: (workspaceId: number, q: StatusListQuery) =>
      listPage('statuses', workspaceId, { ...q, order: q.order_by }),

    tags: (workspaceId: number, q: TagListQuery) =>
      listPage('tags', workspaceId, { ...q, ids: q.tag_id, order: q.order_by }),

    clients(workspaceId: number, q: ClientListQuery): LookupPage {
      const page = listPage('clients', workspaceId, { ...q, order: q.order_by });
      return { ...page, data: page.data.map(clientJson) };
    },

    /** status.Payload carries no type: a new status is a to-do kind of status. */
    createStatus(workspaceId: number, body: StatusCreate): Row {
      const now = nowIso();
      const info = insertStatus.run(
        workspaceId,
        body.name,
        'todo',
        body.emoji ?? null,
        body.position,
        now,
        now,
      );
      return read('statuses', info.lastInsertRowid);
    },

    createTag(workspaceId: number, body: TagCreate): Row {
      const now = nowIso();
      const info = insertTag.run(workspaceId, body.name, body.color ?? null, now, now);
      return read('tags', info.lastInsertRowid);
    },

    createClient(workspaceId: number, creatorId: number, body: ClientCreate): Row {
      const now = nowIso();
      const info = insertClient.run(workspaceId, body.name, body.currency ?? null, creatorId, now, now);
      return clientJson(read('clients', info.lastInsertRowid));
    },
  };
}
