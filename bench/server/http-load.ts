import autocannon from 'autocannon';
import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import { round } from '../lib/stats';
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
  direct: LoadFigure;
  proxy: LoadFigure;
  /** proxy p50 / direct p50 - 1. */
  overheadP50: number;
}

interface Endpoint {
  name: string;
  /** Concurrent connections: the 2.9 MB group page needs fewer to finish requests within a run. */
  connections: number;
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
      method: 'GET',
      path: `${WS}/tasks/groups/users?start_date=${d(-28)}&end_date=${d(35)}&per_page=100&page=1`,
    },
    {
      name: 'GET /time-blocks (one week of 50,000 blocks)',
      connections: 4,
      method: 'GET',
      path: `${WS}/time-blocks?date_from=${iso(monday)}&date_to=${iso(addDays(monday, 7))}&per_page=100&page=1`,
    },
    {
      name: 'PATCH /time-blocks/bulk (100 items)',
      connections: 4,
      method: 'PATCH',
      path: `${WS}/time-blocks/bulk`,
      body: JSON.stringify(blockIds.slice(0, 100).map((id, i) => ({ id, duration: 1800 + (i % 4) * 900 }))),
    },
  ];
}

async function run(url: string, e: Endpoint, headers: Record<string, string>, seconds: number): Promise<LoadFigure> {
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

/** autocannon against the local API directly and through the proxy, same requests, same process. */
export async function measureHttp(
  planner: ChildPlanner,
  list: Endpoint[],
  seconds: number,
  log: (s: string) => void,
): Promise<EndpointResult[]> {
  const out: EndpointResult[] = [];
  const proxyHost = new URL(planner.url).host;
  for (const e of list) {
    // One short warm-up per target: JIT, SQLite page cache and prepared statements.
    await run(planner.localApiUrl + '/api', e, { authorization: BASIC }, 2);
    const direct = await run(planner.localApiUrl + '/api', e, { authorization: BASIC }, seconds);
    const proxyHeaders = { 'x-requested-with': 'bench', host: proxyHost };
    await run(`${planner.url}/api/focus`, e, proxyHeaders, 2);
    const proxy = await run(`${planner.url}/api/focus`, e, proxyHeaders, seconds);
    const overheadP50 = round(proxy.p50 / direct.p50 - 1, 3);
    log(`  ${e.name}: direct ${direct.rps} req/s p50 ${direct.p50} ms p99 ${direct.p99} ms; proxy ${proxy.rps} req/s p50 ${proxy.p50} ms p99 ${proxy.p99} ms`);
    out.push({ name: e.name, connections: e.connections, direct, proxy, overheadP50 });
  }
  return out;
}
