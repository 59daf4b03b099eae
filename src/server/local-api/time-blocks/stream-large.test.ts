import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-harness';
import { liveBlockCount } from './test-fixtures';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await createTestApi({ timeBlocks: 100_000, tasks: 2000, users: 50, blockSpreadDays: 7 });
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(() => api.close());

// Each item starts with its own id, then workspace_id, then task_id; an embedded task has no task_id there.
const ITEM_START = /[[,]\{"id":(\d+),"workspace_id":\d+,"task_id":\d+,/g;

it('streams every one of 100,000 blocks, read incrementally, as one JSON array', async () => {
  const expected = liveBlockCount(api);
  expect(expected).toBe(100_000);

  const res = await fetch(
    `${base}${api.wsPath}/time-blocks/stream?date_from=2000-01-01T00:00:00Z&date_to=2100-01-01T00:00:00Z`,
    { headers: { authorization: api.auth } },
  );
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen = new Set<number>();
  let head = '';
  let tail = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks++;
    if (head.length < 1) head = value.slice(0, 1);
    // Keep a short overlap so an item start split across two reads is still matched (the Set dedupes).
    const text = tail + value;
    for (const m of text.matchAll(ITEM_START)) seen.add(Number(m[1]));
    tail = text.slice(-200);
  }
  expect(head).toBe('[');
  expect(tail.endsWith('}]')).toBe(true);
  expect(chunks).toBeGreaterThan(1);
  expect(seen.size).toBe(expected);
}, 120_000);
