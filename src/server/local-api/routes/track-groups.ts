import { z } from 'zod';
import { idParam } from '@/api/common';
import { organizationGroupsQuerySchema } from '@/api/group';
import type { RouteModule } from '../context';
import { nowIso } from '../db/open';
import { ApiError, forbidden } from '../errors';
import { serializeGroups, type GroupRow } from '../groups/group-model';
import { applyGroupPatches, parseGroupPatches } from '../groups/group-patch';
import {
  checkMembersInOrg,
  checkNameFree,
  parseGroupPayload,
  replaceGroupMembers,
} from '../groups/group-write';
import { trackJsonErrors } from '../groups/track-json';
import type { OrgScope } from '../scope';
import { parseWith } from '../validate';

const ORG_GROUPS = '/organizations/:organization_id/groups';
const groupParams = z.object({ group_id: idParam });
const NO_ACCESS = 'User does not have access to this resource';

/** Track v9 organization groups and the workspace groups list. Only organization admins change groups. */
export const trackGroupRoutes: RouteModule = (app, { db, scopes }) => {
  const groupById = db.prepare('SELECT * FROM groups WHERE id = ? AND organization_id = ?');
  const byNameOrder = 'ORDER BY g.name COLLATE NOCASE, g.id';

  const requireAdmin = (scope: OrgScope, message: string) => {
    if (!scope.isOrgAdmin) throw forbidden(message);
  };
  const findGroup = (scope: OrgScope, params: unknown): GroupRow => {
    const { group_id } = parseWith(groupParams, params, 'path');
    const row = groupById.get(group_id, scope.organizationId) as GroupRow | undefined;
    if (!row) throw new ApiError(404, 'not_found', 'Invalid group ID.');
    return row;
  };
  const groupRow = db.prepare('SELECT * FROM groups WHERE id = ?');
  const reload = (id: number) => serializeGroups(db, [groupRow.get(id) as GroupRow])[0];

  app.get(ORG_GROUPS, async (req) => {
    const scope = scopes.ofOrganization(req);
    const q = parseWith(organizationGroupsQuerySchema, req.query, 'query');
    const where = ['g.organization_id = ?'];
    const args: unknown[] = [scope.organizationId];
    if (q.name) {
      where.push("g.name LIKE ? ESCAPE '\\'");
      args.push(`%${q.name.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    }
    if (q.workspace) {
      where.push(
        'EXISTS (SELECT 1 FROM group_workspaces gw WHERE gw.group_id = g.id AND gw.workspace_id = ?)',
      );
      args.push(Number(q.workspace));
    }
    const rows = db
      .prepare(`SELECT g.* FROM groups g WHERE ${where.join(' AND ')} ${byNameOrder}`)
      .all(...args);
    return serializeGroups(db, rows as GroupRow[]);
  });

  app.post(ORG_GROUPS, { errorHandler: trackJsonErrors }, async (req) => {
    const scope = scopes.ofOrganization(req);
    requireAdmin(scope, NO_ACCESS);
    const body = parseGroupPayload(req.body);
    checkNameFree(db, scope.organizationId, body.name);
    checkMembersInOrg(db, scope.organizationId, body);
    const id = db.transaction(() => {
      const info = db
        .prepare('INSERT INTO groups (organization_id, name, at) VALUES (?, ?, ?)')
        .run(scope.organizationId, body.name, nowIso());
      const groupId = Number(info.lastInsertRowid);
      replaceGroupMembers(db, groupId, body);
      return groupId;
    })();
    return reload(id);
  });

  app.put(`${ORG_GROUPS}/:group_id`, { errorHandler: trackJsonErrors }, async (req) => {
    const scope = scopes.ofOrganization(req);
    requireAdmin(scope, 'Forbidden');
    const group = findGroup(scope, req.params);
    const body = parseGroupPayload(req.body);
    checkNameFree(db, scope.organizationId, body.name, group.id);
    checkMembersInOrg(db, scope.organizationId, body);
    db.transaction(() => {
      db.prepare('UPDATE groups SET name = ?, at = ? WHERE id = ?').run(body.name, nowIso(), group.id);
      replaceGroupMembers(db, group.id, body);
    })();
    return reload(group.id);
  });

  app.delete(`${ORG_GROUPS}/:group_id`, async (req, reply) => {
    const scope = scopes.ofOrganization(req);
    requireAdmin(scope, NO_ACCESS);
    const group = findGroup(scope, req.params);
    // Members, workspaces and project access go with the group (ON DELETE CASCADE).
    db.prepare('DELETE FROM groups WHERE id = ?').run(group.id);
    return reply.code(200).send();
  });

  app.patch(`${ORG_GROUPS}/:group_id`, { errorHandler: trackJsonErrors }, async (req) => {
    const scope = scopes.ofOrganization(req);
    requireAdmin(scope, 'User does not have permission to manage user groups.');
    const group = findGroup(scope, req.params);
    const patches = parseGroupPatches(req.body);
    return applyGroupPatches(db, group, patches, nowIso());
  });

  app.get('/organizations/:organization_id/workspaces/:workspace_id/groups', async (req) => {
    const scope = scopes.ofOrgWorkspace(req);
    const rows = db
      .prepare(
        `SELECT g.* FROM groups g JOIN group_workspaces gw ON gw.group_id = g.id AND gw.workspace_id = ?
          WHERE g.organization_id = ? ${byNameOrder}`,
      )
      .all(scope.workspaceId, scope.organizationId);
    return serializeGroups(db, rows as GroupRow[]);
  });
};
