import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { placeholders } from '../sql/in-lists';
import type { TaskRow } from './model-store';

/**
 * The rows among `ids` of tasks of the workspace the caller may see: tasks outside projects are public,
 * tasks of private projects follow the project's visibility (one the caller cannot see reads as unknown).
 * Deleted tasks are found only with `withDeleted` (restore is the one operation that reaches them).
 */
export function findTasks(
  db: Db,
  scope: WorkspaceScope,
  ids: readonly number[],
  opts: { withDeleted?: boolean } = {},
): Map<number, TaskRow> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = db
    .prepare(
      `SELECT t.* FROM tasks t
        WHERE t.workspace_id = ? AND t.id IN (${placeholders(unique.length)})
          ${opts.withDeleted ? '' : 'AND t.deleted_at IS NULL'}
          AND (t.project_id IS NULL OR EXISTS (
            SELECT 1 FROM projects p WHERE p.id = t.project_id AND ${projectVisibleSql('p', scope)}))`,
    )
    .all(scope.workspaceId, ...unique, ...projectVisibleArgs(scope)) as TaskRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The first of `ids` that `found` lacks, if any (the id a 400 or 404 names). */
export const firstMissing = (ids: readonly number[], found: ReadonlyMap<number, unknown>) =>
  ids.find((id) => !found.has(id));
