import type { Db } from '../db/open';

/** The tables whose rows nest under a parent of the same table, and the column that names the parent. */
const PARENT_COLUMN = { projects: 'parent_project_id', tasks: 'parent_task_id' } as const;

/**
 * The parent chain of a project or task, starting with the row itself and nearest first (bounded: a corrupt
 * cycle cannot loop forever). Used to refuse a parent that would make the chain loop.
 */
export function parentChain(db: Db, table: keyof typeof PARENT_COLUMN, id: number): number[] {
  return db
    .prepare(
      `WITH RECURSIVE up(id, parent, depth) AS (
         SELECT id, ${PARENT_COLUMN[table]}, 0 FROM ${table} WHERE id = ?
         UNION ALL
         SELECT r.id, r.${PARENT_COLUMN[table]}, up.depth + 1 FROM ${table} r JOIN up ON r.id = up.parent
          WHERE up.depth < 1000)
       SELECT id FROM up ORDER BY depth`,
    )
    .pluck()
    .all(id) as number[];
}
