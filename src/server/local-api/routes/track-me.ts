import type { RouteModule } from '../context';

interface UserRow {
  id: number;
  email: string;
  fullname: string;
  api_token: string;
  timezone: string;
  default_workspace_id: number | null;
  beginning_of_week: number;
  created_at: string;
  updated_at: string;
}

/** Track v9 `/me`, `/me/workspaces`, `/me/organizations`, `/me/quota`. */
export const trackMeRoutes: RouteModule = (app, { db }) => {
  const workspacesOf = db.prepare(
    `SELECT w.id, w.organization_id, w.name, w.created_at, wu.admin FROM workspaces w
       JOIN workspace_users wu ON wu.workspace_id = w.id WHERE wu.user_id = ? ORDER BY w.id`,
  );
  const toWorkspace = (w: {
    id: number;
    organization_id: number;
    name: string;
    created_at: string;
    admin: number;
  }) => ({
    id: w.id,
    organization_id: w.organization_id,
    name: w.name,
    admin: w.admin === 1,
    role: w.admin === 1 ? 'admin' : 'user',
    premium: true,
    business_ws: true,
    default_currency: 'EUR',
    at: w.created_at,
    permissions: [],
  });

  app.get('/me', async (req) => {
    const u = db.prepare('SELECT * FROM users WHERE id = ?').get(req.auth.id) as UserRow;
    // The upstream includes api_token here; the planner's proxy strips it before the browser sees it.
    return {
      id: u.id,
      email: u.email,
      fullname: u.fullname,
      api_token: u.api_token,
      timezone: u.timezone,
      default_workspace_id: u.default_workspace_id,
      beginning_of_week: u.beginning_of_week,
      image_url: '',
      has_password: true,
      '2fa_enabled': false,
      created_at: u.created_at,
      updated_at: u.updated_at,
      at: u.updated_at,
    };
  });

  app.get('/me/workspaces', async (req) =>
    (workspacesOf.all(req.auth.id) as Parameters<typeof toWorkspace>[0][]).map(toWorkspace),
  );

  app.get('/me/organizations', async (req) => {
    const rows = db
      .prepare(
        `SELECT o.id, o.name, o.created_at, ou.admin, ou.owner,
           (SELECT COUNT(*) FROM organization_users x WHERE x.organization_id = o.id AND x.deleted_at IS NULL) AS user_count
           FROM organizations o JOIN organization_users ou ON ou.organization_id = o.id
          WHERE ou.user_id = ? AND ou.deleted_at IS NULL ORDER BY o.id`,
      )
      .all(req.auth.id) as {
      id: number;
      name: string;
      created_at: string;
      admin: number;
      owner: number;
      user_count: number;
    }[];
    return rows.map((o) => ({
      id: o.id,
      name: o.name,
      admin: o.admin === 1,
      owner: o.owner === 1,
      user_count: o.user_count,
      created_at: o.created_at,
      at: o.created_at,
      is_multi_workspace_enabled: false,
      pricing_plan_name: 'Local',
      permissions: [],
    }));
  });

  app.get('/me/quota', async (req, reply) => {
    const rows = db
      .prepare('SELECT organization_id FROM organization_users WHERE user_id = ? AND deleted_at IS NULL')
      .all(req.auth.id) as { organization_id: number }[];
    const remaining = reply.getHeader('x-toggl-quota-remaining');
    const resets = reply.getHeader('x-toggl-quota-resets-in');
    return rows.map((r) => ({
      organization_id: r.organization_id,
      remaining: remaining === undefined ? null : Number(remaining),
      resets_in_secs: resets === undefined ? null : Number(resets),
      total: null,
    }));
  });
};
