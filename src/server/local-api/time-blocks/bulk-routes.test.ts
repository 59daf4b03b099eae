import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeBlocksSchema } from '@/api/time-block';
import type { TestApi } from '../test-harness';
import { addBlock, addTask, apiWithOtherWorkspace, snapshot, type OtherWorkspace } from './test-fixtures';

let api: TestApi;
let other: OtherWorkspace;
beforeAll(async () => {
  ({ api, other } = await apiWithOtherWorkspace());
});
afterAll(() => api.close());

const BULK = () => `${api.wsPath}/time-blocks/bulk`;
const row = (id: number) =>
  api.db.prepare('SELECT * FROM time_blocks WHERE id = ?').get(id) as Record<string, unknown>;

/** Runs a request that must fail and checks that no time_blocks row changed. */
async function expectRejected(req: Parameters<TestApi['request']>[0], status: number) {
  const before = snapshot(api);
  const res = await api.request(req);
  expect(res.statusCode).toBe(status);
  expect(res.json()).toMatchObject({ error: expect.any(String), error_description: expect.any(String) });
  expect(snapshot(api)).toEqual(before);
}

describe('POST /time-blocks/bulk', () => {
  it('creates every block (201) and answers them in order', async () => {
    const t1 = addTask(api);
    const t2 = addTask(api);
    const res = await api.request({
      method: 'POST',
      url: BULK(),
      headers: { authorization: api.authAs(1005) },
      payload: {
        time_blocks: [
          { task_id: t1, start: '2032-02-02T09:00:00+01:00', duration: 1800 },
          { task_id: t2, start: '2032-02-02T10:00:00Z', completed: true },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const created = timeBlocksSchema.parse(res.json());
    expect(created.map((b) => [b.task_id, b.start, b.duration, b.toggl_user_id])).toEqual([
      [t1, '2032-02-02T08:00:00Z', 1800, 1005],
      [t2, '2032-02-02T10:00:00Z', 0, 1005],
    ]);
    expect(created[0].completed_at).toBeNull();
    expect(created[1].completed_at).toMatch(/Z$/);
    expect(row(created[0].id).start_ts).toBe(Date.parse('2032-02-02T08:00:00Z') / 1000);
  });

  it('creates nothing when one item is invalid or names an unknown or foreign task (400)', async () => {
    const t = addTask(api);
    const good = { task_id: t, start: '2032-02-02T09:00:00Z', duration: 60 };
    for (const bad of [
      { task_id: 999999, start: '2032-02-02T09:00:00Z' },
      { task_id: other.taskId, start: '2032-02-02T09:00:00Z' },
      { task_id: t, start: 'soon' },
      { task_id: t, start: '2032-02-02T09:00:00Z', duration: -5 },
      { task_id: -1, start: '2032-02-02T09:00:00Z' },
      { start: '2032-02-02T09:00:00Z' },
      // Valid RFC 3339 that only fails when normalised to UTC (year 10000): fails inside the transaction.
      { task_id: t, start: '9999-12-31T23:00:00-05:00' },
    ]) {
      await expectRejected({ method: 'POST', url: BULK(), payload: { time_blocks: [good, bad] } }, 400);
    }
  });

  it('answers 400 for an empty list, a missing wrapper, too many items and malformed JSON', async () => {
    const t = addTask(api);
    await expectRejected({ method: 'POST', url: BULK(), payload: { time_blocks: [] } }, 400);
    await expectRejected(
      { method: 'POST', url: BULK(), payload: [{ task_id: t, start: '2032-02-02T09:00:00Z' }] },
      400,
    );
    const many = Array.from({ length: 501 }, () => ({ task_id: t, start: '2032-02-02T09:00:00Z' }));
    await expectRejected({ method: 'POST', url: BULK(), payload: { time_blocks: many } }, 400);
    await expectRejected(
      {
        method: 'POST',
        url: BULK(),
        headers: { 'content-type': 'application/json' },
        payload: '{"time_blocks":[',
      },
      400,
    );
  });
});

describe('PATCH /time-blocks/bulk', () => {
  let t1: number;
  let t2: number;
  let ids: number[];
  beforeAll(() => {
    t1 = addTask(api);
    t2 = addTask(api);
    ids = [0, 1, 2].map((i) =>
      addBlock(api, { taskId: t1, start: `2032-03-0${i + 1}T09:00:00Z`, duration: 600 }),
    );
  });

  it('applies every item of a bare array (204)', async () => {
    const res = await api.request({
      method: 'PATCH',
      url: BULK(),
      payload: [
        { id: ids[0], duration: 1200, completed: true },
        { id: ids[1], task_id: t2, start: '2032-03-05T12:00:00-02:00' },
      ],
    });
    expect(res.statusCode).toBe(204);
    expect(row(ids[0])).toMatchObject({ duration: 1200, task_id: t1, start: '2032-03-01T09:00:00Z' });
    expect(row(ids[0]).completed_at).toMatch(/Z$/);
    expect(row(ids[1])).toMatchObject({
      task_id: t2,
      start: '2032-03-05T14:00:00Z',
      start_ts: Date.parse('2032-03-05T14:00:00Z') / 1000,
      duration: 600,
    });
    expect(row(ids[2])).toMatchObject({ duration: 600, task_id: t1 });
  });

  it('accepts the same array inside {items}', async () => {
    const res = await api.request({
      method: 'PATCH',
      url: BULK(),
      payload: { items: [{ id: ids[2], completed: false, duration: 5 }] },
    });
    expect(res.statusCode).toBe(204);
    expect(row(ids[2])).toMatchObject({ duration: 5, completed_at: null });
  });

  it('refuses a start whose UTC year has not four digits (400), changing nothing', async () => {
    for (const start of ['0001-01-01T00:00:00+01:00', '9999-12-31T22:00:00-05:00'])
      await expectRejected(
        {
          method: 'PATCH',
          url: BULK(),
          payload: [
            { id: ids[0], duration: 60 },
            { id: ids[1], start },
          ],
        },
        400,
      );
  });

  it('changes nothing when one id is unknown, deleted or of another workspace (404)', async () => {
    const deleted = addBlock(api, { taskId: t1, start: '2032-03-09T09:00:00Z', duration: 60 });
    api.db.prepare("UPDATE time_blocks SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?").run(deleted);
    for (const missing of [99999999, deleted, other.blockId]) {
      await expectRejected(
        {
          method: 'PATCH',
          url: BULK(),
          payload: [
            { id: ids[0], duration: 1 },
            { id: missing, duration: 1 },
          ],
        },
        404,
      );
    }
  });

  it('changes nothing when one item is invalid, repeats an id or moves to an unknown task (400)', async () => {
    for (const payload of [
      [
        { id: ids[0], duration: 1 },
        { id: ids[1], duration: -1 },
      ],
      [
        { id: ids[0], duration: 1 },
        { id: ids[1], start: '2032-03-01' },
      ],
      [
        { id: ids[0], duration: 1 },
        { id: ids[0], duration: 2 },
      ],
      [
        { id: ids[0], duration: 1 },
        { id: ids[1], task_id: 999999 },
      ],
      [
        { id: ids[0], duration: 1 },
        { id: ids[1], task_id: other.taskId },
      ],
      [{ id: ids[0], duration: 1 }, { duration: 2 }],
      [
        { id: ids[0], duration: 1 },
        { id: ids[1], start: '9999-12-31T23:00:00-05:00' },
      ],
      [{ id: 'x', duration: 1 }],
      [],
      { items: 'nope' },
    ]) {
      await expectRejected({ method: 'PATCH', url: BULK(), payload }, 400);
    }
  });
});

describe('DELETE /time-blocks/bulk', () => {
  it('deletes every listed block (204), which then disappear', async () => {
    const t = addTask(api);
    const ids = [1, 2, 3].map((d) =>
      addBlock(api, { taskId: t, start: `2032-04-0${d}T09:00:00Z`, duration: 60 }),
    );
    const res = await api.request({
      method: 'DELETE',
      url: `${BULK()}?ids=${ids[0]},${ids[2]}&outbound_sync=false`,
    });
    expect(res.statusCode).toBe(204);
    expect(row(ids[0]).deleted_at).not.toBeNull();
    expect(row(ids[2]).deleted_at).not.toBeNull();
    expect(row(ids[1]).deleted_at).toBeNull();
    const list = await api.request({ url: `${api.wsPath}/tasks/${t}/time-blocks` });
    expect(list.json().data.map((b: { id: number }) => b.id)).toEqual([ids[1]]);
    // Already deleted: as unknown as a block that never existed.
    await expectRejected({ method: 'DELETE', url: `${BULK()}?ids=${ids[0]}` }, 404);
  });

  it('deletes nothing when one id is unknown or of another workspace (404)', async () => {
    const t = addTask(api);
    const id = addBlock(api, { taskId: t, start: '2032-04-01T09:00:00Z', duration: 60 });
    await expectRejected({ method: 'DELETE', url: `${BULK()}?ids=${id},99999999` }, 404);
    await expectRejected({ method: 'DELETE', url: `${BULK()}?ids=${id},${other.blockId}` }, 404);
  });

  it.each(['', '?ids=', '?ids=1,x', '?ids=-1', '?ids=0', '?outbound_sync=true'])(
    'answers 400 for %j',
    async (q) => {
      await expectRejected({ method: 'DELETE', url: `${BULK()}${q}` }, 400);
    },
  );
});
