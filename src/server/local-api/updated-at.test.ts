import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isRfc3339 } from '@/api/common';
import { stampMicros } from './db/stamps';
import { createTestApi, type TestApi } from './test-harness';

// updated_at is what a conflict check compares: every write moves it strictly forward, reads never touch it.
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());
afterEach(() => vi.restoreAllMocks());

type Table = 'tasks' | 'time_blocks' | 'projects';
const stamp = (table: Table, id: number) =>
  (api.db.prepare(`SELECT updated_at FROM ${table} WHERE id = ?`).get(id) as { updated_at: string })
    .updated_at;
const allStamps = () =>
  (['tasks', 'time_blocks', 'projects'] as const).map((t) =>
    api.db.prepare(`SELECT id, updated_at FROM ${t} ORDER BY id`).all(),
  );

/** Runs `write` (which must succeed) and expects `table` row `id` to carry a strictly later updated_at. */
async function movesForward(
  table: Table,
  id: number,
  write: () => Promise<{ statusCode: number; body: string }>,
) {
  const before = stamp(table, id);
  const res = await write();
  expect(res.statusCode, res.body).toBeLessThan(300);
  const after = stamp(table, id);
  expect(isRfc3339(after), after).toBe(true);
  expect(stampMicros(after), `${before} -> ${after}`).toBeGreaterThan(stampMicros(before));
  return after;
}

const T = () => `${api.wsPath}/tasks`;
const P = () => `${api.wsPath}/projects`;
const groups = (group: string, payload: unknown) =>
  api.request({ method: 'PATCH', url: `${T()}/groups/${group}`, payload: payload as object });

/** A live dated task of a public project with exactly one assignee. */
function pickTask(): { id: number; user: number; project: number } {
  return api.db
    .prepare(
      `SELECT t.id, MIN(a.user_id) AS user, t.project_id AS project FROM tasks t JOIN task_assignees a ON a.task_id = t.id
        JOIN projects p ON p.id = t.project_id AND p.private = 0
        WHERE t.deleted_at IS NULL AND t.start_date IS NOT NULL GROUP BY t.id HAVING COUNT(*) = 1 ORDER BY t.id LIMIT 1`,
    )
    .get() as { id: number; user: number; project: number };
}

describe('updated_at', () => {
  it('is an RFC 3339 UTC timestamp with microseconds; a new task has created_at = updated_at', async () => {
    const res = await api.request({ method: 'POST', url: T(), payload: { name: 'Stamped' } });
    expect(res.statusCode).toBe(201);
    const task = res.json();
    expect(task.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(task.created_at).toBe(task.updated_at);
    expect(stamp('tasks', task.id)).toBe(task.updated_at);
  });

  it('every task-group write (move, reorder, dates, remove) moves the task forward, not its time blocks', async () => {
    const t = pickTask();
    const block = api.db.prepare('SELECT id FROM time_blocks WHERE task_id = ?').pluck().get(t.id) as
      number | undefined;
    const blockBefore = block === undefined ? undefined : stamp('time_blocks', block);
    const other = t.user === 1002 ? 1003 : 1002;
    await movesForward('tasks', t.id, () =>
      groups('users', [{ id: t.id, op: 'move', source_group_id: t.user, target_group_id: other, weight: 0 }]),
    );
    await movesForward('tasks', t.id, () =>
      groups('users', [{ id: t.id, op: 'move', source_group_id: other, target_group_id: other, weight: 3 }]),
    );
    await movesForward('tasks', t.id, () =>
      groups('projects', [
        {
          id: t.id,
          op: 'move',
          source_group_id: t.project,
          target_group_id: t.project,
          weight: 0,
          start_date: '2030-01-07',
          end_date: '2030-01-09',
        },
      ]),
    );
    await movesForward('tasks', t.id, () =>
      groups('users', [{ id: t.id, op: 'remove', source_group_id: other, target_group_id: null, weight: 0 }]),
    );
    if (block !== undefined) expect(stamp('time_blocks', block)).toBe(blockBefore);
  });

  it('moves strictly forward for writes within one millisecond and when the clock runs behind', async () => {
    const t = pickTask();
    const move = (weight: number) =>
      groups('users', [{ id: t.id, op: 'move', source_group_id: t.user, target_group_id: t.user, weight }]);
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2031-05-05T10:00:00.123Z'));
    const first = await movesForward('tasks', t.id, () => move(1));
    const second = await movesForward('tasks', t.id, () => move(2));
    expect(second > first).toBe(true);
    // A clock a year behind the stored value (a restart on another machine, a clock step) still moves it on.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2030-05-05T10:00:00.000Z'));
    const third = await movesForward('tasks', t.id, () => move(3));
    expect(third.startsWith('2031-05-05T10:00:00.')).toBe(true);
  });

  it('every time-block write, single and bulk, moves the block forward and leaves its task as it was', async () => {
    const t = pickTask();
    const taskBefore = stamp('tasks', t.id);
    const tb = (rest = '') => `${T()}/${t.id}/time-blocks${rest}`;
    const created = await api.request({
      method: 'POST',
      url: tb(),
      payload: { start: '2030-02-04T09:00:00Z' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json().created_at).toBe(created.json().updated_at);
    const one = (method: 'PUT' | 'PATCH' | 'DELETE' | 'POST', rest: string, payload?: object) => () =>
      api.request({ method, url: tb(`/${id}${rest}`), payload });
    await movesForward('time_blocks', id, one('PUT', '', { start: '2030-02-04T10:00:00Z', duration: 900 }));
    await movesForward('time_blocks', id, one('PATCH', '', { completed: true }));
    await movesForward('time_blocks', id, one('POST', '/archive'));
    await movesForward('time_blocks', id, one('POST', '/unarchive'));
    await movesForward('time_blocks', id, one('DELETE', ''));
    await movesForward('time_blocks', id, one('PATCH', '/restore'));
    const bulk = `${api.wsPath}/time-blocks/bulk`;
    const made = await api.request({
      method: 'POST',
      url: bulk,
      payload: { time_blocks: [{ task_id: t.id, start: '2030-02-05T09:00:00Z' }] },
    });
    expect(made.statusCode).toBe(201);
    const other = made.json()[0].id as number;
    await movesForward('time_blocks', other, () =>
      api.request({
        method: 'PATCH',
        url: bulk,
        payload: [
          { id: other, duration: 60 },
          { id, duration: 120 },
        ],
      }),
    );
    await movesForward('time_blocks', id, () =>
      api.request({ method: 'PATCH', url: bulk, payload: [{ id, duration: 180 }] }),
    );
    await movesForward('time_blocks', other, () =>
      api.request({ method: 'DELETE', url: `${bulk}?ids=${other}` }),
    );
    expect(stamp('tasks', t.id)).toBe(taskBefore);
  });

  it('every task edit, single and bulk, moves the task forward; archive moves its blocks too', async () => {
    const t = pickTask();
    const one =
      (method: 'PUT' | 'PATCH' | 'DELETE' | 'POST', rest = '', payload?: object) =>
      () =>
        api.request({ method, url: `${T()}/${t.id}${rest}`, payload });
    const block = api.db
      .prepare('SELECT id FROM time_blocks WHERE task_id = ? AND deleted_at IS NULL AND archived_at IS NULL')
      .pluck()
      .get(t.id) as number | undefined;
    await movesForward('tasks', t.id, one('PATCH', '', { notes: 'stamped' }));
    const status = api.db.prepare('SELECT status_id FROM tasks WHERE id = ?').pluck().get(t.id) as number;
    await movesForward('tasks', t.id, one('PUT', '', { name: 'Stamped task', status_id: status }));
    const blockBefore = block === undefined ? undefined : stamp('time_blocks', block);
    await movesForward('tasks', t.id, one('POST', '/archive'));
    if (block !== undefined) expect(stamp('time_blocks', block) > blockBefore!).toBe(true);
    await movesForward('tasks', t.id, one('POST', '/unarchive'));
    await movesForward('tasks', t.id, one('DELETE'));
    await movesForward('tasks', t.id, one('PATCH', '/restore'));
    const bulk = `${T()}/bulk`;
    const many = (method: 'PATCH' | 'POST' | 'DELETE', rest: string, payload?: unknown) => () =>
      api.request({ method, url: `${bulk}${rest}`, payload: payload as object });
    await movesForward('tasks', t.id, many('PATCH', '', [{ id: t.id, priority: 'high' }]));
    await movesForward('tasks', t.id, many('POST', '/archive', { task_ids: [t.id] }));
    await movesForward('tasks', t.id, many('POST', '/unarchive', { task_ids: [t.id] }));
    await movesForward('tasks', t.id, many('DELETE', `?ids=${t.id}`));
    await movesForward('tasks', t.id, many('PATCH', '/restore', { task_ids: [t.id] }));
  });

  it('every project write moves the project forward; member changes leave it', async () => {
    const id = 3002;
    const url = `${P()}/${id}`;
    const write =
      (method: 'PUT' | 'PATCH' | 'DELETE' | 'POST', rest = '', payload?: object) =>
      () =>
        api.request({ method, url: `${url}${rest}`, payload });
    await movesForward('projects', id, write('PATCH', '', { color: '#123456' }));
    await movesForward('projects', id, write('PUT', '', { name: 'Mobile app' }));
    await movesForward('projects', id, write('PATCH', '/archive'));
    await movesForward('projects', id, write('PATCH', '/unarchive'));
    await movesForward('projects', id, write('POST', '/pinned'));
    await movesForward('projects', id, write('DELETE', '/pinned'));
    await movesForward('projects', id, write('DELETE'));
    await movesForward('projects', id, write('PATCH', '/restore'));
    const before = stamp('projects', id);
    const role = api.db.prepare("SELECT role_id FROM roles WHERE entity = 'project' LIMIT 1").pluck().get();
    const add = await api.request({
      method: 'POST',
      url: `${url}/members`,
      payload: { role_id: role, user_ids: [1005] },
    });
    expect(add.statusCode, add.body).toBe(204);
    const drop = await api.request({ method: 'DELETE', url: `${url}/members`, payload: { user_id: 1005 } });
    expect(drop.statusCode, drop.body).toBe(204);
    expect(stamp('projects', id)).toBe(before);
  });

  it('reads and rejected writes leave every updated_at as it was', async () => {
    const t = pickTask();
    const before = allStamps();
    const range = 'date_from=2020-01-01T00:00:00Z&date_to=2040-01-01T00:00:00Z';
    for (const url of [
      `${T()}?per_page=100&order_by=-updated_at`,
      `${T()}/groups/users?include_unassigned=true&per_page=100`,
      `${T()}/groups/projects`,
      `${T()}/groups/tags`,
      `${T()}/${t.id}/time-blocks`,
      `${T()}/${t.id}`,
      `${api.wsPath}/time-blocks?${range}`,
      `${api.wsPath}/time-blocks/stream?${range}`,
      `${P()}`,
      `${P()}/${t.project}`,
      `${P()}/${t.project}/children`,
      `${P()}/${t.project}/parents`,
      `${P()}/${t.project}/members`,
    ]) {
      const res = await api.request({ url });
      expect(res.statusCode, url).toBe(200);
    }
    const rejected = await groups('users', [
      { id: t.id, op: 'move', source_group_id: t.user, target_group_id: 999999, weight: 0 },
    ]);
    expect(rejected.statusCode).toBe(400);
    const badProject = await api.request({
      method: 'PATCH',
      url: `${P()}/${t.project}`,
      payload: { name: '' },
    });
    expect(badProject.statusCode).toBe(400);
    const badTask = await api.request({
      method: 'PATCH',
      url: `${T()}/${t.id}`,
      payload: { estimated_mins: -1 },
    });
    expect(badTask.statusCode).toBe(400);
    expect(allStamps()).toEqual(before);
  });
});
