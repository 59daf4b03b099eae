import type { CapacityQuery } from '@/api/capacity';
import { nextDay } from '@/api/utc-days';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { placeholders, pushTo } from '../sql/in-lists';
import { Where } from '../sql/where';
import type { Availability, WorkingDay } from './availability';
import type { AssignedTask } from './compute';
import { dayIn, knownZone } from '../zone-clock';

export interface Person {
  id: number;
  availability: Availability;
  tasks: AssignedTask[];
}

/** Where the user has no working week at all: Monday to Friday from 09:00, at their per-day hours. */
const DEFAULT_HOURS = 8;
const DEFAULT_START_MINUTE = 9 * 60;

interface UserRow {
  id: number;
  timezone: string | null;
  country: string | null;
  working_hours: number | null;
}

interface TaskRow {
  id: number;
  user_id: number;
  start_date: string | null;
  end_date: string | null;
  estimated_mins: number | null;
  estimate_type: string;
  assignees: number;
  done: number;
}

/**
 * The data behind `/capacities`, read in a fixed number of statements whatever the number of users: the
 * people (zone, country, per-day hours), their weeks, holidays and time off around the window, and their
 * assigned tasks that overlap it with the time each of them tracked on them.
 */
export function createCapacityStore(db: Db) {
  const workspaceZone = db.prepare('SELECT timezone FROM workspaces WHERE id = ?').pluck();

  function loadUsers(scope: WorkspaceScope, ids: readonly number[]): UserRow[] {
    const rows = db
      .prepare(
        `SELECT u.id, u.timezone, u.country, ou.working_hours FROM users u
           JOIN organization_users ou ON ou.user_id = u.id AND ou.organization_id = ? AND ou.deleted_at IS NULL
          WHERE u.id IN (${placeholders(ids.length)})`,
      )
      .all(scope.organizationId, ...ids) as UserRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw badRequest(`user_id ${missing} is not a member of the organization`);
    return ids.map((id) => byId.get(id) as UserRow);
  }

  function weeks(scope: WorkspaceScope, ids: readonly number[]) {
    const out = new Map<number, (WorkingDay | null)[]>();
    const rows = db
      .prepare(
        `SELECT user_id, weekday, starting_hours, working_hours FROM working_hours
          WHERE organization_id = ? AND user_id IN (${placeholders(ids.length)})`,
      )
      .all(scope.organizationId, ...ids) as {
      user_id: number;
      weekday: number;
      starting_hours: number;
      working_hours: number;
    }[];
    for (const r of rows) {
      const week = out.get(r.user_id) ?? new Array<WorkingDay | null>(7).fill(null);
      week[r.weekday] = {
        minutes: Math.round(r.working_hours * 60),
        startMinute: Math.round(r.starting_hours * 60),
      };
      out.set(r.user_id, week);
    }
    return out;
  }

  function tasks(scope: WorkspaceScope, ids: readonly number[], q: CapacityQuery): TaskRow[] {
    // The tasks the Timeline shows as bars (masked ones included: a person's load does not depend on who
    // looks), assigned to the users and overlapping the window. From the users' assignments (CROSS JOIN keeps
    // SQLite to that order): the planner's own choice scanned every task of the workspace, 125 ms at 10,000
    // tasks for 100 people, 16 ms this way.
    const w = new Where()
      .add('t.workspace_id = ? AND t.deleted_at IS NULL AND t.archived_at IS NULL', scope.workspaceId)
      .add('t.project_id IS NULL OR (p.deleted_at IS NULL AND p.is_template = 0)')
      .add(`ta.user_id IN (${placeholders(ids.length)})`, ...ids)
      .add('COALESCE(t.start_date, t.end_date) <= ?', q.end_date)
      .add('COALESCE(t.end_date, t.start_date) >= ?', q.start_date);
    if (!q.include_drafts) w.add('t.project_id IS NULL OR p.draft = 0');
    if (q.private !== undefined) w.add('t.private = ?', q.private ? 1 : 0);
    if (q.task_source) {
      // 'focus' is every native task: the planner's own ('plan') and Focus's.
      const sources = q.task_source.flatMap((s) => (s === 'focus' ? ['focus', 'plan'] : [s]));
      w.add(`t.source IN (${placeholders(sources.length)})`, ...sources);
    }
    return db
      .prepare(
        `SELECT t.id, ta.user_id, t.start_date, t.end_date, t.estimated_mins, t.estimate_type,
                (SELECT COUNT(*) FROM task_assignees x WHERE x.task_id = t.id) AS assignees,
                (SELECT s.type = 'done' FROM statuses s WHERE s.id = t.status_id) AS done
           FROM task_assignees ta CROSS JOIN tasks t ON t.id = ta.task_id
           LEFT JOIN projects p ON p.id = t.project_id
          WHERE ${w.sql()} ORDER BY t.id`,
      )
      .all(...w.args) as TaskRow[];
  }

  /** Completed live blocks per `task|user`: the local stand-in for tracked time (as project totals use). */
  function tracked(taskIds: readonly number[]): Map<string, number> {
    const out = new Map<string, number>();
    if (!taskIds.length) return out;
    const rows = db
      .prepare(
        `SELECT task_id, toggl_user_id, SUM(duration) AS secs FROM time_blocks
          WHERE task_id IN (${placeholders(taskIds.length)}) AND completed_at IS NOT NULL
            AND deleted_at IS NULL AND archived_at IS NULL
          GROUP BY task_id, toggl_user_id`,
      )
      .all(...taskIds) as { task_id: number; toggl_user_id: number; secs: number }[];
    for (const r of rows) out.set(`${r.task_id}|${r.toggl_user_id}`, r.secs / 60);
    return out;
  }

  /** Holidays by country and time off by user, far enough around `span` for every zone. */
  function exceptions(
    scope: WorkspaceScope,
    users: readonly UserRow[],
    span: { start: string; end: string },
  ) {
    const countries = [...new Set(users.flatMap((u) => (u.country ? [u.country] : [])))];
    const holidays = new Map<string, Set<string>>();
    if (countries.length) {
      const rows = db
        .prepare(
          `SELECT country, date FROM public_holidays WHERE country IN (${placeholders(countries.length)})
              AND date BETWEEN ? AND ?`,
        )
        .all(...countries, span.start, span.end) as { country: string; date: string }[];
      for (const r of rows) {
        const set = holidays.get(r.country) ?? new Set<string>();
        set.add(r.date);
        holidays.set(r.country, set);
      }
    }
    const timeOff = new Map<number, { start: number; end: number }[]>();
    const rows = db
      .prepare(
        `SELECT user_id, start_time, end_time FROM time_off WHERE organization_id = ?
            AND user_id IN (${placeholders(users.length)}) AND start_time < ? AND end_time > ?
          ORDER BY start_time`,
      )
      .all(
        scope.organizationId,
        ...users.map((u) => u.id),
        `${nextDay(span.end, 2)}T00:00:00Z`,
        `${nextDay(span.start, -1)}T00:00:00Z`,
      ) as { user_id: number; start_time: string; end_time: string }[];
    for (const r of rows)
      pushTo(timeOff, r.user_id, { start: Date.parse(r.start_time), end: Date.parse(r.end_time) });
    return { holidays, timeOff };
  }

  return {
    /** Workspace-local today (UTC when the workspace has no zone). */
    today(scope: WorkspaceScope, now = Date.now()): string {
      return dayIn(now, knownZone(workspaceZone.get(scope.workspaceId) as string | null));
    },

    /**
     * Everyone asked for, in the order asked (a repeated id once), with what their computations need. The
     * exceptions are read over the span of the tasks as well as the window: a task's daily share depends on
     * all its working days.
     */
    people(scope: WorkspaceScope, q: CapacityQuery): Person[] {
      const ids = [...new Set(q.user_id)];
      const users = loadUsers(scope, ids);
      const taskRows = tasks(scope, ids, q);
      let start = q.start_date;
      let end = q.end_date;
      for (const t of taskRows) {
        const s = t.start_date ?? t.end_date;
        const e = t.end_date ?? t.start_date;
        if (s && s < start) start = s;
        if (e && e > end) end = e;
      }
      const { holidays, timeOff } = exceptions(scope, users, { start, end });
      const weekOf = weeks(scope, ids);
      const trackedOf = tracked([...new Set(taskRows.map((t) => t.id))]);
      const tasksOf = new Map<number, AssignedTask[]>();
      for (const t of taskRows)
        pushTo(tasksOf, t.user_id, {
          id: t.id,
          start_date: t.start_date,
          end_date: t.end_date,
          estimated_mins: t.estimated_mins,
          estimate_type: t.estimate_type,
          assignees: t.assignees,
          done: t.done === 1,
          trackedMinutes: trackedOf.get(`${t.id}|${t.user_id}`) ?? 0,
        });
      return users.map((u) => ({
        id: u.id,
        availability: {
          zone: knownZone(u.timezone),
          week: weekOf.get(u.id) ?? defaultWeek(u.working_hours),
          holidays: (u.country && holidays.get(u.country)) || new Set<string>(),
          timeOff: timeOff.get(u.id) ?? [],
        },
        tasks: tasksOf.get(u.id) ?? [],
      }));
    },
  };
}

/** A user without any working-hours entry works Monday to Friday at their per-day hours (8 if unset). */
function defaultWeek(hours: number | null): (WorkingDay | null)[] {
  const day: WorkingDay = {
    minutes: Math.round((hours ?? DEFAULT_HOURS) * 60),
    startMinute: DEFAULT_START_MINUTE,
  };
  return [null, day, day, day, day, day, null];
}
