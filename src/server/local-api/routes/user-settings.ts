import { z } from 'zod';
import type { RouteModule } from '../context';
import { badRequest } from '../errors';
import { parseBody } from '../validate';

interface SettingsRow {
  timezone: string;
  default_workspace_id: number | null;
  beginning_of_week: number;
}

const patchSchema = z.object({
  current_workspace_id: z.number().int().positive().optional(),
  timezone: z.string().min(1).max(64).optional(),
  start_week_on: z.union([z.literal(0), z.literal(1)]).optional(),
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Focus `GET/PATCH /users/me/settings`: the current workspace and the user's time zone. */
export const userSettingsRoutes: RouteModule = (app, { db }) => {
  const read = db.prepare('SELECT timezone, default_workspace_id, beginning_of_week FROM users WHERE id = ?');
  const toSettings = (row: SettingsRow) => ({
    theme: 'auto',
    current_workspace_id: row.default_workspace_id,
    timezone: row.timezone,
    start_week_on: row.beginning_of_week === 0 ? 0 : 1,
    time_format: '24h',
    date_format: 'ISO',
    default_page: 'timeline',
    shortcuts_enabled: true,
  });

  app.get('/users/me/settings', async (req) => toSettings(read.get(req.auth.id) as SettingsRow));

  app.patch('/users/me/settings', async (req) => {
    const body = parseBody(patchSchema, req.body);
    if (body.timezone !== undefined && !isTimeZone(body.timezone)) throw badRequest('timezone: unknown time zone');
    if (body.current_workspace_id !== undefined) {
      const member = db
        .prepare('SELECT 1 FROM workspace_users WHERE workspace_id = ? AND user_id = ?')
        .get(body.current_workspace_id, req.auth.id);
      if (!member) throw badRequest('current_workspace_id: not a workspace of the user');
    }
    db.prepare(
      `UPDATE users SET timezone = COALESCE(?, timezone), default_workspace_id = COALESCE(?, default_workspace_id),
         beginning_of_week = COALESCE(?, beginning_of_week) WHERE id = ?`,
    ).run(body.timezone ?? null, body.current_workspace_id ?? null, body.start_week_on ?? null, req.auth.id);
    return toSettings(read.get(req.auth.id) as SettingsRow);
  });
};
