import type { OrderTerm } from '@/api/common';
import type { TimeBlockRow } from './row';

/**
 * order_by fields of the OpenAPI enum mapped to whitelisted columns. `start` sorts by `start_ts` (same
 * order as the UTC text, and the range index covers it).
 */
const COLUMNS = {
  start: { sql: 'b.start_ts', key: 'start_ts' },
  task_id: { sql: 'b.task_id', key: 'task_id' },
  created_at: { sql: 'b.created_at', key: 'created_at' },
  updated_at: { sql: 'b.updated_at', key: 'updated_at' },
} as const satisfies Record<string, { sql: string; key: keyof TimeBlockRow }>;

export type OrderField = keyof typeof COLUMNS;

interface Term {
  sql: string;
  key: keyof TimeBlockRow;
  desc: boolean;
}

/** The requested terms (first occurrence of a field wins), default `start`, always ending in `id` so pages are stable. */
export function orderTerms(requested: readonly OrderTerm<OrderField>[] | undefined): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const t of requested?.length ? requested : [{ field: 'start' as const, desc: false }]) {
    if (seen.has(t.field)) continue;
    seen.add(t.field);
    out.push({ ...COLUMNS[t.field], desc: t.desc });
  }
  out.push({ sql: 'b.id', key: 'id', desc: false });
  return out;
}

export function orderSql(terms: readonly Term[]): string {
  return terms.map((t) => `${t.sql} ${t.desc ? 'DESC' : 'ASC'}`).join(', ');
}

/**
 * Keyset condition "after `last` in this order": (a > x) OR (a = x AND b > y) OR ..., with `<` for
 * descending terms. Lets the stream read chunk after chunk without an OFFSET scan or an open cursor.
 */
export function afterSql(terms: readonly Term[], last: TimeBlockRow): { sql: string; args: unknown[] } {
  const ors: string[] = [];
  const args: unknown[] = [];
  terms.forEach((term, i) => {
    const ands = terms.slice(0, i).map((prev) => {
      args.push(last[prev.key]);
      return `${prev.sql} = ?`;
    });
    ands.push(`${term.sql} ${term.desc ? '<' : '>'} ?`);
    args.push(last[term.key]);
    ors.push(`(${ands.join(' AND ')})`);
  });
  return { sql: `(${ors.join(' OR ')})`, args };
}
