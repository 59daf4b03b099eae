import type { TaskCreate } from '@/api/task';
import type { TestApi } from '../test-harness';

/**
 * Builds planning situations on a test API through the same routes the planner uses (working hours, time
 * off, tasks), and straight in SQL where no route exists (a person's zone and country, public holidays).
 */
export function planning(api: TestApi) {
  const org = `/api/organizations/${api.org}`;
  async function ok(method: 'POST' | 'PUT' | 'DELETE', url: string, payload: unknown, as?: number) {
    const res = await api.request({
      method,
      url,
      payload: payload as object,
      headers: as ? { authorization: api.authAs(as) } : {},
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.statusCode === 204 ? null : res.json();
  }
  return {
    /** The person's zone and country (no route sets them). */
    person(userId: number, zone: string, country: string | null) {
      api.db.prepare('UPDATE users SET timezone = ?, country = ? WHERE id = ?').run(zone, country, userId);
    },
    /** Replaces the person's working week: hours per weekday, index 0 = Sunday (0 = no entry). */
    async week(userId: number, hours: readonly number[]) {
      const ids = api.db
        .prepare('SELECT working_hour_id FROM working_hours WHERE user_id = ?')
        .pluck()
        .all(userId) as number[];
      if (ids.length) await ok('DELETE', `${org}/workinghours/users/${userId}`, ids);
      const days = hours.flatMap((h, weekday) => (h > 0 ? [{ weekday, working_hours: h }] : []));
      if (days.length) await ok('POST', `${org}/workinghours/users/${userId}`, days);
    },
    async timeOff(userId: number, start: string, end: string, type?: string) {
      return ok('POST', `${org}/timeoff/users/${userId}`, [{ start_time: start, end_time: end, type }]);
    },
    holiday(country: string, date: string, name: string) {
      api.db
        .prepare('INSERT INTO public_holidays (country, date, name) VALUES (?, ?, ?)')
        .run(country, date, name);
    },
    async task(body: Partial<TaskCreate> & { start_date: string; end_date: string }): Promise<number> {
      const created = await ok('POST', `${api.wsPath}/tasks`, { name: 'Planned work', ...body });
      return (created as { id: number }).id;
    },
    /** A task of `minutes` over `start`..`end` (calendar days) for these people; `extra` sets the rest. */
    estimate(people: number[], start: string, end: string, minutes: number, extra: Partial<TaskCreate> = {}) {
      return this.task({
        ...extra,
        start_date: start,
        end_date: end,
        estimated_mins: minutes,
        assignee_user_ids: people,
      });
    },
    /** A completed block of `minutes` the user booked (and so tracked) on the task. */
    async tracked(userId: number, taskId: number, start: string, minutes: number) {
      await ok(
        'POST',
        `${api.wsPath}/tasks/${taskId}/time-blocks`,
        { start, duration: minutes * 60, completed: true },
        userId,
      );
    },
  };
}
