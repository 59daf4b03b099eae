import type { OrderTerm } from '@/api/common';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import type { ProjectRow } from './model-store';
import { orderSql } from './list-store';

interface Page {
  page: number;
  perPage: number;
  order?: readonly OrderTerm<string>[];
}

// Depth is bounded so a corrupt cycle in stored data cannot recurse forever.
const DOWN = `WITH RECURSIVE tree(id, depth) AS (
    SELECT id, 0 FROM projects WHERE id = ?
    UNION ALL
    SELECT p.id, tree.depth + 1 FROM projects p JOIN tree ON p.parent_project_id = tree.id
     WHERE p.deleted_at IS NULL AND tree.depth < 1000)`;
const UP = `WITH RECURSIVE tree(id, parent, depth) AS (
    SELECT id, parent_project_id, 0 FROM projects WHERE id = ?
    UNION ALL
    SELECT p.id, p.parent_project_id, tree.depth + 1 FROM projects p JOIN tree ON p.id = tree.parent
     WHERE p.deleted_at IS NULL AND tree.depth < 1000)`;

/**
 * The project and its sub-projects (`down`) or its parent chain (`up`), visible ones only, one page.
 * Without order_by the tree order is kept: the project first, then by distance from it.
 */
export function relativesPage(
  db: Db,
  scope: WorkspaceScope,
  id: number,
  dir: 'up' | 'down',
  p: Page,
): ProjectRow[] {
  const order = p.order?.length ? orderSql(p.order) : 'ORDER BY MIN(tree.depth), p.name COLLATE NOCASE, p.id';
  return db
    .prepare(
      `${dir === 'up' ? UP : DOWN}
       SELECT p.* FROM tree JOIN projects p ON p.id = tree.id LEFT JOIN clients c ON c.id = p.client_id
        WHERE p.workspace_id = ? AND p.deleted_at IS NULL AND ${projectVisibleSql('p', scope)}
        GROUP BY p.id ${order} LIMIT ? OFFSET ?`,
    )
    .all(
      id,
      scope.workspaceId,
      ...projectVisibleArgs(scope),
      p.perPage,
      (p.page - 1) * p.perPage,
    ) as ProjectRow[];
}
