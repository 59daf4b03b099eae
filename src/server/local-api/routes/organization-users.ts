import { z } from 'zod';
import { DEFAULT_PER_PAGE } from '@/api/common';
import { organizationUsersQuerySchema } from '@/api/user';
import type { RouteModule } from '../context';
import { parseWith } from '../validate';

interface OrgUserRow {
  id: number;
  organization_id: number;
  user_id: number;
  admin: number;
  owner: number;
  active: number;
  working_hours: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  email: string;
  fullname: string;
}

/** Focus `GET /organizations/{org}/users` and `GET /organizations/{org}/roles`. */
export const organizationUserRoutes: RouteModule = (app, { db, scopes }) => {
  const groupsOf = db.prepare(
    `SELECT g.id, g.name FROM groups g JOIN group_users gu ON gu.group_id = g.id
      WHERE gu.user_id = ? AND g.organization_id = ? ORDER BY g.name`,
  );
  const workspacesOf = db.prepare(
    `SELECT w.id, w.name FROM workspaces w JOIN workspace_users wu ON wu.workspace_id = w.id
      WHERE wu.user_id = ? AND w.organization_id = ? ORDER BY w.id`,
  );
  const groupWorkspaces = db.prepare('SELECT workspace_id FROM group_workspaces WHERE group_id = ?');

  app.get('/organizations/:organization_id/users', async (req) => {
    const scope = scopes.ofOrganization(req);
    const q = parseWith(organizationUsersQuerySchema, req.query, 'query');
    const where = ['ou.organization_id = ?', 'ou.deleted_at IS NULL'];
    const args: unknown[] = [scope.organizationId];
    const inList = (column: string, ids: number[]) => {
      where.push(`${column} IN (${ids.map(() => '?').join(',') || 'NULL'})`);
      args.push(...ids);
    };
    if (q.user_account_ids?.length) inList('u.id', q.user_account_ids);
    if (q.org_user_ids?.length) inList('ou.id', q.org_user_ids);
    if (q.workspaces?.length) {
      where.push(
        `u.id IN (SELECT user_id FROM workspace_users WHERE workspace_id IN (${q.workspaces.map(() => '?').join(',')}))`,
      );
      args.push(...q.workspaces);
    }
    if (q.groups?.length) {
      where.push(
        `u.id IN (SELECT user_id FROM group_users WHERE group_id IN (${q.groups.map(() => '?').join(',')}))`,
      );
      args.push(...q.groups);
    }
    if (q.only_admins) where.push('(ou.admin = 1 OR ou.owner = 1)');
    if (q.filter) {
      where.push("(u.fullname LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')");
      const like = `%${q.filter.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      args.push(like, like);
    }
    const perPage = q.per_page ?? DEFAULT_PER_PAGE;
    const page = q.page ?? 1;
    const rows = db
      .prepare(
        `SELECT ou.*, u.email, u.fullname FROM organization_users ou JOIN users u ON u.id = ou.user_id
          WHERE ${where.join(' AND ')} ORDER BY u.fullname COLLATE NOCASE ${q.sort_dir === 'desc' ? 'DESC' : 'ASC'}
          LIMIT ? OFFSET ?`,
      )
      .all(...args, perPage, (page - 1) * perPage) as OrgUserRow[];
    return rows.map((row) => {
      const groups = (groupsOf.all(row.user_id, scope.organizationId) as { id: number; name: string }[]).map(
        (g) => ({
          id: g.id,
          name: g.name,
          emoji: '',
          workspace_ids: (groupWorkspaces.all(g.id) as { workspace_id: number }[]).map((w) => w.workspace_id),
        }),
      );
      return {
        id: row.id,
        user_account_id: row.user_id,
        user_id: String(row.user_id),
        organization_id: row.organization_id,
        name: row.fullname,
        email: row.email,
        admin: row.admin === 1,
        owner: row.owner === 1,
        active: row.active === 1,
        joined: true,
        invite_sent: false,
        '2fa_enabled': false,
        account_locked_at: null,
        can_edit_personal_details: false,
        working_hours: row.working_hours ?? 8,
        permissions: {},
        rate: null,
        tags: [],
        groups,
        workspaces: (
          workspacesOf.all(row.user_id, scope.organizationId) as { id: number; name: string }[]
        ).map((w) => ({
          id: w.id,
          name: w.name,
          groups: [],
          toggl_products: ['focus'],
          focus_role_id: 0,
          track_role_id: 0,
          work_role_id: 0,
          workspace_user_id: 0,
        })),
        created_at: row.created_at,
        updated_at: row.updated_at,
        deleted_at: row.deleted_at,
      };
    });
  });

  app.get('/organizations/:organization_id/roles', async (req) => {
    const scope = scopes.ofOrganization(req);
    const rows = db
      .prepare('SELECT * FROM roles WHERE organization_id = ? ORDER BY entity, privilege_level DESC')
      .all(scope.organizationId) as {
      role_id: number;
      organization_id: number;
      code: string;
      name: string;
      description: string;
      entity: string;
      type: string;
      privilege_level: number;
    }[];
    return rows.map((r) => ({ ...r, default_for_levels: [], permissions: [], require_group: false }));
  });

  app.get('/organizations/:organization_id/workinghours/users/:user_id', async (req) => {
    const scope = scopes.ofOrganization(req);
    const { user_id } = parseWith(
      z.object({
        user_id: z
          .string()
          .regex(/^\d{1,15}$/)
          .transform(Number),
      }),
      req.params,
      'path',
    );
    return db
      .prepare(
        `SELECT working_hour_id, organization_id, user_id, weekday, starting_hours, working_hours, created_at, updated_at
           FROM working_hours WHERE organization_id = ? AND user_id = ? ORDER BY weekday`,
      )
      .all(scope.organizationId, user_id);
  });
};
