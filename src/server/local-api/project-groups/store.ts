import type { ProjectGroup } from '@/api/group';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { canManageProject, projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { placeholders } from '../sql/in-lists';

interface ProjectGroupRow {
  id: number;
  group_id: number;
  project_id: number;
  workspace_id: number;
}

const toModel = (r: ProjectGroupRow): ProjectGroup => ({
  id: r.id,
  group_id: r.group_id,
  pid: r.project_id,
  wid: r.workspace_id,
});

/**
 * Track project groups: the groups with access to a project. The same rows are the group members of Focus
 * projects; a group added here has no role (a plain member).
 */
export function createProjectGroupStore(db: Db) {
  const groupInOrg = db.prepare('SELECT 1 FROM groups WHERE id = ? AND organization_id = ?');
  const assigned = db.prepare('SELECT 1 FROM project_groups WHERE project_id = ? AND group_id = ?');
  const insert = db.prepare(
    'INSERT INTO project_groups (workspace_id, project_id, group_id, role_id) VALUES (?, ?, ?, NULL)',
  );
  const inWorkspace = db.prepare(
    `SELECT pg.id, pg.group_id, pg.project_id, pg.workspace_id FROM project_groups pg
       JOIN projects p ON p.id = pg.project_id WHERE pg.id = ? AND p.workspace_id = ? AND p.deleted_at IS NULL`,
  );
  const remove = db.prepare('DELETE FROM project_groups WHERE id = ?');

  return {
    /** The project groups of the visible, live projects among `projectIds`. */
    list(scope: WorkspaceScope, projectIds: readonly number[]): ProjectGroup[] {
      const rows = db
        .prepare(
          `SELECT pg.id, pg.group_id, pg.project_id, pg.workspace_id FROM project_groups pg
             JOIN projects p ON p.id = pg.project_id
            WHERE p.workspace_id = ? AND p.deleted_at IS NULL AND pg.project_id IN (${placeholders(projectIds.length)})
              AND ${projectVisibleSql('p', scope)}
            ORDER BY pg.project_id, pg.id`,
        )
        .all(scope.workspaceId, ...projectIds, ...projectVisibleArgs(scope)) as ProjectGroupRow[];
      return rows.map(toModel);
    },

    /** A live project of the workspace that the caller may see. */
    projectVisible: (scope: WorkspaceScope, projectId: number) =>
      db
        .prepare(
          `SELECT p.id FROM projects p WHERE p.id = ? AND p.workspace_id = ? AND p.deleted_at IS NULL
            AND ${projectVisibleSql('p', scope)}`,
        )
        .get(projectId, scope.workspaceId, ...projectVisibleArgs(scope)) !== undefined,

    /** Organization admin, or a manager of the project (directly or through a group). */
    canManage: (scope: WorkspaceScope, projectId: number) => canManageProject(db, scope, projectId),

    groupInOrganization: (organizationId: number, groupId: number) =>
      groupInOrg.get(groupId, organizationId) !== undefined,

    isAssigned: (projectId: number, groupId: number) => assigned.get(projectId, groupId) !== undefined,

    add(workspaceId: number, projectId: number, groupId: number): ProjectGroup {
      const info = insert.run(workspaceId, projectId, groupId);
      return toModel({
        id: Number(info.lastInsertRowid),
        group_id: groupId,
        project_id: projectId,
        workspace_id: workspaceId,
      });
    },

    /** The project group of a live project of the workspace, by its id. */
    find: (workspaceId: number, id: number) =>
      inWorkspace.get(id, workspaceId) as ProjectGroupRow | undefined,

    remove(id: number): void {
      remove.run(id);
    },
  };
}
