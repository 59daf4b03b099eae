import { toUtcSeconds } from '@/api/common';
import type { Milestone, MilestoneListQuery, MilestonePatch, MilestonePayload } from '@/api/milestone';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { ApiError, badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { projectVisibleArgs, projectVisibleSql } from '../sql/access';
import { placeholders } from '../sql/in-lists';
import { listMilestones } from './list-store';
import { milestoneVisibleSql, toMilestones, type MilestoneRow } from './model-store';

/** The colour a PATCH with `color: null` goes back to (the OpenAPI allows null there without naming one). */
export const DEFAULT_MILESTONE_COLOR = '#0b83d9';

const missing = () => new ApiError(404, 'not_found', 'Milestone not found');

interface Columns {
  name?: string;
  color?: string;
  due_date?: string;
  completed_at?: string | null;
}

/**
 * Focus milestones of a workspace: every member reads and writes them (the local API has no milestone
 * roles); one that belongs only to private projects the caller cannot see does not exist for them (404).
 * DELETE is soft and `restore` undoes it; a deleted milestone is gone for every other operation.
 */
export function createMilestoneStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO milestones (workspace_id, name, color, due_date, completed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const addProject = db.prepare('INSERT INTO milestone_projects (milestone_id, project_id) VALUES (?, ?)');
  const addTeam = db.prepare('INSERT INTO milestone_teams (milestone_id, group_id) VALUES (?, ?)');

  function find(scope: WorkspaceScope, id: number, deleted: 'live' | 'any'): MilestoneRow {
    const visible = milestoneVisibleSql(scope);
    const row = db
      .prepare(
        `SELECT m.* FROM milestones m WHERE m.id = ? AND m.workspace_id = ?
          ${deleted === 'live' ? 'AND m.deleted_at IS NULL' : ''} AND ${visible.sql}`,
      )
      .get(id, scope.workspaceId, ...visible.args) as MilestoneRow | undefined;
    if (!row) throw missing();
    return row;
  }

  /** 400 naming the first id that is not a live project of the workspace the caller may see. */
  function checkProjects(scope: WorkspaceScope, ids: readonly number[]): void {
    if (!ids.length) return;
    const found = new Set(
      db
        .prepare(
          `SELECT p.id FROM projects p WHERE p.workspace_id = ? AND p.deleted_at IS NULL
             AND p.id IN (${placeholders(ids.length)}) AND ${projectVisibleSql('p', scope)}`,
        )
        .pluck()
        .all(scope.workspaceId, ...ids, ...projectVisibleArgs(scope)) as number[],
    );
    const first = ids.find((id) => !found.has(id));
    if (first !== undefined) throw badRequest(`project_ids: ${first} is not a project of the workspace`);
  }

  /** 400 naming the first id that is not a team (group) of the organization. */
  function checkTeams(scope: WorkspaceScope, ids: readonly number[]): void {
    if (!ids.length) return;
    const found = new Set(
      db
        .prepare(`SELECT id FROM groups WHERE organization_id = ? AND id IN (${placeholders(ids.length)})`)
        .pluck()
        .all(scope.organizationId, ...ids) as number[],
    );
    const first = ids.find((id) => !found.has(id));
    if (first !== undefined) throw badRequest(`team_ids: ${first} is not a team of the organization`);
  }

  function setLinks(
    id: number,
    projects: readonly number[] | undefined,
    teams: readonly number[] | undefined,
  ) {
    if (projects) {
      db.prepare('DELETE FROM milestone_projects WHERE milestone_id = ?').run(id);
      for (const p of projects) addProject.run(id, p);
    }
    if (teams) {
      db.prepare('DELETE FROM milestone_teams WHERE milestone_id = ?').run(id);
      for (const t of teams) addTeam.run(id, t);
    }
  }

  function write(id: number, cols: Columns): void {
    const keys = Object.keys(cols) as (keyof Columns)[];
    const sets = keys.map((k) => `${k} = ?`);
    db.prepare(
      `UPDATE milestones SET ${[...sets, 'updated_at = later_stamp(updated_at, ?)'].join(', ')} WHERE id = ?`,
    ).run(...keys.map((k) => cols[k]), nowIso(), id);
  }

  function completedAt(v: string | null | undefined): string | null | undefined {
    if (v == null) return v;
    const utc = toUtcSeconds(v);
    // An offset can push year 9999 past what the four-digit form holds.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(utc)) throw badRequest('completed_at: out of range');
    return utc;
  }
  const get = (id: number) =>
    toMilestones(db, [db.prepare('SELECT * FROM milestones WHERE id = ?').get(id) as MilestoneRow])[0];

  return {
    list: (scope: WorkspaceScope, q: MilestoneListQuery) => listMilestones(db, scope, q),

    get: (scope: WorkspaceScope, id: number): Milestone => toMilestones(db, [find(scope, id, 'live')])[0],

    create(scope: WorkspaceScope, body: MilestonePayload): Milestone {
      checkProjects(scope, body.project_ids ?? []);
      checkTeams(scope, body.team_ids ?? []);
      const now = nowIso();
      const id = db.transaction(() => {
        const { lastInsertRowid } = insert.run(
          scope.workspaceId,
          body.name.trim(),
          body.color,
          body.due_date,
          completedAt(body.completed_at) ?? null,
          now,
          now,
        );
        setLinks(Number(lastInsertRowid), body.project_ids ?? [], body.team_ids ?? []);
        return Number(lastInsertRowid);
      })();
      return get(id);
    },

    /** PUT: the payload replaces the milestone; fields it leaves out are cleared. */
    replace(scope: WorkspaceScope, id: number, body: MilestonePayload): void {
      find(scope, id, 'live');
      checkProjects(scope, body.project_ids ?? []);
      checkTeams(scope, body.team_ids ?? []);
      db.transaction(() => {
        write(id, {
          name: body.name.trim(),
          color: body.color,
          due_date: body.due_date,
          completed_at: completedAt(body.completed_at) ?? null,
        });
        setLinks(id, body.project_ids ?? [], body.team_ids ?? []);
      })();
    },

    patch(scope: WorkspaceScope, id: number, body: MilestonePatch): void {
      find(scope, id, 'live');
      if (body.project_ids) checkProjects(scope, body.project_ids);
      if (body.team_ids) checkTeams(scope, body.team_ids);
      const cols: Columns = {};
      if (body.name !== undefined) cols.name = body.name.trim();
      if (body.color !== undefined) cols.color = body.color ?? DEFAULT_MILESTONE_COLOR;
      if (body.due_date !== undefined) cols.due_date = body.due_date;
      if (body.completed_at !== undefined) cols.completed_at = completedAt(body.completed_at);
      db.transaction(() => {
        write(id, cols);
        setLinks(id, body.project_ids, body.team_ids);
      })();
    },

    remove(scope: WorkspaceScope, id: number): void {
      find(scope, id, 'live');
      const now = nowIso();
      db.prepare(
        'UPDATE milestones SET deleted_at = ?, updated_at = later_stamp(updated_at, ?) WHERE id = ?',
      ).run(now, now, id);
    },

    /** Brings a deleted milestone back; restoring a live one changes nothing. */
    restore(scope: WorkspaceScope, id: number): void {
      const row = find(scope, id, 'any');
      if (!row.deleted_at) return;
      db.prepare(
        'UPDATE milestones SET deleted_at = NULL, updated_at = later_stamp(updated_at, ?) WHERE id = ?',
      ).run(nowIso(), id);
    },
  };
}
