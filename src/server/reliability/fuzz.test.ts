import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildLocalApi } from '@/server/local-api/app';
import { openDatabase } from '@/server/local-api/db/open';
import { createTestApi, type TestApi } from '@/server/local-api/test-harness';
import { bodyArb, loadBlockPairs, loadPools, pathArb, queryArb, type FuzzBody } from './fuzz-arbitraries';
import { FUZZ_OPS, opKey, type FuzzOp } from './fuzz-ops';
import { checkIntegrity, createChangeWatch } from './db-fingerprint';
import { FUZZ_SEEDS, type FuzzRequest } from './fuzz-seeds';

const RUNS_PER_OP = 70;
let api: TestApi;
let watch: ReturnType<typeof createChangeWatch>;
const stats = { requests: 0, rejected: 0, ok: 0, serverErrors: 0 };
const perOp = new Map<string, Record<number, number>>();

beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
  watch = createChangeWatch(api.db);
});
afterAll(async () => {
  console.log(
    `fuzz: ${stats.requests} requests over ${FUZZ_OPS.length} operations, ${stats.ok} answered 2xx/3xx, ${stats.rejected} rejected with 4xx (no row changed), ${stats.serverErrors} server errors`,
  );
  // FUZZ_DEBUG=1 prints the status histogram per operation (how deep the fuzzer gets).
  if (process.env.FUZZ_DEBUG) for (const [k, h] of perOp) console.log(k, JSON.stringify(h));
  await api.close();
});

async function send(
  op: FuzzOp,
  path: string,
  query: string,
  body: FuzzBody,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { authorization: api.auth };
  let payload: string | undefined;
  if (body.kind === 'json') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.value) ?? 'null';
  } else if (body.kind === 'raw') {
    if (body.type) headers['content-type'] = body.type;
    payload = body.text;
  }
  return api.app.inject({ method: op.method, url: query ? `${path}?${query}` : path, headers, payload });
}

/** The per-request oracle: no 5xx; errors in the upstream's shape; a rejected request changes nothing. */
function check(op: FuzzOp, url: string, res: LightMyRequestResponse, changed: boolean) {
  const what = `${op.method} ${url.slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 200)}`;
  stats.requests++;
  const h = perOp.get(opKey(op)) ?? {};
  h[res.statusCode] = (h[res.statusCode] ?? 0) + 1;
  perOp.set(opKey(op), h);
  if (res.statusCode >= 500) stats.serverErrors++;
  expect(res.statusCode, what).toBeLessThan(500);
  if (res.statusCode < 400) {
    stats.ok++;
    return;
  }
  stats.rejected++;
  if (url.startsWith('/api/v9/')) {
    expect(res.headers['content-type'], what).toMatch(/^text\/plain/);
    expect(res.body.length, what).toBeGreaterThan(0);
  } else {
    expect(res.headers['content-type'], what).toMatch(/^application\/json/);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(typeof body.error, what).toBe('string');
    expect(typeof body.error_description, what).toBe('string');
  }
  expect(changed, `rows changed by a rejected request: ${what}`).toBe(false);
}

describe('fuzzing every local API operation', () => {
  it('the operation table covers every registered route', async () => {
    const app = buildLocalApi({ db: openDatabase(':memory:') });
    const registered: string[] = [];
    app.addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) if (method !== 'HEAD') registered.push(`${method} ${r.url}`);
    });
    await app.ready();
    await app.close();
    const table = FUZZ_OPS.map(opKey);
    expect(registered.filter((r) => !table.includes(r))).toEqual([]);
    expect(table.filter((r) => !registered.includes(r))).toEqual([]);
    expect(new Set(table).size).toBe(table.length);
  });

  // Deletions last, so that the other operations still find the projects and groups they address.
  const ordered = [
    ...FUZZ_OPS.filter((op) => op.method !== 'DELETE'),
    ...FUZZ_OPS.filter((op) => op.method === 'DELETE'),
  ];
  it.each(ordered.map((op) => [opKey(op), op] as const))('%s', async (_name, op) => {
    const pools = loadPools(api.db);
    const random: fc.Arbitrary<FuzzRequest> = fc.record({
      path: pathArb(op, pools, loadBlockPairs(api.db)),
      query: queryArb(op, pools),
      body: bodyArb(op, pools),
    });
    const seeded = FUZZ_SEEDS[opKey(op)]?.(api.db);
    const request = seeded
      ? fc.oneof({ arbitrary: random, weight: 3 }, { arbitrary: seeded, weight: 1 })
      : random;
    await fc.assert(
      fc.asyncProperty(request, async ({ path, query, body }) => {
        watch.before();
        const res = await send(op, path, query, body);
        check(op, query ? `${path}?${query}` : path, res, watch.changed());
      }),
      { seed: 42, numRuns: RUNS_PER_OP },
    );
  });

  it('leaves a sound database behind', () => {
    expect(checkIntegrity(api.db)).toEqual({ integrity: ['ok'], foreignKeys: [] });
    expect(stats.requests).toBeGreaterThanOrEqual(FUZZ_OPS.length * RUNS_PER_OP);
  });
});
