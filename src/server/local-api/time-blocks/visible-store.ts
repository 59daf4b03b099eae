import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { placeholders } from '../sql/in-lists';
import type { TimeBlockRow } from './row';

/**
 * SQL (on a tasks alias) true when the task is live and the caller may see it: tasks outside projects
 * are public, tasks of private projects follow the project's visibility. Bind `taskVisibleArgs` after it.
 */
export function taskVisibleSql(alias: string, scope: WorkspaceScope): string {
  return `(${alias}.deleted_at IS NULL AND (${alias}.project_id IS NULL OR EXISTS (
    SELECT 1 FROM projects p WHERE p.id = ${alias}.project_id AND ${projectVisibleSql('p', scope)})))`;
}

export function taskVisibleArgs(scope: WorkspaceScope): number[] {
  return projectVisibleArgs(scope);
}

/** The ids among `ids` of live tasks of the workspace that the caller may see (ids are bounded by the bulk cap). */
export function visibleTaskIds(db: Db, scope: WorkspaceScope, ids: readonly number[]): Set<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = db
    .prepare(
      `SELECT t.id FROM tasks t WHERE t.workspace_id = ? AND t.id IN (${placeholders(unique.length)})
         AND ${taskVisibleSql('t', scope)}`,
    )
    .all(scope.workspaceId, ...unique, ...taskVisibleArgs(scope)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/**
 * One block of one task of the workspace, with its task visible to the caller. Deleted blocks are
 * only found when `withDeleted` (restore is the one operation that reaches them).
 */
export function findBlock(
  db: Db,
  scope: WorkspaceScope,
  taskId: number,
  blockId: number,
  withDeleted = false,
): TimeBlockRow | undefined {
  return db
    .prepare(
      `SELECT b.* FROM time_blocks b JOIN tasks t ON t.id = b.task_id
        WHERE b.id = ? AND b.task_id = ? AND b.workspace_id = ? ${withDeleted ? '' : 'AND b.deleted_at IS NULL'}
          AND ${taskVisibleSql('t', scope)}`,
    )
    .get(blockId, taskId, scope.workspaceId, ...taskVisibleArgs(scope)) as TimeBlockRow | undefined;
}

/** Live blocks of the workspace among `ids` whose task the caller may see. */
export function findBlocks(db: Db, scope: WorkspaceScope, ids: readonly number[]): TimeBlockRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT b.* FROM time_blocks b JOIN tasks t ON t.id = b.task_id
        WHERE b.id IN (${placeholders(ids.length)}) AND b.workspace_id = ? AND b.deleted_at IS NULL
          AND ${taskVisibleSql('t', scope)}`,
    )
    .all(...ids, scope.workspaceId, ...taskVisibleArgs(scope)) as TimeBlockRow[];
}
