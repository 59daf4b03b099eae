import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  timeBlockStreamQuerySchema,
  timeBlockStreamSchema,
  timeBlockWithTaskPageSchema,
  type TimeBlockWithTask,
} from '@/api/time-block';
import { createTestApi, type TestApi } from '../test-harness';
import { rangeFilter } from './range-store';
import { streamRange, taskJsonCache } from './stream-store';
import { addBlock, addOtherWorkspace, addTask, liveBlockCount } from './test-fixtures';

let api: TestApi;
let other: ReturnType<typeof addOtherWorkspace>;
// A quiet stretch of 2031 that only these fixtures use.
let a: number; // task with status 7001
let b: number; // task with status 7003
let blocks: Record<string, number>;
beforeAll(async () => {
  // 1,300 blocks: more than two of the chunks the test below also streams in (97), so the keyset
  // continuation is exercised in every order.
  api = await createTestApi({ timeBlocks: 1300 });
  other = addOtherWorkspace(api);
  a = addTask(api, { statusId: 7001 });
  b = addTask(api, { statusId: 7003 });
  blocks = {
    tenToEleven: addBlock(api, { taskId: a, start: '2031-01-06T10:00:00Z', duration: 3600 }),
    noonPoint: addBlock(api, { taskId: a, start: '2031-01-06T12:00:00Z', duration: 0 }),
    overnight: addBlock(api, { taskId: b, start: '2031-01-05T22:00:00Z', duration: 6 * 3600 }),
    nextDay: addBlock(api, { taskId: b, start: '2031-01-07T09:00:00Z', duration: 1800 }),
    archived: addBlock(api, { taskId: a, start: '2031-01-06T14:00:00Z', duration: 600 }),
    deleted: addBlock(api, { taskId: a, start: '2031-01-06T15:00:00Z', duration: 600 }),
  };
  api.db
    .prepare("UPDATE time_blocks SET archived_at = '2026-01-02T00:00:00Z' WHERE id = ?")
    .run(blocks.archived);
  api.db
    .prepare("UPDATE time_blocks SET deleted_at = '2026-01-02T00:00:00Z' WHERE id = ?")
    .run(blocks.deleted);
});
afterAll(() => api.close());

const range = (q: string, auth?: string) =>
  api.request({ url: `${api.wsPath}/time-blocks?${q}`, headers: auth ? { authorization: auth } : {} });
async function ids(q: string): Promise<number[]> {
  const res = await range(q);
  expect(res.statusCode).toBe(200);
  return timeBlockWithTaskPageSchema.parse(res.json()).data.map((x) => x.id);
}
const win = (from: string, to: string) =>
  `date_from=${encodeURIComponent(from)}&date_to=${encodeURIComponent(to)}`;
const DAY = win('2031-01-06T00:00:00Z', '2031-01-07T00:00:00Z');

describe('GET /time-blocks', () => {
  it('returns blocks that overlap the range, each with has_time_entry and its task', async () => {
    const res = await range(DAY);
    const page = timeBlockWithTaskPageSchema.parse(res.json());
    expect(page.page).toBe(1);
    expect(page.per_page).toBe(50);
    expect(page.data.map((x) => x.id)).toEqual([blocks.overnight, blocks.tenToEleven, blocks.noonPoint]);
    for (const item of page.data) {
      expect(item.has_time_entry).toBe(false);
      expect(item.task?.id).toBe(item.task_id);
    }
    expect(page.data[0].task).toMatchObject({ id: b, status_id: 7003, name: `Fixture ${b}` });
  });

  it('treats the range as half-open and matches overlap at the edges', async () => {
    expect(await ids(win('2031-01-06T10:30:00Z', '2031-01-06T10:45:00Z'))).toEqual([blocks.tenToEleven]);
    expect(await ids(win('2031-01-06T11:00:00Z', '2031-01-06T11:59:59Z'))).toEqual([]);
    expect(await ids(win('2031-01-06T09:00:00Z', '2031-01-06T10:00:00Z'))).toEqual([]);
    expect(await ids(win('2031-01-06T12:00:00Z', '2031-01-06T12:00:01Z'))).toEqual([blocks.noonPoint]);
    // Offsets are instants: 11:30+01:00 is 10:30Z.
    expect(await ids(win('2031-01-06T11:30:00+01:00', '2031-01-06T11:45:00+01:00'))).toEqual([
      blocks.tenToEleven,
    ]);
  });

  it('filters by task_id, status_id and archived', async () => {
    expect(await ids(`${DAY}&task_id=${a}`)).toEqual([blocks.tenToEleven, blocks.noonPoint]);
    expect(await ids(`${DAY}&status_id=7003`)).toEqual([blocks.overnight]);
    expect(await ids(`${DAY}&task_id=${a}&status_id=7003`)).toEqual([]);
    expect(await ids(`${DAY}&archived=true`)).toEqual([blocks.archived]);
    expect(await ids(`${DAY}&archived=false`)).toEqual([
      blocks.overnight,
      blocks.tenToEleven,
      blocks.noonPoint,
    ]);
    expect(await ids(`${DAY}&task_id=999999`)).toEqual([]);
  });

  it('orders and pages', async () => {
    const week = win('2031-01-05T00:00:00Z', '2031-01-08T00:00:00Z');
    const all = await ids(`${week}&order_by=-start`);
    expect(all).toEqual([blocks.nextDay, blocks.noonPoint, blocks.tenToEleven, blocks.overnight]);
    expect(await ids(`${week}&order_by=task_id,-start`)).toEqual([
      blocks.noonPoint,
      blocks.tenToEleven,
      blocks.nextDay,
      blocks.overnight,
    ]);
    const p1 = await ids(`${week}&order_by=-start&per_page=3`);
    const p2 = await ids(`${week}&order_by=-start&per_page=3&page=2`);
    expect([...p1, ...p2]).toEqual(all);
    expect((await range(`${week}&per_page=3&page=2`)).json()).toMatchObject({ page: 2, per_page: 3 });
  });

  it('leaves out blocks of private projects the caller cannot see', async () => {
    const everything = win('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    const hiddenCount = liveBlockCount(api, 3004);
    expect(hiddenCount).toBeGreaterThan(0);
    const stream = async (auth: string) => {
      const res = await api.request({
        url: `${api.wsPath}/time-blocks/stream?${everything}`,
        headers: { authorization: auth },
      });
      return timeBlockStreamSchema.parse(res.json());
    };
    const admin = await stream(api.auth);
    const member = await stream(api.authAs(1003));
    expect(admin.length - member.length).toBe(hiddenCount);
    expect(member.some((x) => x.task?.project_id === 3004)).toBe(false);
    expect(admin.some((x) => x.task?.project_id === 3004)).toBe(true);
    const page = timeBlockWithTaskPageSchema.parse(
      (await range(`${everything}&per_page=100`, api.authAs(1003))).json(),
    );
    expect(page.data.some((x) => x.task?.project_id === 3004)).toBe(false);
  });

  it('never shows blocks of another workspace', async () => {
    expect(await ids(win('2030-01-07T00:00:00Z', '2030-01-08T00:00:00Z'))).toEqual([]);
    const res = await api.request({
      url: `${other.path}/time-blocks?${win('2030-01-07T00:00:00Z', '2030-01-08T00:00:00Z')}`,
    });
    expect(res.json().data.map((x: { id: number }) => x.id)).toEqual([other.blockId]);
  });

  it.each([
    ['no dates', ''],
    ['no date_to', 'date_from=2031-01-06T00:00:00Z'],
    ['no date_from', 'date_to=2031-01-06T00:00:00Z'],
    ['a calendar date', 'date_from=2031-01-06&date_to=2031-01-07'],
    ['garbage', 'date_from=yesterday&date_to=2031-01-07T00:00:00Z'],
    ['date_from after date_to', 'date_from=2031-01-07T00:00:00Z&date_to=2031-01-06T00:00:00Z'],
    ['a bad task_id', `${DAY}&task_id=-1`],
    ['a bad status_id', `${DAY}&status_id=abc`],
    ['a bad archived', `${DAY}&archived=yes`],
    ['an unknown order_by', `${DAY}&order_by=name`],
  ])('answers 400 for %s, on the page and the stream', async (_, q) => {
    for (const path of ['time-blocks', 'time-blocks/stream']) {
      const res = await api.request({ url: `${api.wsPath}/${path}?${q}` });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request' });
    }
  });

  it.each(['per_page=500', 'per_page=0', 'page=0'])('answers 400 for %s on the page', async (q) => {
    expect((await range(`${DAY}&${q}`)).statusCode).toBe(400);
  });

  it('answers 403 for a workspace the caller is not in', async () => {
    const res = await api.request({
      url: `${other.path}/time-blocks?${DAY}`,
      headers: { authorization: api.authAs(1002) },
    });
    expect(res.statusCode).toBe(403);
  });

  it('reads a page through the (workspace_id, start_ts) index', () => {
    const scope = { userId: 1003, organizationId: api.org, workspaceId: api.ws, isOrgAdmin: false };
    const f = rangeFilter(scope, { date_from: '2031-01-06T00:00:00Z', date_to: '2031-01-07T00:00:00Z' });
    const plan = api.db
      .prepare(`EXPLAIN QUERY PLAN SELECT b.* ${f.sql} ORDER BY b.start_ts, b.id LIMIT 50`)
      .all(...f.args) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(
      /time_blocks_ws_start \(workspace_id=\? AND start_ts>\? AND start_ts<\?\)/,
    );
  });
});

describe('GET /time-blocks/stream', () => {
  it('answers one JSON array with every matching block and its task, in the requested order', async () => {
    const everything = win('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    for (const order of [
      '',
      '&order_by=-updated_at,task_id',
      '&order_by=task_id,-start',
      '&order_by=created_at',
    ]) {
      const res = await api.request({ url: `${api.wsPath}/time-blocks/stream?${everything}${order}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const items: TimeBlockWithTask[] = timeBlockStreamSchema.parse(res.json());
      const pages: TimeBlockWithTask[] = [];
      for (let page = 1; ; page++) {
        const data = (await range(`${everything}${order}&per_page=100&page=${page}`)).json()
          .data as TimeBlockWithTask[];
        pages.push(...data);
        if (data.length < 100) break;
      }
      expect(items.length).toBeGreaterThan(1000);
      expect(items).toEqual(pages);
      // Byte for byte what JSON.stringify writes for the paged list's blocks (keys in the same order).
      expect(res.body).toBe(JSON.stringify(pages));
      // In chunks of 97 rows (each chunk continuing after the last row of the one before): the same text.
      let text = '';
      const scope = {
        userId: api.demoUserId,
        organizationId: api.org,
        workspaceId: api.ws,
        isOrgAdmin: true,
      };
      const query = timeBlockStreamQuerySchema.parse(
        Object.fromEntries(new URLSearchParams(`${everything}${order}`)),
      );
      for await (const part of streamRange(api.db, scope, query, 97)) text += part;
      expect(text).toBe(res.body);
    }
  });

  it('applies the filters and answers [] when nothing matches', async () => {
    const res = await api.request({ url: `${api.wsPath}/time-blocks/stream?${DAY}&task_id=${a}` });
    expect(res.json().map((x: { id: number }) => x.id)).toEqual([blocks.tenToEleven, blocks.noonPoint]);
    const none = await api.request({
      url: `${api.wsPath}/time-blocks/stream?${win('1990-01-01T00:00:00Z', '1990-01-02T00:00:00Z')}`,
    });
    expect(none.body).toBe('[]');
  });
});

describe("the stream's task cache", () => {
  it('writes each task once, as the paged list embeds it, and past its limit starts over without losing one', async () => {
    const embedded = (await range(`${DAY}&per_page=100`)).json().data as TimeBlockWithTask[];
    const taskOf = (id: number) => embedded.find((x) => x.task_id === id)!.task;
    const cache = taskJsonCache(api.db, 2);
    cache.load([a, b, a]);
    expect(cache.size).toBe(2);
    expect(JSON.parse(cache.json(a))).toEqual(taskOf(a));
    expect(JSON.parse(cache.json(b))).toEqual(taskOf(b));
    // A third task overflows the limit: the cache starts over with the tasks of these rows, all of them.
    const c = addTask(api, {});
    cache.load([b, c]);
    expect(cache.size).toBe(2);
    expect(JSON.parse(cache.json(b))).toEqual(taskOf(b));
    expect(JSON.parse(cache.json(c))).toMatchObject({ id: c });
    // A task that is gone (or never was) is null, as the list embeds it.
    cache.load([999_999_999]);
    expect(cache.json(999_999_999)).toBe('null');
  });
});
