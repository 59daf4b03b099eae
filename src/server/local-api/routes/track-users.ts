import type { RouteModule } from '../context';

/** Track v9 organization users and workspace users. */
export const trackUserRoutes: RouteModule = (app, { db, scopes }) => {
  app.get('/organizations/:organization_id/users', async (req) => {
    const scope = scopes.ofOrganization(req);
    const rows = db
      .prepare(
        `SELECT ou.id AS id, u.id AS user_id, u.email, u.fullname, ou.admin, ou.owner, ou.active, ou.organization_id
           FROM organization_users ou JOIN users u ON u.id = ou.user_id
          WHERE ou.organization_id = ? AND ou.deleted_at IS NULL ORDER BY u.fullname COLLATE NOCASE`,
      )
      .all(scope.organizationId) as {
      id: number;
      user_id: number;
      email: string;
      fullname: string;
      admin: number;
      owner: number;
      active: number;
      organization_id: number;
    }[];
    const groupsOf = db.prepare(
      'SELECT g.id AS group_id, g.name FROM groups g JOIN group_users gu ON gu.group_id = g.id WHERE gu.user_id = ? AND g.organization_id = ? ORDER BY g.name',
    );
    const workspacesOf = db.prepare(
      `SELECT w.id AS workspace_id, w.name AS workspace_name, wu.admin FROM workspace_users wu
         JOIN workspaces w ON w.id = wu.workspace_id WHERE wu.user_id = ? AND w.organization_id = ?`,
    );
    return rows.map((r) => {
      const workspaces = workspacesOf.all(r.user_id, scope.organizationId) as {
        workspace_id: number;
        workspace_name: string;
        admin: number;
      }[];
      return {
        id: r.id,
        user_id: r.user_id,
        organization_id: r.organization_id,
        email: r.email,
        name: r.fullname,
        admin: r.admin === 1,
        owner: r.owner === 1,
        inactive: r.active !== 1,
        joined: true,
        '2fa_enabled': false,
        avatar_url: '',
        groups: groupsOf.all(r.user_id, scope.organizationId),
        workspace_count: workspaces.length,
        workspaces: workspaces.map((w) => ({
          ...w,
          admin: w.admin === 1,
          role: w.admin === 1 ? 'admin' : 'user',
        })),
      };
    });
  });

  app.get('/workspaces/:workspace_id/users', async (req) => {
    const scope = scopes.ofWorkspace(req);
    const rows = db
      .prepare(
        `SELECT u.id, u.email, u.fullname, wu.admin FROM workspace_users wu JOIN users u ON u.id = wu.user_id
          WHERE wu.workspace_id = ? ORDER BY u.fullname COLLATE NOCASE`,
      )
      .all(scope.workspaceId) as { id: number; email: string; fullname: string; admin: number }[];
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      fullname: r.fullname,
      is_admin: r.admin === 1,
      is_active: true,
      inactive: false,
      role: r.admin === 1 ? 'admin' : 'user',
    }));
  });
};
