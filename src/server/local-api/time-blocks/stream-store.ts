import type { TimeBlockStreamQuery } from '@/api/time-block';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { loadTaskModels } from '../tasks/model-store';
import { afterSql, orderSql, orderTerms } from './order';
import { rangeFilter } from './range-store';
import {
  aggregateJsonOpen,
  BLOCK_COLUMNS,
  namedRow,
  RAW_TASK_ID,
  type RawBlockRow,
  type TimeBlockRow,
} from './row';

/**
 * Rows per chunk: one statement for the blocks and one batched task load per chunk. Each statement costs
 * about 2 ms besides its rows (50,000 blocks in chunks of 500 read in 420 ms, in chunks of 2,000 in 260 ms);
 * a chunk of 2,000 blocks is about 2.6 MB of text.
 */
export const STREAM_CHUNK = 2_000;
/**
 * Tasks whose JSON a stream keeps for their next blocks (about 1 kB each): blocks in start order come back to
 * the same tasks day after day, and a stream that forgot them loaded them again.
 */
const TASK_CACHE = 12_000;

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
  chunk = STREAM_CHUNK,
): AsyncGenerator<string> {
  const filter = rangeFilter(scope, q);
  const terms = orderTerms(q.order_by);
  const order = orderSql(terms);
  let last: TimeBlockRow | undefined;
  let first = true;
  const tasks = taskJsonCache(db);
  const columns = BLOCK_COLUMNS.map((c) => `b.${c}`).join(', ');
  const select = (after?: string) =>
    db
      .prepare(
        `SELECT ${columns} ${filter.sql}${after ? ` AND ${after}` : ''} ORDER BY ${order} LIMIT ${chunk}`,
      )
      .raw(true);
  let next: Statement | undefined;
  yield '[';
  for (;;) {
    const after = last ? afterSql(terms, last) : undefined;
    // The keyset condition's text is the same for every chunk after the first: prepared once.
    const stmt = after ? (next ??= select(after.sql)) : select();
    const rows: RawBlockRow[] = [];
    for (const row of stmt.iterate(...filter.args, ...(after?.args ?? []))) rows.push(row as RawBlockRow);
    if (rows.length === 0) break;
    tasks.load(rows.map((r) => r[RAW_TASK_ID] as number));
    let text = '';
    for (const row of rows) {
      // timeblock.TimeBlockAggregateWithTask: the block's fields, then its task (as `{...block, task}`).
      text += `${first ? '' : ','}${aggregateJsonOpen(row)},"task":${tasks.json(row[RAW_TASK_ID] as number)}}`;
      first = false;
    }
    yield text;
    if (rows.length < chunk) break;
    last = namedRow(rows[rows.length - 1]);
  }
  yield ']';
}

/**
 * Each task's JSON, loaded and written once for all its blocks in a stream (50,000 blocks of 10,000 tasks
 * loaded and serialized every task five times: 2.1 s of the stream's 2.8 s). Bounded: a long stream forgets
 * them all past TASK_CACHE and loads them again as they come.
 */
export function taskJsonCache(db: Db, limit = TASK_CACHE) {
  const json = new Map<number, string>();
  return {
    /** Makes sure the JSON of every task of `taskIds` is at hand. */
    load(taskIds: readonly number[]) {
      const ids = [...new Set(taskIds)];
      if (json.size + ids.length > limit) json.clear();
      const missing = ids.filter((id) => !json.has(id));
      const models = loadTaskModels(db, missing);
      for (const id of missing) json.set(id, JSON.stringify(models.get(id) ?? null));
    },
    json: (taskId: number) => json.get(taskId) ?? 'null',
    get size() {
      return json.size;
    },
  };
}
