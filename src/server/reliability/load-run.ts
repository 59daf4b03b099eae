import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer } from './child-server';

export interface LoadOptions {
  connections: number;
  durationSec: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  requests: number;
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const WS = 5200;
const ORG = 4100;

/** The reads a planner session makes, through the app's /api proxy (as the browser sends them). */
export function loadPaths(today = new Date()): string[] {
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const ws = `/api/focus/organizations/${ORG}/workspaces/${WS}`;
  return [
    `/api/focus/workspaces/${WS}/statuses`,
    '/api/track/me',
    `${ws}/tasks/groups/users?start_date=${day(-7)}&end_date=${day(21)}&per_page=50`,
    `/api/focus/users/me/settings`,
    `${ws}/time-blocks?date_from=${day(0)}T00:00:00Z&date_to=${day(7)}T00:00:00Z`,
    `/api/track/me/workspaces`,
    `${ws}/projects?per_page=50`,
    `/api/focus/organizations/${ORG}/users`,
  ];
}

/**
 * Load test: a planner in its own process, `connections` concurrent keep-alive connections of GETs
 * to the proxy (127.0.0.1 only) for `durationSec` seconds.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(join(tmpdir(), 'planner-load-'));
  const server = await startChildServer({ PLANNER_DB: join(dir, 'planner.db') });
  try {
    const result = await autocannon({
      url: server.url,
      connections: opts.connections,
      duration: opts.durationSec,
      timeout: 20,
      headers: { 'x-requested-with': 'planner' },
      requests: loadPaths().map((path) => ({ method: 'GET', path })),
    });
    const report: LoadReport = {
      requests: result.requests.total,
      requestsPerSec: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
    opts.log?.(
      `load: ${opts.connections} connections for ${opts.durationSec} s through the proxy: ${report.requests} requests, ` +
        `${report.requestsPerSec} req/s, p50 ${report.p50} ms, p99 ${report.p99} ms, ${report.errors} errors, ${report.timeouts} timeouts, ${report.non2xx} non-2xx`,
    );
    return report;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}
