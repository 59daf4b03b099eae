import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeBlockAggregatePageSchema, timeBlockSchema } from '@/api/time-block';
import { canSeeProject } from '../sql/access';
import type { TestApi } from '../test-harness';
import { addBlock, addTask, apiWithOtherWorkspace, snapshot, type OtherWorkspace } from './test-fixtures';

let api: TestApi;
let other: OtherWorkspace;
beforeAll(async () => {
  ({ api, other } = await apiWithOtherWorkspace());
});
afterAll(() => api.close());

const MODEL_KEYS = [
  'archived_at',
  'calendar_event_id',
  'completed_at',
  'created_at',
  'deleted_at',
  'description',
  'duration',
  'id',
  'start',
  'task_id',
  'timezone',
  'toggl_user_id',
  'updated_at',
  'workspace_id',
];
const tb = (taskId: number, rest = '') => `${api.wsPath}/tasks/${taskId}/time-blocks${rest}`;
const row = (id: number) =>
  api.db.prepare('SELECT * FROM time_blocks WHERE id = ?').get(id) as Record<string, unknown>;

async function create(taskId: number, payload: object) {
  const res = await api.request({ method: 'POST', url: tb(taskId), payload });
  expect(res.statusCode).toBe(201);
  return timeBlockSchema.parse(res.json());
}

/** A new task with one hour-long block on 2030-05-01, and the block's URL. */
async function taskWithBlock(task?: Parameters<typeof addTask>[1]) {
  const taskId = addTask(api, task);
  const block = await create(taskId, { start: '2030-05-01T10:00:00Z', duration: 60 });
  return { taskId, block, url: tb(taskId, `/${block.id}`) };
}

function expectFocusError(res: { statusCode: number; json(): unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as Record<string, unknown>;
  expect(typeof body.error).toBe('string');
  expect(typeof body.error_description).toBe('string');
  expect(typeof body.trace_id).toBe('string');
}

describe('POST /tasks/:task_id/time-blocks', () => {
  it('creates a block owned by the caller, start stored in UTC with start_ts in sync', async () => {
    const taskId = addTask(api);
    const res = await api.request({
      method: 'POST',
      url: tb(taskId),
      headers: { authorization: api.authAs(1002) },
      payload: { start: '2030-03-01T10:15:30.250+02:00', duration: 5400 },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(MODEL_KEYS);
    expect(body).toMatchObject({
      task_id: taskId,
      workspace_id: api.ws,
      toggl_user_id: 1002,
      start: '2030-03-01T08:15:30Z',
      duration: 5400,
      completed_at: null,
      archived_at: null,
      deleted_at: null,
    });
    expect(row(body.id).start_ts).toBe(Date.parse('2030-03-01T08:15:30Z') / 1000);
  });

  it('sets completed_at for completed: true and defaults duration to 0', async () => {
    const block = await create(addTask(api), { start: '2030-03-01T10:00:00Z', completed: true });
    expect(block.duration).toBe(0);
    expect(block.completed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
  });

  it.each([
    ['no start', {}],
    ['a date without time', { start: '2030-03-01' }],
    ['a time without offset', { start: '2030-03-01T10:00:00' }],
    ['an impossible date', { start: '2030-02-30T10:00:00Z' }],
    ['a negative duration', { start: '2030-03-01T10:00:00Z', duration: -1 }],
    ['a duration over 7 days', { start: '2030-03-01T10:00:00Z', duration: 604801 }],
    ['a fractional duration', { start: '2030-03-01T10:00:00Z', duration: 1.5 }],
    ['a string duration', { start: '2030-03-01T10:00:00Z', duration: '60' }],
    ['a string completed', { start: '2030-03-01T10:00:00Z', completed: 'yes' }],
    ['an array body', [{ start: '2030-03-01T10:00:00Z' }]],
  ])('answers 400 for %s and creates nothing', async (_, payload) => {
    const before = api.count('time_blocks');
    expectFocusError(await api.request({ method: 'POST', url: tb(addTask(api)), payload }), 400);
    expect(api.count('time_blocks')).toBe(before);
  });

  it('answers 400 for malformed JSON, a missing body and bad path ids', async () => {
    const taskId = addTask(api);
    const before = api.count('time_blocks');
    const malformed = await api.request({
      method: 'POST',
      url: tb(taskId),
      headers: { 'content-type': 'application/json' },
      payload: '{"start": ',
    });
    expectFocusError(malformed, 400);
    expectFocusError(await api.request({ method: 'POST', url: tb(taskId) }), 400);
    for (const bad of ['-1', '0', 'abc', '1.5']) {
      expectFocusError(
        await api.request({
          method: 'POST',
          url: `${api.wsPath}/tasks/${bad}/time-blocks`,
          payload: { start: '2030-03-01T10:00:00Z' },
        }),
        400,
      );
    }
    expect(api.count('time_blocks')).toBe(before);
  });

  it('answers 400 for an unknown task, a task of another workspace and a private task the caller cannot see', async () => {
    const privateTask = addTask(api, { projectId: 3004 });
    const scope = { userId: 1003, organizationId: api.org, workspaceId: api.ws, isOrgAdmin: false };
    expect(canSeeProject(api.db, scope, 3004)).toBe(false);
    const before = api.count('time_blocks');
    const payload = { start: '2030-03-01T10:00:00Z' };
    expectFocusError(await api.request({ method: 'POST', url: tb(999999), payload }), 400);
    expectFocusError(await api.request({ method: 'POST', url: tb(other.taskId), payload }), 400);
    const hidden = await api.request({
      method: 'POST',
      url: tb(privateTask),
      headers: { authorization: api.authAs(1003) },
      payload,
    });
    expectFocusError(hidden, 400);
    expect(api.count('time_blocks')).toBe(before);
    // The org admin sees it.
    await create(privateTask, payload);
  });

  it('answers 403 outside the caller organization or workspace', async () => {
    const payload = { start: '2030-03-01T10:00:00Z' };
    const wrongOrg = await api.request({
      method: 'POST',
      url: `/api/organizations/1/workspaces/${api.ws}/tasks/${addTask(api)}/time-blocks`,
      payload,
    });
    expectFocusError(wrongOrg, 403);
    const notMember = await api.request({
      method: 'GET',
      url: `${other.path}/tasks/${other.taskId}/time-blocks`,
      headers: { authorization: api.authAs(1002) },
    });
    expectFocusError(notMember, 403);
  });
});

describe('GET /tasks/:task_id/time-blocks', () => {
  let taskId: number;
  let ids: number[];
  beforeAll(() => {
    taskId = addTask(api);
    ids = [
      '2030-04-03T09:00:00Z',
      '2030-04-01T09:00:00Z',
      '2030-04-02T09:00:00Z',
      '2030-04-05T09:00:00Z',
      '2030-04-04T09:00:00Z',
    ].map((start) => addBlock(api, { taskId, start, duration: 600 }));
    api.db
      .prepare(
        "UPDATE time_blocks SET updated_at = '2026-02-0' || (6 - (id - ?)) || 'T00:00:00Z' WHERE id IN (?, ?, ?, ?, ?)",
      )
      .run(ids[0], ...ids);
  });
  const list = (q = '') => api.request({ url: tb(taskId, q) });

  it('pages the live, unarchived blocks ordered by start', async () => {
    const res = await list('?per_page=2');
    expect(res.statusCode).toBe(200);
    const page = timeBlockAggregatePageSchema.parse(res.json());
    expect(page.page).toBe(1);
    expect(page.per_page).toBe(2);
    expect(page.data.map((b) => b.start)).toEqual(['2030-04-01T09:00:00Z', '2030-04-02T09:00:00Z']);
    expect(page.data.every((b) => b.has_time_entry === false)).toBe(true);
    const third = timeBlockAggregatePageSchema.parse((await list('?per_page=2&page=3')).json());
    expect(third.data.map((b) => b.start)).toEqual(['2030-04-05T09:00:00Z']);
    const beyond = timeBlockAggregatePageSchema.parse((await list('?per_page=2&page=4')).json());
    expect(beyond.data).toEqual([]);
  });

  it('orders by each order_by term, descending with "-"', async () => {
    const starts = (await list('?order_by=-start')).json().data.map((b: { start: string }) => b.start);
    expect(starts).toEqual([...starts].sort().reverse());
    const byUpdated = (await list('?order_by=updated_at')).json().data.map((b: { id: number }) => b.id);
    expect(byUpdated).toEqual([...ids].reverse());
    const byCreated = (await list('?order_by=-created_at,task_id')).json();
    expect(byCreated.data.map((b: { id: number }) => b.id)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('filters archived blocks in and out', async () => {
    api.db.prepare("UPDATE time_blocks SET archived_at = '2026-03-01T00:00:00Z' WHERE id = ?").run(ids[0]);
    const live = (await list()).json().data.map((b: { id: number }) => b.id);
    expect(live).not.toContain(ids[0]);
    expect(live).toHaveLength(4);
    expect((await list('?archived=false')).json().data).toHaveLength(4);
    const archived = (await list('?archived=true')).json().data.map((b: { id: number }) => b.id);
    expect(archived).toEqual([ids[0]]);
    api.db.prepare('UPDATE time_blocks SET archived_at = NULL WHERE id = ?').run(ids[0]);
  });

  it.each([
    'order_by=name',
    'order_by=start,bogus',
    'archived=maybe',
    'page=0',
    'per_page=101',
    'per_page=-1',
    'page=x',
  ])('answers 400 for %s', async (q) => expectFocusError(await list(`?${q}`), 400));

  it('answers 400 for an unknown task', async () => {
    expectFocusError(await api.request({ url: tb(999999) }), 400);
  });
});

describe('one block: GET, PUT, PATCH, DELETE, archive, unarchive, restore', () => {
  it('gets a block; 404 for an unknown block, another task, another workspace', async () => {
    const { taskId, block } = await taskWithBlock();
    const res = await api.request({ url: tb(taskId, `/${block.id}`) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(block);
    expectFocusError(await api.request({ url: tb(taskId, '/99999999') }), 404);
    expectFocusError(await api.request({ url: tb(addTask(api), `/${block.id}`) }), 404);
    expectFocusError(await api.request({ url: tb(999999, `/${block.id}`) }), 404);
    expectFocusError(await api.request({ url: tb(taskId, `/${other.blockId}`) }), 404);
    expectFocusError(
      await api.request({ url: `${other.path}/tasks/${taskId}/time-blocks/${block.id}` }),
      404,
    );
    expect(
      (await api.request({ url: `${other.path}/tasks/${other.taskId}/time-blocks/${other.blockId}` }))
        .statusCode,
    ).toBe(200);
    expectFocusError(await api.request({ url: tb(taskId, '/-5') }), 400);
  });

  it("answers 404 to a member who cannot see the block's private project, and never changes it", async () => {
    const { taskId, url } = await taskWithBlock({ projectId: 3004 });
    const as1003 = { authorization: api.authAs(1003) };
    const before = snapshot(api);
    expectFocusError(await api.request({ url, headers: as1003 }), 404);
    expectFocusError(
      await api.request({ method: 'PATCH', url, headers: as1003, payload: { duration: 1 } }),
      404,
    );
    expectFocusError(await api.request({ method: 'DELETE', url, headers: as1003 }), 404);
    expectFocusError(await api.request({ method: 'POST', url: `${url}/archive`, headers: as1003 }), 400);
    expectFocusError(await api.request({ url: tb(taskId), headers: as1003 }), 400);
    expect(snapshot(api)).toEqual(before);
    // A project member (1004) sees it.
    expect((await api.request({ url, headers: { authorization: api.authAs(1004) } })).statusCode).toBe(200);
  });

  it('PUT replaces start, duration and completion (204); leaving them out resets them', async () => {
    const taskId = addTask(api);
    const block = await create(taskId, { start: '2030-05-01T10:00:00Z', duration: 60, completed: true });
    const put = await api.request({
      method: 'PUT',
      url: tb(taskId, `/${block.id}`),
      payload: { start: '2030-05-02T08:00:00-01:00', duration: 900 },
    });
    expect(put.statusCode).toBe(204);
    expect(put.body).toBe('');
    expect(row(block.id)).toMatchObject({
      start: '2030-05-02T09:00:00Z',
      start_ts: Date.parse('2030-05-02T09:00:00Z') / 1000,
      duration: 900,
      completed_at: null,
    });
    await api.request({
      method: 'PUT',
      url: tb(taskId, `/${block.id}`),
      payload: { start: '2030-05-02T09:00:00Z', completed: true },
    });
    expect(row(block.id)).toMatchObject({ duration: 0 });
    expect(row(block.id).completed_at).not.toBeNull();
  });

  it('PUT answers 400 for a bad body and 404 for a missing block, changing nothing', async () => {
    const { taskId, block } = await taskWithBlock();
    const before = snapshot(api);
    expectFocusError(
      await api.request({ method: 'PUT', url: tb(taskId, `/${block.id}`), payload: { duration: 60 } }),
      400,
    );
    expectFocusError(
      await api.request({ method: 'PUT', url: tb(taskId, `/${block.id}`), payload: { start: 'tomorrow' } }),
      400,
    );
    expectFocusError(
      await api.request({
        method: 'PUT',
        url: tb(taskId, '/99999999'),
        payload: { start: '2030-05-01T10:00:00Z' },
      }),
      404,
    );
    expectFocusError(
      await api.request({
        method: 'PUT',
        url: tb(addTask(api), `/${block.id}`),
        payload: { start: '2030-05-01T10:00:00Z' },
      }),
      404,
    );
    expect(snapshot(api)).toEqual(before);
  });

  it('judges a request wrong in several parts path first, then body, then query (one 400 naming the first)', async () => {
    const { taskId, block } = await taskWithBlock();
    const before = snapshot(api);
    const descriptionOf = async (method: 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
      const res = await api.request({ method, url, payload });
      expectFocusError(res, 400);
      return res.json().error_description as string;
    };
    expect(await descriptionOf('PUT', tb(taskId, '/x'), { start: 'tomorrow' })).toBe(
      'invalid path: time_block_id: must be a positive integer',
    );
    expect(await descriptionOf('PATCH', tb(taskId, `/${block.id}?x=1`), { duration: 'long' })).toMatch(
      /^invalid body: duration: /,
    );
    expect(await descriptionOf('DELETE', tb(taskId, '/0?outbound_sync=maybe'))).toBe(
      'invalid path: time_block_id: must be a positive integer',
    );
    expect(await descriptionOf('DELETE', tb(taskId, `/${block.id}?outbound_sync=maybe`))).toMatch(
      /^invalid query: outbound_sync: /,
    );
    expect(snapshot(api)).toEqual(before);
  });

  it('PATCH changes only the given fields and completes / uncompletes', async () => {
    const { block, url } = await taskWithBlock();
    expect((await api.request({ method: 'PATCH', url, payload: { duration: 120 } })).statusCode).toBe(204);
    expect(row(block.id)).toMatchObject({ start: '2030-05-01T10:00:00Z', duration: 120, completed_at: null });
    await api.request({
      method: 'PATCH',
      url,
      payload: { completed: true, start: '2030-05-01T12:00:00+00:00' },
    });
    const completedAt = row(block.id).completed_at;
    expect(completedAt).toMatch(/Z$/);
    expect(row(block.id)).toMatchObject({
      start: '2030-05-01T12:00:00Z',
      start_ts: Date.parse('2030-05-01T12:00:00Z') / 1000,
      duration: 120,
    });
    await api.request({ method: 'PATCH', url, payload: { completed: false } });
    expect(row(block.id).completed_at).toBeNull();
  });

  it('PATCH moves a block to another task of the workspace via task_id', async () => {
    const from = addTask(api);
    const to = addTask(api);
    const block = await create(from, { start: '2030-05-01T10:00:00Z', duration: 60 });
    expect(
      (await api.request({ method: 'PATCH', url: tb(from, `/${block.id}`), payload: { task_id: to } }))
        .statusCode,
    ).toBe(204);
    expectFocusError(await api.request({ url: tb(from, `/${block.id}`) }), 404);
    expect((await api.request({ url: tb(to, `/${block.id}`) })).json().task_id).toBe(to);
  });

  it('PATCH answers 400 for an unknown or foreign target task and a bad body, 404 for a missing block, changing nothing', async () => {
    const { taskId, url } = await taskWithBlock();
    const before = snapshot(api);
    for (const payload of [
      { task_id: 999999 },
      { task_id: other.taskId },
      { task_id: -3 },
      { duration: 604801 },
      { start: '2030-13-01T00:00:00Z' },
      { completed: 1 },
    ]) {
      expectFocusError(await api.request({ method: 'PATCH', url, payload }), 400);
    }
    expectFocusError(
      await api.request({ method: 'PATCH', url: tb(taskId, '/99999999'), payload: { duration: 1 } }),
      404,
    );
    expect(snapshot(api)).toEqual(before);
  });

  it('DELETE hides the block from every read; a second DELETE is a 404', async () => {
    const { taskId, block, url } = await taskWithBlock();
    expect((await api.request({ method: 'DELETE', url })).statusCode).toBe(204);
    expect(row(block.id).deleted_at).not.toBeNull();
    expectFocusError(await api.request({ url }), 404);
    expectFocusError(await api.request({ method: 'DELETE', url }), 404);
    expectFocusError(await api.request({ method: 'PATCH', url, payload: { duration: 5 } }), 404);
    expect((await api.request({ url: tb(taskId) })).json().data).toEqual([]);
    expect((await api.request({ url: tb(taskId, '?archived=true') })).json().data).toEqual([]);
    const range = await api.request({
      url: `${api.wsPath}/time-blocks?date_from=2030-05-01T00:00:00Z&date_to=2030-05-02T00:00:00Z&task_id=${taskId}`,
    });
    expect(range.json().data).toEqual([]);
    expectFocusError(await api.request({ method: 'DELETE', url: `${url}?outbound_sync=perhaps` }), 400);
  });

  it('archive and unarchive toggle archived_at (204); 400 for a block that does not exist', async () => {
    const { taskId, block, url } = await taskWithBlock();
    expect((await api.request({ method: 'POST', url: `${url}/archive` })).statusCode).toBe(204);
    expect(row(block.id).archived_at).toMatch(/Z$/);
    expect(
      (await api.request({ url: tb(taskId, '?archived=true') })).json().data.map((b: { id: number }) => b.id),
    ).toEqual([block.id]);
    expect((await api.request({ url })).json().archived_at).not.toBeNull();
    expect((await api.request({ method: 'POST', url: `${url}/unarchive` })).statusCode).toBe(204);
    expect(row(block.id).archived_at).toBeNull();
    expect((await api.request({ url: tb(taskId) })).json().data).toHaveLength(1);
    const before = snapshot(api);
    expectFocusError(await api.request({ method: 'POST', url: tb(taskId, '/99999999/archive') }), 400);
    expectFocusError(
      await api.request({ method: 'POST', url: tb(addTask(api), `/${block.id}/unarchive`) }),
      400,
    );
    expectFocusError(
      await api.request({
        method: 'POST',
        url: `${other.path}/tasks/${taskId}/time-blocks/${block.id}/archive`,
      }),
      400,
    );
    expect(snapshot(api)).toEqual(before);
  });

  it('restore brings back a deleted, archived block (204); 404 for one that never existed', async () => {
    const { taskId, block, url } = await taskWithBlock();
    await api.request({ method: 'POST', url: `${url}/archive` });
    await api.request({ method: 'DELETE', url });
    expect((await api.request({ method: 'PATCH', url: `${url}/restore` })).statusCode).toBe(204);
    expect(row(block.id)).toMatchObject({ deleted_at: null, archived_at: null });
    expect((await api.request({ url })).statusCode).toBe(200);
    expectFocusError(await api.request({ method: 'PATCH', url: tb(taskId, '/99999999/restore') }), 404);
    expectFocusError(
      await api.request({ method: 'PATCH', url: tb(addTask(api), `/${block.id}/restore`) }),
      404,
    );
  });
});
