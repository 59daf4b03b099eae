import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskWithAggregationsSchema } from '@/api/task';
import { fingerprint } from '@/server/reliability/db-fingerprint';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const url = (id: number | string, rest = '') => `${api.wsPath}/tasks/${id}${rest}`;
const send = (method: 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST', path: string, payload?: unknown) =>
  api.request({ method, url: path, payload: payload as object });
const row = (id: number) =>
  api.db.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as Record<string, unknown> & {
    updated_at: string;
  };
const assignees = (id: number) =>
  api.db.prepare('SELECT user_id FROM task_assignees WHERE task_id = ? ORDER BY user_id').pluck().all(id);
const lanes = (id: number, type: string) =>
  api.db
    .prepare(
      'SELECT group_key, weight FROM task_lanes WHERE task_id = ? AND group_type = ? ORDER BY group_key',
    )
    .all(id, type);

/** A new dated task of its own (tests do not share rows). */
async function newTask(extra: object = {}): Promise<number> {
  const res = await send('POST', `${api.wsPath}/tasks`, {
    name: 'Edit me',
    start_date: '2033-04-04',
    end_date: '2033-04-06',
    assignee_user_ids: [1002],
    project_id: 3001,
    tag_ids: [8001],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

/** Expects a 400 (or `status`) in the Focus error shape that names `field` and changes no row at all. */
async function rejects(
  status: number,
  field: string,
  request: () => Promise<{ statusCode: number; body: string }>,
) {
  const before = fingerprint(api.db);
  const res = await request();
  expect(res.statusCode, res.body).toBe(status);
  const body = JSON.parse(res.body);
  expect(body.error).toBe(status === 404 ? 'not_found' : 'bad_request');
  expect(body.error_description).toContain(field);
  expect(fingerprint(api.db)).toBe(before);
}

describe('GET /tasks/{task_id}', () => {
  it('answers task.TaskWithParentAndAggregations with the block counters and the parent', async () => {
    const parent = await newTask();
    const child = { id: await newTask({ parent_task_id: parent }), parent_task_id: parent };
    const made = await send('POST', url(child.id, '/time-blocks'), {
      start: '2033-04-04T09:00:00Z',
      duration: 1800,
    });
    expect(made.statusCode).toBe(201);
    const res = await send('GET', url(child.id, '?include_assignees=true'));
    expect(res.statusCode, res.body).toBe(200);
    const task = taskWithAggregationsSchema.parse(res.json());
    expect(task.id).toBe(child.id);
    expect(task.parent?.id).toBe(child.parent_task_id);
    const blocks = api.db
      .prepare(
        'SELECT COUNT(*) FROM time_blocks WHERE task_id = ? AND deleted_at IS NULL AND archived_at IS NULL',
      )
      .pluck()
      .get(child.id);
    expect(task.time_block_total_count).toBe(blocks);
    expect(task.total_blocked_time).toBe(1800);
  });

  it('answers 400 for an unknown id, a bad path and a task of a private project the caller cannot see', async () => {
    await rejects(400, '999999', () => send('GET', url(999999)));
    await rejects(400, 'task_id', () => send('GET', url('abc')));
    const { privateProject, outsider } = api.privateProjectAndOutsider();
    const hidden = api.db
      .prepare('SELECT id FROM tasks WHERE project_id = ? LIMIT 1')
      .pluck()
      .get(privateProject) as number;
    const res = await api.request({ url: url(hidden), headers: { authorization: api.authAs(outsider) } });
    expect(res.statusCode).toBe(400);
    expect((await send('GET', url(hidden))).statusCode).toBe(200);
  });
});

describe('PATCH /tasks/{task_id}', () => {
  it('changes exactly the fields it names (204), moves updated_at on, and stamps a status change', async () => {
    const id = await newTask();
    const before = row(id);
    const status = api.db
      .prepare('SELECT id FROM statuses WHERE workspace_id = 5200 AND id <> ? LIMIT 1')
      .pluck()
      .get(before.status_id) as number;
    const res = await send('PATCH', url(id), {
      name: 'Renamed',
      estimated_mins: 90,
      status_id: status,
      notes: 'n',
    });
    expect(res.statusCode, res.body).toBe(204);
    const after = row(id);
    expect(after).toMatchObject({ name: 'Renamed', estimated_mins: 90, status_id: status, notes: 'n' });
    expect(after.updated_at > before.updated_at).toBe(true);
    expect(after.status_updated_at).toBe(after.updated_at);
    const {
      name: _n,
      estimated_mins: _e,
      status_id: _s,
      notes: _o,
      updated_at: _u,
      status_updated_at: _x,
      ...rest
    } = after;
    const {
      name: _n2,
      estimated_mins: _e2,
      status_id: _s2,
      notes: _o2,
      updated_at: _u2,
      status_updated_at: _x2,
      ...was
    } = before;
    expect(rest).toEqual(was);
    expect(assignees(id)).toEqual([1002]);
  });

  it('null clears: project, estimate, assignees (the task lands in the no-assignee group) and tags', async () => {
    const id = await newTask();
    const res = await send('PATCH', url(id), {
      project_id: null,
      estimated_mins: null,
      assignee_user_ids: null,
      tag_ids: [],
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(row(id)).toMatchObject({ project_id: null, estimated_mins: null });
    expect(assignees(id)).toEqual([]);
    expect(lanes(id, 'users')).toEqual([{ group_key: 0, weight: expect.any(Number) }]);
    expect(lanes(id, 'projects')).toEqual([{ group_key: 0, weight: expect.any(Number) }]);
    expect(lanes(id, 'tags')).toEqual([{ group_key: 0, weight: expect.any(Number) }]);
  });

  it('new assignees, project and tags give the task a lane in each new group, free over its days', async () => {
    const first = await newTask({
      assignee_user_ids: [1004],
      start_date: '2034-01-02',
      end_date: '2034-01-05',
    });
    const id = await newTask({ assignee_user_ids: [1003], start_date: '2034-01-04', end_date: '2034-01-06' });
    const res = await send('PATCH', url(id), {
      assignee_user_ids: [1004, 1005],
      project_id: 3002,
      tag_ids: [8002],
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(assignees(id)).toEqual([1004, 1005]);
    const weightOf = (task: number, key: number) =>
      (lanes(task, 'users') as { group_key: number; weight: number }[]).find((l) => l.group_key === key)
        ?.weight;
    expect(weightOf(id, 1004)).not.toBe(weightOf(first, 1004));
    expect((lanes(id, 'projects') as { group_key: number }[]).map((l) => l.group_key)).toEqual([3002]);
    expect((lanes(id, 'tags') as { group_key: number }[]).map((l) => l.group_key)).toEqual([8002]);
  });

  it('new dates that overlap a task on the same lane move the task to a free lane', async () => {
    const a = await newTask({ assignee_user_ids: [1006], start_date: '2035-02-01', end_date: '2035-02-03' });
    const b = await newTask({ assignee_user_ids: [1006], start_date: '2035-02-10', end_date: '2035-02-12' });
    expect(lanes(b, 'users')).toEqual(lanes(a, 'users'));
    expect((await send('PATCH', url(b), { start_date: '2035-02-02' })).statusCode).toBe(204);
    expect(lanes(b, 'users')).not.toEqual(lanes(a, 'users'));
  });

  it.each([
    [{ project_id: 999999 }, 'project_id'],
    [{ status_id: 999999 }, 'status_id'],
    [{ tag_ids: [8001, 999999] }, 'tag_ids'],
    [{ assignee_user_ids: [999999] }, 'assignee_user_ids'],
    [{ team_assignee_ids: [1] }, 'team_assignee_ids'],
    [{ parent_task_id: 999999 }, 'parent_task_id'],
    [{ name: '  ' }, 'name'],
    [{ estimated_mins: -5 }, 'estimated_mins'],
    [{ start_date: '2033-04-07' }, 'end_date'],
    [{ end_date: '2033-04-01' }, 'end_date'],
    [{ start_date: '2033-04-05', end_date: '2033-04-04' }, 'end_date'],
    [{ priority: 'urgent' }, 'priority'],
    [{ status_id: null }, 'status_id'],
  ])('rejects %j with a 400 naming %s and changes no row', async (payload, field) => {
    const id = await newTask();
    await rejects(400, field, () => send('PATCH', url(id), payload));
  });

  it('refuses a parent that would make the task its own ancestor', async () => {
    const parent = await newTask();
    const child = await newTask({ parent_task_id: parent });
    await rejects(400, 'parent_task_id', () => send('PATCH', url(parent), { parent_task_id: child }));
    await rejects(400, 'parent_task_id', () => send('PATCH', url(parent), { parent_task_id: parent }));
  });

  it('refuses a recurring task that does not exist in the workspace, and takes one that does', async () => {
    const id = await newTask();
    await rejects(400, 'recurring_task_id', () =>
      send('PATCH', url(id), { recurring_task_id: Number.MAX_SAFE_INTEGER }),
    );
    const series = await newTask();
    expect((await send('PATCH', url(id), { recurring_task_id: series })).statusCode).toBe(204);
    expect(row(id).recurring_task_id).toBe(series);
  });

  it('does not let a user move a task into a private project they cannot see', async () => {
    const id = await newTask();
    const { privateProject, outsider } = api.privateProjectAndOutsider();
    await rejects(400, 'project_id', () =>
      api.request({
        method: 'PATCH',
        url: url(id),
        headers: { authorization: api.authAs(outsider) },
        payload: { project_id: privateProject },
      }),
    );
  });
});

describe('PUT /tasks/{task_id}', () => {
  it('replaces the task: what the payload leaves out goes back to its default', async () => {
    const id = await newTask({ notes: 'keep?', estimated_mins: 60, pinned: true });
    const status = row(id).status_id as number;
    const res = await send('PUT', url(id), { name: 'Whole', status_id: status, start_date: '2033-05-01' });
    expect(res.statusCode, res.body).toBe(204);
    expect(row(id)).toMatchObject({
      name: 'Whole',
      notes: null,
      estimated_mins: null,
      pinned: 0,
      project_id: null,
      start_date: '2033-05-01',
      end_date: null,
    });
    expect(assignees(id)).toEqual([]);
  });

  it('needs name and status_id', async () => {
    const id = await newTask();
    await rejects(400, 'status_id', () => send('PUT', url(id), { name: 'x' }));
    await rejects(400, 'name', () => send('PUT', url(id), { status_id: row(id).status_id }));
    await rejects(400, 'body', () => send('PUT', url(id)));
  });
});

describe('DELETE, restore, archive and unarchive', () => {
  it('deletes softly: the row stays with deleted_at, every read and write but restore ignores it', async () => {
    const id = await newTask();
    expect((await send('DELETE', url(id))).statusCode).toBe(204);
    expect(row(id).deleted_at).toBe(row(id).updated_at);
    await rejects(400, String(id), () => send('GET', url(id)));
    await rejects(400, String(id), () => send('PATCH', url(id), { name: 'ghost' }));
    await rejects(400, String(id), () => send('DELETE', url(id)));
    await rejects(404, String(id), () => send('POST', url(id, '/archive')));
    const list = (
      await send('GET', `${api.wsPath}/tasks?per_page=100&start_date=2033-04-01&end_date=2033-04-30`)
    ).json();
    expect(list.data.map((t: { id: number }) => t.id)).not.toContain(id);
    const groups = (
      await send('GET', `${api.wsPath}/tasks/groups/users?start_date=2033-04-01&end_date=2033-04-30`)
    ).json();
    expect(JSON.stringify(groups)).not.toContain(`"id":${id},`);
    expect((await send('PATCH', url(id, '/restore'))).statusCode).toBe(204);
    expect(row(id).deleted_at).toBeNull();
    expect((await send('GET', url(id))).statusCode).toBe(200);
  });

  it('archives a task with all its time blocks and unarchives both (204); an archived task is still readable', async () => {
    const id = await newTask();
    for (const start of ['2033-04-04T09:00:00Z', '2033-04-05T09:00:00Z']) {
      const made = await send('POST', url(id, '/time-blocks'), { start, duration: 3600 });
      expect(made.statusCode).toBe(201);
    }
    const blocks = () =>
      api.db.prepare('SELECT archived_at FROM time_blocks WHERE task_id = ?').pluck().all(id) as (
        string | null
      )[];
    expect((await send('POST', url(id, '/archive'))).statusCode).toBe(204);
    expect(row(id).archived_at).not.toBeNull();
    expect(blocks().every((b) => b !== null)).toBe(true);
    expect((await send('GET', url(id))).json().archived_at).toBe(row(id).archived_at);
    const live = (
      await send('GET', `${api.wsPath}/tasks?per_page=100&start_date=2033-04-01&end_date=2033-04-30`)
    ).json();
    expect(live.data.map((t: { id: number }) => t.id)).not.toContain(id);
    expect((await send('POST', url(id, '/unarchive'))).statusCode).toBe(204);
    expect(row(id).archived_at).toBeNull();
    expect(blocks()).toEqual([null, null]);
  });

  it('answers 404 for unknown tasks on archive, unarchive and restore', async () => {
    await rejects(404, '999999', () => send('POST', url(999999, '/archive')));
    await rejects(404, '999999', () => send('POST', url(999999, '/unarchive')));
    await rejects(404, '999999', () => send('PATCH', url(999999, '/restore')));
  });

  it('a restored task whose lane was taken meanwhile gets a free lane', async () => {
    const a = await newTask({ assignee_user_ids: [1007], start_date: '2036-03-01', end_date: '2036-03-04' });
    expect((await send('DELETE', url(a))).statusCode).toBe(204);
    const b = await newTask({ assignee_user_ids: [1007], start_date: '2036-03-02', end_date: '2036-03-03' });
    expect(lanes(b, 'users')).toEqual(lanes(a, 'users'));
    expect((await send('PATCH', url(a, '/restore'))).statusCode).toBe(204);
    expect(lanes(a, 'users')).not.toEqual(lanes(b, 'users'));
  });
});
