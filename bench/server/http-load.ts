import autocannon from 'autocannon';
import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import { median, round } from '../lib/stats';
import type { ChildPlanner } from './spawn-planner';

const WS = '/organizations/4100/workspaces/5200';
const BASIC = `Basic ${Buffer.from('demo@example.com:demo').toString('base64')}`;

export interface LoadFigure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface EndpointResult {
  name: string;
  connections: number;
  /** Length of each direct and each proxy slice. */
  sliceSeconds: number;
  direct: LoadFigure;
  proxy: LoadFigure;
  /** proxy p50 / direct p50 - 1. */
  overheadP50: number;
  /** The same with one connection (no queueing). */
  single?: { direct: LoadFigure; proxy: LoadFigure; overheadP50: number };
}

interface Endpoint {
  name: string;
  /** Concurrent connections: the 2.9 MB group page needs fewer to finish requests within a run. */
  connections: number;
  /** Shortest slice in seconds: long enough for several responses of this request. */
  minSlice: number;
  method: 'GET' | 'PATCH';
  path: string;
  body?: string;
}

/** The three requests of the issue, over the dataset generated for today. */
export function endpoints(today: string, blockIds: number[]): Endpoint[] {
  const monday = startOfISOWeek(parseISO(today));
  const d = (n: number) => format(addDays(parseISO(today), n), 'yyyy-MM-dd');
  const iso = (date: Date) => `${format(date, 'yyyy-MM-dd')}T00:00:00Z`;
  return [
    {
      name: 'GET /tasks/groups/users (10,000 tasks)',
      connections: 2,
      minSlice: 5,
      method: 'GET',
      path: `${WS}/tasks/groups/users?start_date=${d(-28)}&end_date=${d(35)}&per_page=100&page=1`,
    },
    {
      name: 'GET /time-blocks (one week of 50,000 blocks)',
      connections: 4,
      minSlice: 2,
      method: 'GET',
      path: `${WS}/time-blocks?date_from=${iso(monday)}&date_to=${iso(addDays(monday, 7))}&per_page=100&page=1`,
    },
    {
      name: 'PATCH /time-blocks/bulk (100 items)',
      connections: 4,
      minSlice: 2,
      method: 'PATCH',
      path: `${WS}/time-blocks/bulk`,
      body: JSON.stringify(blockIds.slice(0, 100).map((id, i) => ({ id, duration: 1800 + (i % 4) * 900 }))),
    },
  ];
}

async function run(
  url: string,
  e: Endpoint,
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadFigure> {
  // method and body are documented autocannon options that the shared ambient types leave out.
  const options: Parameters<typeof autocannon>[0] & { method: string; body?: string } = {
    url: `${url}${e.path}`,
    method: e.method,
    body: e.body,
    headers: { ...headers, ...(e.body ? { 'content-type': 'application/json' } : {}) },
    connections: e.connections,
    duration: seconds,
  };
  const result = await autocannon(options);
  return {
    rps: round(result.requests.average, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Medians over the slices that completed requests (a slice shorter than one response has no latency). */
const combine = (all: LoadFigure[]): LoadFigure => {
  const slices = all.filter((x) => x.p50 > 0);
  if (slices.length === 0) return { rps: 0, p50: Number.NaN, p99: Number.NaN, errors: 0, non2xx: 0 };
  return combineSome(slices, all);
};

const combineSome = (slices: LoadFigure[], all: LoadFigure[]): LoadFigure => ({
  rps: round(all.reduce((a, b) => a + b.rps, 0) / all.length, 1),
  p50: median(slices.map((x) => x.p50)),
  p99: median(slices.map((x) => x.p99)),
  errors: all.reduce((a, b) => a + b.errors, 0),
  non2xx: all.reduce((a, b) => a + b.non2xx, 0),
});

/**
 * autocannon against the local API directly and through the proxy, same requests, same process.
 * Direct and proxy runs alternate in `rounds` slices and each figure is the median over its slices,
 * so a burst of other work on the machine lands on both sides instead of skewing one.
 */
export async function measureHttp(
  planner: ChildPlanner,
  list: Endpoint[],
  seconds: number,
  rounds: number,
  log: (s: string) => void,
): Promise<EndpointResult[]> {
  const out: EndpointResult[] = [];
  const proxyHost = new URL(planner.url).host;
  const directUrl = `${planner.localApiUrl}/api`;
  const directHeaders = { authorization: BASIC };
  const proxyUrl = `${planner.url}/api/focus`;
  const proxyHeaders = { 'x-requested-with': 'bench', host: proxyHost };
  for (const e of list) {
    // Warm-up per target: JIT, SQLite page cache and prepared statements.
    await run(directUrl, e, directHeaders, 2);
    await run(proxyUrl, e, proxyHeaders, 2);
    const direct: LoadFigure[] = [];
    const proxy: LoadFigure[] = [];
    const slice = Math.max(e.minSlice, Math.round(seconds / rounds));
    for (let i = 0; i < rounds; i++) {
      direct.push(await run(directUrl, e, directHeaders, slice));
      proxy.push(await run(proxyUrl, e, proxyHeaders, slice));
    }
    const d = combine(direct);
    const p = combine(proxy);
    const overheadP50 = round(p.p50 / d.p50 - 1, 3);
    log(
      `  ${e.name}: direct ${d.rps} req/s p50 ${d.p50} ms p99 ${d.p99} ms; proxy ${p.rps} req/s p50 ${p.p50} ms p99 ${p.p99} ms`,
    );
    // One connection: the latency the proxy adds to a single request, without queueing behind others.
    const one = { ...e, connections: 1 };
    const direct1: LoadFigure[] = [];
    const proxy1: LoadFigure[] = [];
    for (let i = 0; i < rounds; i++) {
      direct1.push(await run(directUrl, one, directHeaders, slice));
      proxy1.push(await run(proxyUrl, one, proxyHeaders, slice));
    }
    const d1 = combine(direct1);
    const p1 = combine(proxy1);
    const single = { direct: d1, proxy: p1, overheadP50: round(p1.p50 / d1.p50 - 1, 3) };
    log(`    one connection: direct p50 ${d1.p50} ms, proxy p50 ${p1.p50} ms`);
    out.push({
      name: e.name,
      connections: e.connections,
      sliceSeconds: slice,
      direct: d,
      proxy: p,
      overheadP50,
      single,
    });
  }
  return out;
}
