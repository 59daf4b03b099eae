import { userSettingsPatchSchema } from '@/api/user';
import type { RouteModule } from '../context';
import { badRequest } from '../errors';
import { parseBody } from '../validate';

interface SettingsRow {
  timezone: string;
  default_workspace_id: number | null;
  beginning_of_week: number;
  time_format: string;
  date_format: string;
}

/** Focus `GET/PATCH /users/me/settings`: the current workspace, week start, formats and time zone. */
export const userSettingsRoutes: RouteModule = (app, { db }) => {
  const read = db.prepare(
    'SELECT timezone, default_workspace_id, beginning_of_week, time_format, date_format FROM users WHERE id = ?',
  );
  const toSettings = (row: SettingsRow) => ({
    theme: 'auto',
    current_workspace_id: row.default_workspace_id,
    timezone: row.timezone,
    start_week_on: row.beginning_of_week === 0 ? 0 : 1,
    time_format: row.time_format,
    date_format: row.date_format,
    default_page: 'timeline',
    shortcuts_enabled: true,
  });

  app.get('/users/me/settings', async (req) => toSettings(read.get(req.auth.id) as SettingsRow));

  app.patch('/users/me/settings', async (req) => {
    const body = parseBody(userSettingsPatchSchema, req.body);
    if (body.current_workspace_id != null) {
      const member = db
        .prepare('SELECT 1 FROM workspace_users WHERE workspace_id = ? AND user_id = ?')
        .get(body.current_workspace_id, req.auth.id);
      if (!member) throw badRequest('current_workspace_id: not a workspace of the user');
    }
    db.prepare(
      `UPDATE users SET default_workspace_id = COALESCE(?, default_workspace_id),
         beginning_of_week = COALESCE(?, beginning_of_week), time_format = COALESCE(?, time_format),
         date_format = COALESCE(?, date_format) WHERE id = ?`,
    ).run(
      body.current_workspace_id ?? null,
      body.start_week_on ?? null,
      body.time_format ?? null,
      body.date_format ?? null,
      req.auth.id,
    );
    return toSettings(read.get(req.auth.id) as SettingsRow);
  });
};
