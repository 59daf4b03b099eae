import type { Milestone } from '@/api/milestone';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { idsByOwner } from '../sql/in-lists';

export interface MilestoneRow {
  id: number;
  workspace_id: number;
  name: string;
  color: string;
  due_date: string;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/**
 * SQL condition (milestone alias `m`) true when the caller may see the milestone: it belongs to no project,
 * or to at least one project the caller may see. A milestone of private projects alone stays private.
 */
export function milestoneVisibleSql(scope: WorkspaceScope): { sql: string; args: number[] } {
  if (scope.isOrgAdmin) return { sql: '1', args: [] };
  return {
    sql: `(NOT EXISTS (SELECT 1 FROM milestone_projects mp WHERE mp.milestone_id = m.id)
        OR EXISTS (SELECT 1 FROM milestone_projects mp JOIN projects p ON p.id = mp.project_id
                    WHERE mp.milestone_id = m.id AND ${projectVisibleSql('p', scope)}))`,
    args: projectVisibleArgs(scope),
  };
}

/** The API shape of milestone rows, their projects and teams read in one statement each. */
export function toMilestones(db: Db, rows: readonly MilestoneRow[]): Milestone[] {
  const ids = rows.map((r) => r.id);
  const projects = idsByOwner(
    db,
    `SELECT milestone_id AS owner, project_id AS id FROM milestone_projects WHERE milestone_id IN (__IN__)
      ORDER BY project_id`,
    ids,
  );
  const teams = idsByOwner(
    db,
    'SELECT milestone_id AS owner, group_id AS id FROM milestone_teams WHERE milestone_id IN (__IN__) ORDER BY group_id',
    ids,
  );
  return rows.map((r) => {
    const m: Milestone = {
      id: r.id,
      workspace_id: r.workspace_id,
      name: r.name,
      color: r.color,
      due_date: r.due_date,
      project_ids: projects.get(r.id) ?? [],
      team_ids: teams.get(r.id) ?? [],
      created_at: r.created_at,
      updated_at: r.updated_at,
    };
    // Optional date-times are left out while they have no value (the OpenAPI gives no null for them).
    if (r.completed_at) m.completed_at = r.completed_at;
    if (r.deleted_at) m.deleted_at = r.deleted_at;
    return m;
  });
}
