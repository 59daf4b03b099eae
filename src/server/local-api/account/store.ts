import type { UserSettingsUpdate } from '@/api/user';
import type { Db } from '../db/open';

interface SettingsRow {
  timezone: string;
  default_workspace_id: number | null;
  beginning_of_week: number;
  time_format: string;
  date_format: string;
  other_settings: string;
}

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

interface WorkspaceRow {
  id: number;
  organization_id: number;
  name: string;
  created_at: string;
  admin: number;
}

interface OrganizationRow {
  id: number;
  name: string;
  created_at: string;
  admin: number;
  owner: number;
  user_count: number;
}

/** What a user who never changed them has (models.UserSettings requires `theme`). */
const SETTING_DEFAULTS = { theme: 'auto', default_page: 'timeline', shortcuts_enabled: true };

const toSettings = (row: SettingsRow) => ({
  ...SETTING_DEFAULTS,
  ...(JSON.parse(row.other_settings) as Record<string, unknown>),
  current_workspace_id: row.default_workspace_id,
  timezone: row.timezone,
  start_week_on: row.beginning_of_week === 0 ? 0 : 1,
  time_format: row.time_format,
  date_format: row.date_format,
});

const toWorkspace = (w: WorkspaceRow) => ({
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

/** The caller's own account: Focus user settings and Track's `/me` family. */
export function createAccountStore(db: Db) {
  const settings = db.prepare(
    'SELECT timezone, default_workspace_id, beginning_of_week, time_format, date_format, other_settings FROM users WHERE id = ?',
  );
  const workspaceMember = db.prepare('SELECT 1 FROM workspace_users WHERE workspace_id = ? AND user_id = ?');
  const updateSettings = db.prepare(
    `UPDATE users SET default_workspace_id = COALESCE(?, default_workspace_id),
       beginning_of_week = COALESCE(?, beginning_of_week), time_format = COALESCE(?, time_format),
       date_format = COALESCE(?, date_format), other_settings = ? WHERE id = ?`,
  );
  const user = db.prepare('SELECT * FROM users WHERE id = ?');
  const workspaces = db.prepare(
    `SELECT w.id, w.organization_id, w.name, w.created_at, wu.admin FROM workspaces w
       JOIN workspace_users wu ON wu.workspace_id = w.id WHERE wu.user_id = ? ORDER BY w.id`,
  );
  const organizations = db.prepare(
    `SELECT o.id, o.name, o.created_at, ou.admin, ou.owner,
       (SELECT COUNT(*) FROM organization_users x WHERE x.organization_id = o.id AND x.deleted_at IS NULL) AS user_count
       FROM organizations o JOIN organization_users ou ON ou.organization_id = o.id
      WHERE ou.user_id = ? AND ou.deleted_at IS NULL ORDER BY o.id`,
  );
  const organizationIds = db.prepare(
    'SELECT organization_id FROM organization_users WHERE user_id = ? AND deleted_at IS NULL',
  );

  return {
    /** Focus user settings: the current workspace, week start, formats and time zone. */
    settings: (userId: number) => toSettings(settings.get(userId) as SettingsRow),

    isWorkspaceMember: (userId: number, workspaceId: number) =>
      workspaceMember.get(workspaceId, userId) !== undefined,

    /** Writes the fields the patch carries; absent ones stay. */
    updateSettings(userId: number, patch: UserSettingsUpdate): void {
      const { current_workspace_id, start_week_on, time_format, date_format, ...others } = patch;
      const row = settings.get(userId) as SettingsRow;
      updateSettings.run(
        current_workspace_id ?? null,
        start_week_on ?? null,
        time_format ?? null,
        date_format ?? null,
        // Each field the patch carries replaces the stored one; a null is stored (the spec's nullable ones).
        JSON.stringify({ ...(JSON.parse(row.other_settings) as object), ...others }),
        userId,
      );
    },

    /** Track `/me`; the upstream includes api_token here (the planner's proxy strips it before the browser). */
    me(userId: number) {
      const u = user.get(userId) as UserRow;
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
    },

    workspaces: (userId: number) => (workspaces.all(userId) as WorkspaceRow[]).map(toWorkspace),

    organizations: (userId: number) =>
      (organizations.all(userId) as OrganizationRow[]).map((o) => ({
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
      })),

    organizationIds: (userId: number) =>
      (organizationIds.all(userId) as { organization_id: number }[]).map((r) => r.organization_id),
  };
}
