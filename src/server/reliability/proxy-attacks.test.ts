import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  FOCUS_SECRET,
  rawRequest,
  startProxy,
  startStubUpstream,
  TRACK_SECRET,
  type RawResponse,
} from '@/server/proxy/test-upstream';
import { rawExchange, statusesOf } from './raw-http';

/**
 * Attacks on the app origin (guards + proxy) in front of two recording stub upstreams: one for
 * Focus, one for Track, so "reaching another upstream" is visible as a request at the wrong stub.
 */
let focus: Awaited<ReturnType<typeof startStubUpstream>>;
let track: Awaited<ReturnType<typeof startStubUpstream>>;
let proxy: { app: FastifyInstance; port: number; logs: string[] };
const responses: string[] = [];
let attacks = 0;

const TRACK_TOKEN = Buffer.from(TRACK_SECRET.slice('Basic '.length), 'base64').toString().split(':')[0];
const SECRETS = [FOCUS_SECRET.slice('Bearer '.length), TRACK_SECRET.slice('Basic '.length), TRACK_TOKEN];
const XRW = { 'x-requested-with': 'planner' };
/** Headers a browser or an attacker may add; none of them may reach an upstream. */
const HOSTILE_HEADERS = {
  cookie: 'session=stolen; planner=1',
  authorization: 'Basic YXR0YWNrZXI6cHc=',
  'proxy-authorization': 'Basic YXR0YWNrZXI6cHc=',
  'x-forwarded-for': '6.6.6.6',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
  'x-real-ip': '6.6.6.6',
  forwarded: 'for=6.6.6.6;host=evil.example',
  via: '1.1 evil',
  'x-original-url': '/api/v9/me',
  'x-rewrite-url': '/api/v9/me',
  'x-http-method-override': 'DELETE',
};

beforeAll(async () => {
  focus = await startStubUpstream(() => ({ body: '{"ok":true}' }));
  track = await startStubUpstream(() => ({ body: '{"ok":true}' }));
  proxy = await startProxy(`${focus.url}/api`, `${track.url}/api/v9`, {
    allowedHosts: ['planner.example.com'],
  });
});
afterAll(async () => {
  // Every answer of the whole run, headers and bodies, and every log line: no configured secret.
  const everything = [...responses, ...proxy.logs].join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
  expect(proxy.logs.length).toBeGreaterThan(0);
  console.log(
    `proxy attacks: ${attacks} attacks run, ${responses.length} responses and ${proxy.logs.length} log lines scanned for secrets`,
  );
  await proxy.app.close();
  await focus.close();
  await track.close();
});

async function attack(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  attacks++;
  const res = await rawRequest(proxy.port, method, path, headers, body);
  responses.push(JSON.stringify(res.headers) + res.body);
  return res;
}

async function raw(bytes: string): Promise<string> {
  attacks++;
  const answer = await rawExchange(proxy.port, bytes);
  responses.push(answer);
  return answer;
}

/** What arrived upstream: only the proxy's own credentials, no browser or forwarding header. */
function expectCleanUpstreamRequests() {
  for (const seen of focus.seen) {
    expect(seen.headers.host).toBe(new URL(focus.url).host);
    expect(seen.headers.authorization).toBe(FOCUS_SECRET);
  }
  for (const seen of track.seen) {
    expect(seen.headers.host).toBe(new URL(track.url).host);
    expect(seen.headers.authorization).toBe(TRACK_SECRET);
  }
  for (const seen of [...focus.seen, ...track.seen]) {
    for (const name of Object.keys(HOSTILE_HEADERS))
      if (name !== 'authorization') expect(seen.headers[name], name).toBeUndefined();
    expect(seen.url.startsWith('/api/')).toBe(true);
  }
}

describe('DNS rebinding and cross-origin', () => {
  it('refuses Host variants that are not exactly the app origin', async () => {
    const p = proxy.port;
    const hosts = [
      `localhost.:${p}`,
      `localhost.evil.com:${p}`,
      `127.0.0.1.nip.io:${p}`,
      `evil.com:${p}`,
      `EVIL.COM:${p}`,
      `[::ffff:127.0.0.1]:${p}`,
      `[0:0:0:0:0:0:0:1]:${p}`,
      `[::1]`,
      `localhost:${p}@evil.com`,
      `user@localhost:${p}`,
      `localhost:${p}:80`,
      `localhost:0${p}`,
      `localhost`,
      `127.1:${p}`,
      `2130706433:${p}`,
      `0x7f000001:${p}`,
      `planner.example.com.`,
      `planner.example.com.evil.com`,
    ];
    for (const host of hosts) {
      const res = await attack('GET', '/api/focus/users/me/settings', { ...XRW, host });
      expect([400, 403], host).toContain(res.status);
    }
    expect(focus.seen).toHaveLength(0);
  });

  it('treats the allowed names case-insensitively (they are the same origin)', async () => {
    const res = await attack('GET', '/api/focus/users/me/settings', {
      ...XRW,
      host: `LOCALHOST:${proxy.port}`,
    });
    expect(res.status).toBe(200);
    focus.seen.length = 0;
  });

  it('refuses cross-origin writes whatever the Origin looks like', async () => {
    const p = proxy.port;
    const origins = [
      'https://evil.example',
      `http://127.0.0.1:${p}.evil.example`,
      `http://evil.example/http://127.0.0.1:${p}`,
      `http://localhost:${p + 1}`,
      `http://127.0.0.1:${p}@evil.example`,
      `file://`,
      'null',
      '',
    ];
    for (const origin of origins) {
      for (const method of ['POST', 'PATCH', 'DELETE', 'GET']) {
        const res = await attack(
          method,
          '/api/focus/organizations/1/workspaces/2/tasks',
          { ...XRW, origin, 'content-type': 'application/json' },
          '{}',
        );
        expect(res.status, `${method} ${origin}`).toBe(403);
      }
    }
    // A form post (no X-Requested-With possible) from the app's own origin is still refused.
    const form = await attack(
      'POST',
      '/api/focus/x',
      { origin: `http://127.0.0.1:${p}`, 'content-type': 'application/x-www-form-urlencoded' },
      'a=1',
    );
    expect(form.status).toBe(403);
    expect(focus.seen).toHaveLength(0);
  });
});

describe('request smuggling and header tricks', () => {
  const p = () => proxy.port;

  it('does not let a second Host header pick another origin', async () => {
    for (const hosts of [
      [`127.0.0.1:${p()}`, 'evil.example'],
      ['evil.example', `127.0.0.1:${p()}`],
    ]) {
      const answer = await raw(
        `GET /api/focus/dup HTTP/1.1\r\nHost: ${hosts[0]}\r\nHost: ${hosts[1]}\r\nX-Requested-With: planner\r\nConnection: close\r\n\r\n`,
      );
      const [status] = statusesOf(answer);
      expect([200, 400, 403]).toContain(status);
      if (status === 200) expect(hosts[0]).toBe(`127.0.0.1:${p()}`);
    }
    expectCleanUpstreamRequests();
  });

  it('refuses Transfer-Encoding with Content-Length and never runs a smuggled request', async () => {
    const smuggled = `GET /api/focus/smuggled HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\n\r\n`;
    const variants = [
      `POST /api/focus/a HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\nX-Requested-With: planner\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${smuggled}`,
      `POST /api/focus/a HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\nX-Requested-With: planner\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n${smuggled}`,
      `POST /api/focus/a HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\nX-Requested-With: planner\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n${smuggled}`,
      `POST /api/focus/a HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\nX-Requested-With: planner\r\nContent-Length: 5\r\nContent-Length: 60\r\n\r\nhello${smuggled}`,
      `POST /api/focus/a HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\nX-Requested-With: planner\r\nTransfer-Encoding:\tchunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n${smuggled}`,
      `POST /api/focus/a HTTP/1.1\r\nHost: 127.0.0.1:${p()}\r\nX-Requested-With: planner\r\nContent-Length: 3\r\n folded: yes\r\n\r\nabc${smuggled}`,
    ];
    for (const bytes of variants) {
      const statuses = statusesOf(await raw(bytes));
      expect(statuses.length, bytes).toBeGreaterThan(0);
      expect(statuses[0], bytes).toBe(400);
    }
    // The smuggled request has no X-Requested-With: if it had been parsed as a request it would be a 403,
    // and it must never have reached an upstream.
    expect(focus.seen.some((r) => r.url.includes('smuggled'))).toBe(false);
    expect(focus.seen.filter((r) => r.url === '/api/a')).toHaveLength(0);
  });

  it('forwards no cookie, browser credential or forwarding header, even on allowed requests', async () => {
    focus.seen.length = 0;
    track.seen.length = 0;
    for (const path of [
      '/api/focus/users/me/settings',
      '/api/track/me',
      '/api/focus/organizations/1/users?page=1',
    ]) {
      const res = await attack('GET', path, { ...XRW, ...HOSTILE_HEADERS });
      expect(res.status, path).toBe(200);
    }
    const post = await attack(
      'POST',
      '/api/focus/organizations/1/workspaces/2/tasks',
      { ...XRW, ...HOSTILE_HEADERS, 'content-type': 'application/json' },
      '{"name":"x"}',
    );
    expect(post.status).toBe(200);
    expect(focus.seen).toHaveLength(3);
    expect(track.seen).toHaveLength(1);
    expectCleanUpstreamRequests();
  });
});

describe('paths that try to reach another upstream or host', () => {
  it('keeps every forwarded request on its own upstream, below its base path', async () => {
    focus.seen.length = 0;
    track.seen.length = 0;
    const paths = [
      '/api/focus/..%2f..%2fv9/me',
      '/api/focus/..%2F..%2Fv9%2Fme',
      '/api/focus/%2e%2e/v9/me',
      '/api/focus/%2E%2E%2Fv9',
      '/api/focus/.%2e/v9/me',
      '/api/focus/%252e%252e%252fv9',
      '/api/focus/%40evil.com',
      '/api/focus/@evil.com/x',
      '/api/focus//evil.com/x',
      '/api/focus///evil.com/x',
      '/api/focus/user:pass@evil.com/x',
      '/api/focus/http://evil.com/x',
      '/api/focus/https:%2F%2Fevil.com',
      '/api/focus/%5C%5Cevil.com',
      '/api/focus/\\\\evil.com/x',
      '/api/focus/;@evil.com',
      '/api/focus/?@evil.com',
      '/api/focus/%23@evil.com',
      '/api/focus/%09/x',
      '/api/focus/%0d%0aHost:%20evil.com',
      '/api/focus/..;/v9/me',
      '/api/focus/%EF%BC%8E%EF%BC%8E/v9',
      '/api/focus/%C0%AE%C0%AE/v9',
      '/api/focus/../track/me',
      '/api/focusx/me',
      '/api/focus',
      '/api/focus?x=../../v9',
      '/api/track/..%2fv9/me',
      '/api/track/../../focus/x',
      '/api//focus/x',
      '/api/./focus/x',
      '/%2e%2e/api/focus/x',
      '@evil.com/api/focus/x',
      'evil.com/api/focus/x',
      'http://evil.com/api/focus/x',
      '*',
    ];
    for (const path of paths) {
      // Status 0: Node's parser closed the connection on an invalid request target (refused as well).
      const res = await attack('GET', path, { ...XRW, ...HOSTILE_HEADERS }).catch(() => ({ status: 0 }));
      expect(res.status, path).toBeLessThan(500);
    }
    // Nothing sent through /api/focus reached Track, nothing climbed above /api on Focus.
    expect(track.seen.filter((r) => !r.url.startsWith('/api/v9/'))).toEqual([]);
    expect(track.seen.map((r) => r.url).filter((u) => /focus/.test(u))).toEqual([]);
    expect(
      focus.seen.map((r) => r.url).filter((u) => !u.startsWith('/api/') || u.startsWith('/api/v9')),
    ).toEqual([]);
    expectCleanUpstreamRequests();
  });
});
