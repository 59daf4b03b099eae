import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DEFAULT_PER_PAGE, idParam } from '@/api/common';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectPatchSchema,
  projectRelativesQuerySchema,
  projectUpdateSchema,
} from '@/api/project';
import type { RouteModule } from '../context';
import { nowIso } from '../db/open';
import { badRequest } from '../errors';
import { LIST_FROM, listWhere, orderSql } from '../projects/project-list';
import { findManagedProject, findVisibleProject } from '../projects/project-lookup';
import {
  serializeProjects,
  serializeProjectsWithAggregations,
  type ProjectRow,
} from '../projects/project-model';
import { relativesPage } from '../projects/project-relatives';
import {
  checkReferences,
  insertProject,
  patchColumns,
  payloadColumns,
  replaceTags,
  updateColumns,
} from '../projects/project-write';
import { parseBody, parseWith } from '../validate';

const BASE = '/organizations/:organization_id/workspaces/:workspace_id/projects';
const projectParams = z.object({ project_id: idParam });

/** Focus projects: list, CRUD (soft delete), archive / unarchive / restore, pin, and the sub-project tree. */
export const projectRoutes: RouteModule = (app, { db, scopes }) => {
  const projectIdOf = (params: unknown) => parseWith(projectParams, params, 'path').project_id;
  const managerRole = db.prepare(
    `SELECT role_id FROM roles WHERE organization_id = ? AND entity = 'project' AND type = 'manager'
      ORDER BY privilege_level DESC LIMIT 1`,
  );

  app.get(BASE, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const q = parseWith(projectListQuerySchema, req.query, 'query');
    const start = q.start_date ?? q.date_overlap_start;
    const end = q.end_date ?? q.date_overlap_end;
    if (start && end && start > end) throw badRequest('start_date must not be after end_date');
    const { where, args } = listWhere(q, scope);
    const page = q.page ?? 1;
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const total = (
      db.prepare(`SELECT COUNT(*) AS n ${LIST_FROM} WHERE ${where}`).get(...args) as { n: number }
    ).n;
    const rows = db
      .prepare(`SELECT p.* ${LIST_FROM} WHERE ${where} ${orderSql(q.order_by)} LIMIT ? OFFSET ?`)
      .all(...args, perPage, (page - 1) * perPage) as ProjectRow[];
    const data = serializeProjectsWithAggregations(db, rows, { includeRates: q.include_rates });
    return { data, page, per_page: perPage, total };
  });

  app.post(BASE, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const body = parseBody(projectCreateSchema, req.body);
    const cols = payloadColumns(body);
    checkReferences(db, scope, cols, body.tag_ids);
    const now = nowIso();
    const id = db.transaction(() => {
      const newId = insertProject(db, scope.workspaceId, scope.userId, cols, now);
      replaceTags(db, newId, body.tag_ids ?? []);
      // The creator manages what they create; without this a private project would vanish from its author.
      const role = managerRole.get(scope.organizationId) as { role_id: number } | undefined;
      if (role) {
        db.prepare(
          'INSERT INTO project_users (project_id, user_id, role_id, created_at) VALUES (?, ?, ?, ?)',
        ).run(newId, scope.userId, role.role_id, now);
      }
      return newId;
    })();
    const row = db.prepare('SELECT * FROM projects WHERE id = ?').get(id) as ProjectRow;
    return reply.code(201).send(serializeProjects(db, [row])[0]);
  });

  app.get(`${BASE}/:project_id`, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const row = findVisibleProject(db, scope, projectIdOf(req.params));
    return serializeProjectsWithAggregations(db, [row])[0];
  });

  app.put(`${BASE}/:project_id`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const body = parseBody(projectUpdateSchema, req.body);
    const current = findManagedProject(db, scope, id);
    const cols = payloadColumns(body);
    checkReferences(db, scope, cols, body.tag_ids, current);
    db.transaction(() => {
      updateColumns(db, id, cols, nowIso());
      replaceTags(db, id, body.tag_ids ?? []);
    })();
    return reply.code(204).send();
  });

  app.patch(`${BASE}/:project_id`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const body = parseBody(projectPatchSchema, req.body);
    const current = findManagedProject(db, scope, id);
    const cols = patchColumns(body);
    checkReferences(db, scope, cols, body.tag_ids, current);
    db.transaction(() => {
      updateColumns(db, id, cols, nowIso());
      if (body.tag_ids !== undefined) replaceTags(db, id, body.tag_ids);
    })();
    return reply.code(204).send();
  });

  app.delete(`${BASE}/:project_id`, async (req, reply) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    findManagedProject(db, scope, id);
    const now = nowIso();
    db.prepare('UPDATE projects SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    return reply.code(204).send();
  });

  /** One-column state changes: archive, unarchive, restore, pin, unpin. `@now` is the request time. */
  const stateChange =
    (set: string, opts: { includeDeleted?: boolean } = {}) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const scope = scopes.ofOrgWorkspace(req);
      const id = projectIdOf(req.params);
      findManagedProject(db, scope, id, opts);
      db.prepare(`UPDATE projects SET ${set}, updated_at = @now WHERE id = @id`).run({ now: nowIso(), id });
      return reply.code(204).send();
    };
  // Archiving again keeps the first archive time; restore brings back a soft-deleted project.
  app.patch(`${BASE}/:project_id/archive`, stateChange('archived_at = COALESCE(archived_at, @now)'));
  app.patch(`${BASE}/:project_id/unarchive`, stateChange('archived_at = NULL'));
  app.patch(`${BASE}/:project_id/restore`, stateChange('deleted_at = NULL', { includeDeleted: true }));
  app.post(`${BASE}/:project_id/pinned`, stateChange('pinned = 1'));
  app.delete(`${BASE}/:project_id/pinned`, stateChange('pinned = 0'));

  app.get(`${BASE}/:project_id/children`, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const q = parseWith(projectRelativesQuerySchema, req.query, 'query');
    findVisibleProject(db, scope, id);
    const page = q.page ?? 1;
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const rows = relativesPage(db, scope, id, 'down', { page, perPage, order: q.order_by });
    return { data: serializeProjectsWithAggregations(db, rows), page, per_page: perPage };
  });

  app.get(`${BASE}/:project_id/parents`, async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const id = projectIdOf(req.params);
    const q = parseWith(projectRelativesQuerySchema, req.query, 'query');
    findVisibleProject(db, scope, id);
    const page = q.page ?? 1;
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const rows = relativesPage(db, scope, id, 'up', { page, perPage, order: q.order_by });
    return { data: serializeProjects(db, rows), page, per_page: perPage };
  });
};
