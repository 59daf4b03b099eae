import { Readable } from 'node:stream';
import { DEFAULT_PER_PAGE } from '@/api/common';
import type {
  TimeBlockBulkPatch,
  TimeBlockRangeQuery,
  TimeBlockStreamQuery,
  TimeBlockTaskListQuery,
} from '@/api/time-block';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { withTasks } from './embed';
import { orderSql, orderTerms } from './order';
import { rangeFilter } from './range-store';
import { toAggregate, toTimeBlock, type TimeBlockRow } from './row';
import { streamRange } from './stream-store';
import { findBlock, findBlocks, visibleTaskIds } from './visible-store';
import {
  insertBlock,
  restoreBlock,
  setStamp,
  updateBlock,
  type BlockChange,
  type NewBlock,
} from './write-store';

/**
 * Time blocks: reads see only live blocks of live tasks the caller may see (deleted blocks only for
 * restore); bulk writes run in one transaction, after the callers checked every id.
 */
export function createTimeBlockStore(db: Db) {
  return {
    /** The ids among `ids` of live tasks of the workspace that the caller may see. */
    visibleTasks: (scope: WorkspaceScope, ids: readonly number[]) => visibleTaskIds(db, scope, ids),
    find: (scope: WorkspaceScope, taskId: number, blockId: number, withDeleted = false) =>
      findBlock(db, scope, taskId, blockId, withDeleted),
    findMany: (scope: WorkspaceScope, ids: readonly number[]) => findBlocks(db, scope, ids),

    /** One page of a task's blocks (archived ones on request). */
    ofTask(scope: WorkspaceScope, taskId: number, q: TimeBlockTaskListQuery) {
      const page = q.page ?? 1;
      const perPage = q.per_page ?? DEFAULT_PER_PAGE;
      const rows = db
        .prepare(
          `SELECT b.* FROM time_blocks b
            WHERE b.task_id = ? AND b.workspace_id = ? AND b.deleted_at IS NULL
              AND b.archived_at IS ${q.archived ? 'NOT NULL' : 'NULL'}
            ORDER BY ${orderSql(orderTerms(q.order_by))} LIMIT ? OFFSET ?`,
        )
        .all(taskId, scope.workspaceId, perPage, (page - 1) * perPage) as TimeBlockRow[];
      return { data: rows.map(toAggregate), page, per_page: perPage };
    },

    /** One page of the workspace's blocks overlapping a range, each with its task: two queries a page. */
    range(scope: WorkspaceScope, q: TimeBlockRangeQuery) {
      const page = q.page ?? 1;
      const perPage = q.per_page ?? DEFAULT_PER_PAGE;
      const filter = rangeFilter(scope, q);
      const rows = db
        .prepare(`SELECT b.* ${filter.sql} ORDER BY ${orderSql(orderTerms(q.order_by))} LIMIT ? OFFSET ?`)
        .all(...filter.args, perPage, (page - 1) * perPage) as TimeBlockRow[];
      return { data: withTasks(db, rows), page, per_page: perPage };
    },

    /** The whole range as one JSON array, read chunk by chunk as the client takes it (see stream-store.ts). */
    stream: (scope: WorkspaceScope, q: TimeBlockStreamQuery) =>
      Readable.from(streamRange(db, scope, q), { objectMode: false }),

    create: (scope: WorkspaceScope, block: NewBlock) => toTimeBlock(insertBlock(db, scope, block)),
    createMany: (scope: WorkspaceScope, blocks: readonly NewBlock[]) =>
      db.transaction(() => blocks.map((b) => toTimeBlock(insertBlock(db, scope, b))))(),

    update: (id: number, change: BlockChange) => updateBlock(db, id, change),
    updateMany(items: TimeBlockBulkPatch) {
      db.transaction(() => {
        for (const { id, task_id, start, duration, completed } of items) {
          updateBlock(db, id, { taskId: task_id, start, duration, completed });
        }
      })();
    },

    archive: (id: number, on: boolean) => setStamp(db, [id], 'archived_at', on),
    remove: (ids: readonly number[]) => db.transaction(() => setStamp(db, ids, 'deleted_at', true))(),
    /** Undoes a delete and an archive. */
    restore: (id: number) => restoreBlock(db, id),
  };
}
