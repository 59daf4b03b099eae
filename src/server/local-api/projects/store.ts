import { DEFAULT_PER_PAGE } from '@/api/common';
import type { z } from 'zod';
import type {
  ProjectCreate,
  ProjectListQuery,
  ProjectPatch,
  projectRelativesQuerySchema,
} from '@/api/project';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { listPage } from './list-store';
import { findManagedProject, findVisibleProject } from './lookup-store';
import { serializeProjects, serializeProjectsWithAggregations, type ProjectRow } from './model-store';
import { relativesPage } from './relatives-store';
import {
  checkReferences,
  insertProject,
  patchColumns,
  payloadColumns,
  replaceTags,
  updateColumns,
  type ProjectColumns,
} from './write-store';

/**
 * One-column state changes: archive, unarchive, restore, pin, unpin. Archiving again keeps the first
 * archive time; restore brings back a soft-deleted project. `@now` is the request time.
 */
const STATES = {
  archive: 'archived_at = COALESCE(archived_at, @now)',
  unarchive: 'archived_at = NULL',
  restore: 'deleted_at = NULL',
  pin: 'pinned = 1',
  unpin: 'pinned = 0',
} as const;
export type ProjectState = keyof typeof STATES;

/** Focus projects: what the routes read and write, each lookup with its 404/403 (see lookup-store.ts). */
export function createProjectStore(db: Db) {
  const managerRole = db.prepare(
    `SELECT role_id FROM roles WHERE organization_id = ? AND entity = 'project' AND type = 'manager'
      ORDER BY privilege_level DESC LIMIT 1`,
  );
  const addMember = db.prepare(
    'INSERT INTO project_users (project_id, user_id, role_id, created_at) VALUES (?, ?, ?, ?)',
  );
  const byId = db.prepare('SELECT * FROM projects WHERE id = ?');
  const softDelete = db.prepare(
    'UPDATE projects SET deleted_at = ?, updated_at = later_stamp(updated_at, ?) WHERE id = ?',
  );
  const setState = Object.fromEntries(
    Object.entries(STATES).map(([state, set]) => [
      state,
      db.prepare(`UPDATE projects SET ${set}, updated_at = later_stamp(updated_at, @now) WHERE id = @id`),
    ]),
  ) as Record<ProjectState, ReturnType<Db['prepare']>>;

  /** Writes the columns (and the tags when given) of a project the caller manages, after checking references. */
  function write(
    scope: WorkspaceScope,
    id: number,
    cols: ProjectColumns,
    tagIds: number[] | undefined,
  ): void {
    const current = findManagedProject(db, scope, id);
    checkReferences(db, scope, cols, tagIds, current);
    db.transaction(() => {
      updateColumns(db, id, cols, nowIso());
      if (tagIds !== undefined) replaceTags(db, id, tagIds);
    })();
  }

  return {
    list(scope: WorkspaceScope, q: ProjectListQuery) {
      const { rows, page, perPage, total } = listPage(db, scope, q);
      const data = serializeProjectsWithAggregations(db, rows, { includeRates: q.include_rates });
      return { data, page, per_page: perPage, total };
    },

    /** A project with its aggregations; 404 when the caller cannot see it. */
    get(scope: WorkspaceScope, id: number) {
      return serializeProjectsWithAggregations(db, [findVisibleProject(db, scope, id)])[0];
    },

    /** Creates the project; its creator manages it (without that a private project would vanish from its author). */
    create(scope: WorkspaceScope, body: ProjectCreate) {
      const cols = payloadColumns(body);
      checkReferences(db, scope, cols, body.tag_ids);
      const now = nowIso();
      const id = db.transaction(() => {
        const newId = insertProject(db, scope.workspaceId, scope.userId, cols, now);
        replaceTags(db, newId, body.tag_ids ?? []);
        const role = managerRole.get(scope.organizationId) as { role_id: number } | undefined;
        if (role) addMember.run(newId, scope.userId, role.role_id, now);
        return newId;
      })();
      return serializeProjects(db, [byId.get(id) as ProjectRow])[0];
    },

    /** PUT replaces the project: absent fields get their defaults, tags are replaced. */
    replace: (scope: WorkspaceScope, id: number, body: ProjectCreate) =>
      write(scope, id, payloadColumns(body), body.tag_ids ?? []),

    /** PATCH changes the fields given; tags only when `tag_ids` is given. */
    patch: (scope: WorkspaceScope, id: number, body: ProjectPatch) =>
      write(scope, id, patchColumns(body), body.tag_ids),

    /** Soft delete: the project is gone for every read and write except restore. */
    remove(scope: WorkspaceScope, id: number): void {
      findManagedProject(db, scope, id);
      const now = nowIso();
      softDelete.run(now, now, id);
    },

    setState(scope: WorkspaceScope, id: number, state: ProjectState): void {
      findManagedProject(db, scope, id, { includeDeleted: state === 'restore' });
      setState[state].run({ now: nowIso(), id });
    },

    /**
     * The project and its sub-projects (`down`, with aggregations) or its parent chain (`up`), one page of
     * the visible ones.
     */
    relatives(
      scope: WorkspaceScope,
      id: number,
      dir: 'up' | 'down',
      q: z.output<typeof projectRelativesQuerySchema>,
    ) {
      findVisibleProject(db, scope, id);
      const page = q.page ?? 1;
      const perPage = q.per_page ?? DEFAULT_PER_PAGE;
      const rows = relativesPage(db, scope, id, dir, { page, perPage, order: q.order_by });
      const data = dir === 'down' ? serializeProjectsWithAggregations(db, rows) : serializeProjects(db, rows);
      return { data, page, per_page: perPage };
    },
  };
}
