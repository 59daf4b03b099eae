import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPlanner, type Planner } from '../src/server/main';

export type FaultMode =
  | { kind: 'refuse' }
  | { kind: 'hang' }
  | { kind: 'bad-json' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body: string };

export interface FaultRule {
  method: string;
  path: RegExp;
  mode: FaultMode;
}

/**
 * A stand-in for the Toggl upstreams: forwards to a real local API (with the demo login, as the
 * real upstream would authenticate the planner's key), or misbehaves on the requests a rule matches.
 * Counts every request it receives, so tests can see retries.
 */
export async function startFaultUpstream(localApiUrl: string) {
  const seen: { method: string; path: string }[] = [];
  let rule: FaultRule | null = null;
  const auth = `Basic ${Buffer.from('demo@example.com:demo').toString('base64')}`;

  async function forward(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const upstream = await fetch(`${localApiUrl}${req.url}`, {
      method: req.method,
      headers: {
        authorization: auth,
        ...(req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {}),
      },
      body: body.length ? new Uint8Array(body) : undefined,
    });
    const headers: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (k === 'content-type' || k.startsWith('x-toggl-') || k === 'retry-after') headers[k] = v;
    });
    res.writeHead(upstream.status, headers);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    seen.push({ method: req.method ?? '', path });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = rule;
      if (r && r.method === req.method && r.path.test(path)) {
        if (r.mode.kind === 'refuse') return req.socket.destroy();
        if (r.mode.kind === 'hang') return; // never answers; the proxy's timeout must fire
        if (r.mode.kind === 'bad-json') {
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end('{not json');
        }
        res.writeHead(r.mode.status, { 'content-type': 'application/json', ...(r.mode.headers ?? {}) });
        return res.end(r.mode.body);
      }
      forward(req, res, Buffer.concat(chunks)).catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    setRule(next: FaultRule | null) {
      rule = next;
    },
    count: (method: string, path: RegExp) =>
      seen.filter((s) => s.method === method && path.test(s.path)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FaultUpstream = Awaited<ReturnType<typeof startFaultUpstream>>;

/** A planner in Toggl mode (fake credentials) whose upstreams are the fault stub; 1 s upstream timeout. */
export function startTogglModePlanner(upstream: FaultUpstream): Promise<Planner> {
  return startPlanner({
    env: {
      PORT: '0',
      LOG_LEVEL: 'silent',
      TOGGL_FOCUS_API_KEY: 'toggl_sk_fake_e2e_key',
      TOGGL_API_TOKEN: 'fake_e2e_track_token',
      FOCUS_API_URL: `${upstream.url}/api`,
      TRACK_API_URL: `${upstream.url}/api/v9`,
      UPSTREAM_TIMEOUT_MS: '1000',
    },
    app: 'skip',
    log: () => {},
  });
}
