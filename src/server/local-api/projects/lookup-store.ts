import { canManageProject, projectVisibleArgs, projectVisibleSql } from '../sql/access';
import type { Db } from '../db/open';
import { ApiError, forbidden } from '../errors';
import type { WorkspaceScope } from '../scope';
import type { ProjectRow } from './model-store';

/** The upstream's texts: the project pages say "does not exist", the member pages "not found". */
export const projectMissing = () => new ApiError(404, 'not_found', 'Project does not exist');
export const memberProjectMissing = () => new ApiError(404, 'not_found', 'Project not found');

interface FindOptions {
  /** Restore works on deleted projects; everything else treats them as gone. */
  includeDeleted?: boolean;
  missing?: () => ApiError;
}

/**
 * The project of the scope's workspace that the caller may see. Unknown, deleted and invisible (private,
 * not a member) projects all answer 404, so a private project's existence does not leak.
 */
export function findVisibleProject(
  db: Db,
  scope: WorkspaceScope,
  id: number,
  opts: FindOptions = {},
): ProjectRow {
  const row = db
    .prepare(
      `SELECT p.* FROM projects p WHERE p.id = ? AND p.workspace_id = ?
        ${opts.includeDeleted ? '' : 'AND p.deleted_at IS NULL'} AND ${projectVisibleSql('p', scope)}`,
    )
    .get(id, scope.workspaceId, ...projectVisibleArgs(scope)) as ProjectRow | undefined;
  if (!row) throw (opts.missing ?? projectMissing)();
  return row;
}

/** Like findVisibleProject, and the caller must manage it (organization admin or project manager): else 403. */
export function findManagedProject(
  db: Db,
  scope: WorkspaceScope,
  id: number,
  opts: FindOptions = {},
): ProjectRow {
  const row = findVisibleProject(db, scope, id, opts);
  if (!canManageProject(db, scope, id))
    throw forbidden('Only organization admins and project managers may do this');
  return row;
}
