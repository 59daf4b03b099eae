import type { Db } from '../db/open';

/** SQLite's bound-parameter limit is 32766; 500 keeps each statement small and well under it. */
export const IN_CHUNK = 500;

/** `?,?,?` for an IN list of `n` values. */
export function placeholders(n: number): string {
  return n === 0 ? 'NULL' : new Array(n).fill('?').join(',');
}

/**
 * Runs `sql` (which holds one `(__IN__)` list) for every chunk of `ids` and concatenates the rows:
 * a constant number of statements per chunk, never one per id.
 */
export function selectIn<R>(db: Db, sql: string, ids: readonly number[], before: unknown[] = []): R[] {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK);
    const stmt = db.prepare(sql.replace('__IN__', placeholders(chunk.length)));
    out.push(...(stmt.all(...before, ...chunk) as R[]));
  }
  return out;
}

/**
 * The ids linked to each of `ids` through a link table: `sql` selects `owner` and `id` columns with an
 * `IN (__IN__)` over the owners, ordered as each owner's list should be.
 */
export function idsByOwner(db: Db, sql: string, ids: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of selectIn<{ owner: number; id: number }>(db, sql, ids)) pushTo(out, r.owner, r.id);
  return out;
}

/** Distinct non-null numbers of a list, in first-seen order. */
export function distinctIds(values: Iterable<number | null | undefined>): number[] {
  const seen = new Set<number>();
  for (const v of values) if (v != null) seen.add(v);
  return [...seen];
}

/** Appends `value` to the list under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
