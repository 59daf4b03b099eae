import type { TimeBlockStreamQuery } from '@/api/time-block';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { withTasks } from './embed';
import { afterSql, orderSql, orderTerms } from './order';
import { rangeFilter } from './range-store';
import type { TimeBlockRow } from './row';

/** Rows per chunk: one statement for the blocks and one batched task load per chunk. */
export const STREAM_CHUNK = 500;

/**
 * The range as one JSON array (the OpenAPI's `produces: application/json`, schema: array of
 * TimeBlockAggregateWithTask), produced chunk by chunk. Each chunk is read to its end with
 * `stmt.iterate()` before yielding: better-sqlite3 refuses writes on a connection while a cursor is open,
 * so holding one across a slow client would fail every other write. The next chunk continues after the
 * last row in the requested order (keyset), so memory holds one chunk whatever the range's size and the
 * consumer's pace (Readable.from only pulls when the socket wants more). Rows written during a long
 * stream may or may not appear: there is no snapshot across chunks.
 */
export async function* streamRange(
  db: Db,
  scope: WorkspaceScope,
  q: TimeBlockStreamQuery,
): AsyncGenerator<string> {
  const filter = rangeFilter(scope, q);
  const terms = orderTerms(q.order_by);
  const order = orderSql(terms);
  let last: TimeBlockRow | undefined;
  let first = true;
  yield '[';
  for (;;) {
    const after = last ? afterSql(terms, last) : undefined;
    const stmt = db.prepare(
      `SELECT b.* ${filter.sql}${after ? ` AND ${after.sql}` : ''} ORDER BY ${order} LIMIT ${STREAM_CHUNK}`,
    );
    const rows: TimeBlockRow[] = [];
    for (const row of stmt.iterate(...filter.args, ...(after?.args ?? []))) rows.push(row as TimeBlockRow);
    if (rows.length === 0) break;
    let text = '';
    for (const item of withTasks(db, rows)) {
      text += (first ? '' : ',') + JSON.stringify(item);
      first = false;
    }
    yield text;
    if (rows.length < STREAM_CHUNK) break;
    last = rows[rows.length - 1];
  }
  yield ']';
}
