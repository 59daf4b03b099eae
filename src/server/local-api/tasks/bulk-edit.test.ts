import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '@/server/reliability/db-fingerprint';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const BULK = () => `${api.wsPath}/tasks/bulk`;
const send = (method: 'PATCH' | 'DELETE' | 'POST', url: string, payload?: unknown) =>
  api.request({ method, url, payload: payload as object });
const col = (id: number, column: string) =>
  api.db.prepare(`SELECT ${column} FROM tasks WHERE id = ?`).pluck().get(id);

async function newTasks(n: number, extra: object = {}): Promise<number[]> {
  const res = await send('POST', BULK(), {
    tasks: Array.from({ length: n }, (_, i) => ({
      name: `Bulk ${i}`,
      start_date: '2033-08-01',
      end_date: '2033-08-02',
      assignee_user_ids: [1002],
      ...extra,
    })),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().map((t: { id: number }) => t.id);
}

/** A failing call leaves every table exactly as it was (all-or-nothing). */
async function allOrNothing(status: number, mention: string, request: () => ReturnType<typeof send>) {
  const before = fingerprint(api.db);
  const res = await request();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error_description).toContain(mention);
  expect(fingerprint(api.db)).toBe(before);
}

describe('PATCH /tasks/bulk', () => {
  it('applies every item (204), each moving its updated_at on', async () => {
    const [a, b] = await newTasks(2);
    const stamps = [col(a, 'updated_at'), col(b, 'updated_at')] as string[];
    const res = await send('PATCH', BULK(), [
      { id: a, start_date: '2033-08-03', end_date: '2033-08-04' },
      { id: b, assignee_user_ids: [1003], status_id: col(a, 'status_id') },
    ]);
    expect(res.statusCode, res.body).toBe(204);
    expect([col(a, 'start_date'), col(a, 'end_date')]).toEqual(['2033-08-03', '2033-08-04']);
    expect(api.db.prepare('SELECT user_id FROM task_assignees WHERE task_id = ?').pluck().all(b)).toEqual([
      1003,
    ]);
    expect((col(a, 'updated_at') as string) > stamps[0]).toBe(true);
    expect((col(b, 'updated_at') as string) > stamps[1]).toBe(true);
  });

  it.each([
    [
      'an unknown task',
      (a: number) => [
        { id: a, name: 'x' },
        { id: 999999, name: 'y' },
      ],
      '999999',
    ],
    [
      'an unknown project in the second item',
      (a: number, b: number) => [
        { id: a, name: 'x' },
        { id: b, project_id: 999999 },
      ],
      '1.project_id',
    ],
    [
      'dates out of order after the change',
      (a: number, b: number) => [
        { id: a, name: 'x' },
        { id: b, start_date: '2033-09-01' },
      ],
      '1.end_date',
    ],
    [
      'a schema error in one item',
      (a: number, b: number) => [
        { id: a, name: 'x' },
        { id: b, estimated_mins: -1 },
      ],
      'estimated_mins',
    ],
    [
      'a repeated id',
      (a: number) => [
        { id: a, name: 'x' },
        { id: a, name: 'y' },
      ],
      'duplicate',
    ],
  ])('is all-or-nothing: %s changes no row', async (_what, body, mention) => {
    const [a, b] = await newTasks(2);
    await allOrNothing(400, mention, () => send('PATCH', BULK(), body(a, b)));
  });
});

describe('DELETE /tasks/bulk', () => {
  it('deletes softly every listed task (204); one unknown id deletes none (400)', async () => {
    const [a, b, c] = await newTasks(3);
    await allOrNothing(400, '999999', () => send('DELETE', `${BULK()}?ids=${a},999999`));
    expect((await send('DELETE', `${BULK()}?ids=${a},${b},${a}`)).statusCode).toBe(204);
    expect(col(a, 'deleted_at')).not.toBeNull();
    expect(col(b, 'deleted_at')).not.toBeNull();
    expect(col(c, 'deleted_at')).toBeNull();
    await allOrNothing(400, String(a), () => send('DELETE', `${BULK()}?ids=${a}`));
  });
});

describe('bulk archive, unarchive and restore', () => {
  it('act on the tasks and their sub-tasks, with their time blocks', async () => {
    const [parent] = await newTasks(1);
    const [child] = await newTasks(1, { parent_task_id: parent });
    const [grandchild] = await newTasks(1, { parent_task_id: child });
    const block = await send('POST', `${api.wsPath}/tasks/${grandchild}/time-blocks`, {
      start: '2033-08-01T10:00:00Z',
    });
    expect(block.statusCode).toBe(201);
    const blockArchived = () =>
      api.db.prepare('SELECT archived_at FROM time_blocks WHERE id = ?').pluck().get(block.json().id);
    expect((await send('POST', `${BULK()}/archive`, { task_ids: [parent] })).statusCode).toBe(204);
    for (const id of [parent, child, grandchild]) expect(col(id, 'archived_at')).not.toBeNull();
    expect(blockArchived()).not.toBeNull();
    expect((await send('POST', `${BULK()}/unarchive`, { task_ids: [parent] })).statusCode).toBe(204);
    for (const id of [parent, child, grandchild]) expect(col(id, 'archived_at')).toBeNull();
    expect(blockArchived()).toBeNull();
    expect((await send('DELETE', `${BULK()}?ids=${parent},${child}`)).statusCode).toBe(204);
    expect(col(grandchild, 'deleted_at')).toBeNull();
    expect((await send('PATCH', `${BULK()}/restore`, { task_ids: [parent] })).statusCode).toBe(204);
    expect([col(parent, 'deleted_at'), col(child, 'deleted_at')]).toEqual([null, null]);
  });

  it.each([
    ['archive', 'POST'],
    ['unarchive', 'POST'],
    ['restore', 'PATCH'],
  ] as const)(
    '%s: one unknown id changes no row (404); an empty or oversized list is a 400',
    async (path, method) => {
      const [a] = await newTasks(1);
      await allOrNothing(404, '999999', () => send(method, `${BULK()}/${path}`, { task_ids: [a, 999999] }));
      await allOrNothing(400, 'task_ids', () => send(method, `${BULK()}/${path}`, { task_ids: [] }));
      const many = Array.from({ length: 101 }, (_, i) => i + 1);
      await allOrNothing(400, 'task_ids', () => send(method, `${BULK()}/${path}`, { task_ids: many }));
      await allOrNothing(400, 'body', () => send(method, `${BULK()}/${path}`));
    },
  );
});
