import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  FOCUS_SECRET,
  rawRequest,
  startProxy,
  startStubUpstream,
  TRACK_SECRET,
  type Recorded,
  type StubHandler,
} from './test-upstream';

let handler: StubHandler = () => ({});
let stub: Awaited<ReturnType<typeof startStubUpstream>>;
let proxy: { app: FastifyInstance; port: number; logs: string[] };
const XRW = { 'x-requested-with': 'planner' };

beforeAll(async () => {
  stub = await startStubUpstream((req) => handler(req));
  proxy = await startProxy(`${stub.url}/api`, `${stub.url}/api/v9`, {
    allowedHosts: ['planner.example.com'],
  });
});
afterAll(async () => {
  await proxy.app.close();
  await stub.close();
});
beforeEach(() => {
  stub.seen.length = 0;
  handler = () => ({ body: '{"ok":true}' });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(proxy.port, 'GET', path, { ...XRW, ...headers });

describe('guards', () => {
  it('refuses a foreign Host (DNS rebinding) with a JSON 403 before reaching upstream', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${proxy.port}`,
      `localhost:${proxy.port + 1}`,
      '127.0.0.1',
    ]) {
      const res = await get('/api/focus/users/me/settings', { host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body).error).toBe('forbidden_host');
    }
    expect(stub.seen).toHaveLength(0);
  });

  it('accepts the loopback names on its port and ALLOWED_HOSTS', async () => {
    for (const host of [
      `localhost:${proxy.port}`,
      `127.0.0.1:${proxy.port}`,
      `[::1]:${proxy.port}`,
      'planner.example.com',
    ]) {
      const res = await get('/api/focus/users/me/settings', { host });
      expect(res.status, host).toBe(200);
    }
    expect(stub.seen).toHaveLength(4);
  });

  it('refuses a cross-origin request but accepts the app origin', async () => {
    for (const origin of ['https://evil.example', 'null', `http://localhost:${proxy.port}`]) {
      const res = await rawRequest(
        proxy.port,
        'POST',
        '/api/focus/x',
        { ...XRW, origin, 'content-type': 'application/json' },
        '{}',
      );
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body).error).toBe('forbidden_origin');
    }
    const same = await rawRequest(
      proxy.port,
      'POST',
      '/api/focus/x',
      { ...XRW, origin: `http://127.0.0.1:${proxy.port}`, 'content-type': 'application/json' },
      '{}',
    );
    expect(same.status).toBe(200);
    expect(stub.seen).toHaveLength(1);
  });

  it('refuses /api requests without X-Requested-With', async () => {
    const res = await rawRequest(proxy.port, 'GET', '/api/track/me');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'forbidden_request' });
    expect(stub.seen).toHaveLength(0);
  });

  it('answers traversal, encoded slashes, backslashes and absolute URLs with 400', async () => {
    const paths = [
      '/api/focus/../v9/me',
      '/api/focus/%2e%2e/secret',
      '/api/focus/a%2Fb',
      '/api/focus/a%5cb',
      '/api/focus/a\\b',
      '/api/focus/%00',
      'http://evil.example/api/focus/x',
      '//evil.example/api/focus/x',
      '/api/focus/%zz',
    ];
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body).error).toBe('bad_path');
    }
    expect(stub.seen).toHaveLength(0);
  });

  it('allows only GET/POST/PUT/PATCH/DELETE on /api', async () => {
    for (const method of ['OPTIONS', 'TRACE', 'HEAD', 'PROPFIND']) {
      const res = await rawRequest(proxy.port, method, '/api/focus/users', XRW);
      expect(res.status, method).toBe(405);
    }
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await rawRequest(proxy.port, method, '/api/focus/users', XRW);
      expect(res.status, method).toBe(200);
    }
    expect(stub.seen.map((r) => r.method)).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
  });

  it('does not let a path reach another host', async () => {
    const res = await get('/api/focus/@evil.example/x');
    expect(res.status).toBe(200);
    expect(stub.seen[0].url).toBe('/api/@evil.example/x');
    expect(stub.seen[0].headers.host).toBe(new URL(stub.url).host);
  });
});

describe('forwarding', () => {
  it('adds the configured credentials and forwards only allowlisted headers', async () => {
    await get('/api/focus/organizations/1/users?page=2&per_page=10', {
      authorization: 'Basic YnJvd3Nlcjpzb21ldGhpbmc=',
      cookie: 'session=abc',
      'x-forwarded-for': '6.6.6.6',
      'x-forwarded-host': 'evil.example',
      forwarded: 'for=6.6.6.6',
      'accept-language': 'de',
      'x-custom': 'nope',
    });
    const seen = stub.seen[0];
    expect(seen.url).toBe('/api/organizations/1/users?page=2&per_page=10');
    expect(seen.headers.authorization).toBe(FOCUS_SECRET);
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.headers['x-forwarded-for']).toBeUndefined();
    expect(seen.headers['x-forwarded-host']).toBeUndefined();
    expect(seen.headers.forwarded).toBeUndefined();
    expect(seen.headers['x-custom']).toBeUndefined();
    expect(seen.headers['x-requested-with']).toBeUndefined();
    expect(seen.headers['accept-language']).toBe('de');
  });

  it('uses the Track credentials for /api/track', async () => {
    await get('/api/track/me/workspaces');
    expect(stub.seen[0].url).toBe('/api/v9/me/workspaces');
    expect(stub.seen[0].headers.authorization).toBe(TRACK_SECRET);
  });

  it('streams request bodies through unchanged', async () => {
    const big = JSON.stringify({
      items: Array.from({ length: 20000 }, (_, i) => ({ id: i + 1, name: `item ${i}` })),
    });
    const res = await rawRequest(
      proxy.port,
      'PATCH',
      '/api/focus/tasks/groups/users',
      { ...XRW, 'content-type': 'application/json' },
      big,
    );
    expect(res.status).toBe(200);
    expect(stub.seen[0].body).toBe(big);
    expect(stub.seen[0].headers['content-type']).toBe('application/json');
  });

  it("asks the upstream only for encodings the browser accepts, and passes a chunked DELETE's body", async () => {
    await get('/api/focus/a', { 'accept-encoding': 'identity' });
    await get('/api/focus/b', { 'accept-encoding': 'gzip, deflate, br' });
    await get('/api/focus/c');
    expect(stub.seen.map((r) => r.headers['accept-encoding'])).toEqual([
      'identity',
      'gzip, deflate, br',
      'identity',
    ]);
    const res = await rawRequest(
      proxy.port,
      'DELETE',
      '/api/focus/organizations/1/timeoff/users/2',
      { ...XRW, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      '[1,2]',
    );
    expect(res.status).toBe(200);
    expect(stub.seen[3].method).toBe('DELETE');
    expect(stub.seen[3].body).toBe('[1,2]');
  });

  it('drops Set-Cookie, hop-by-hop and auth-challenge headers, passes quota headers', async () => {
    handler = () => ({
      headers: {
        'set-cookie': ['a=1', 'b=2'],
        'www-authenticate': 'Basic realm="x"',
        'x-toggl-quota-remaining': '17',
        'x-toggl-quota-resets-in': '1200',
        'keep-alive': 'timeout=5',
        location: 'https://elsewhere.example/',
      },
      body: '{"ok":1}',
    });
    const res = await get('/api/focus/anything');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(res.headers['location']).toBeUndefined();
    expect(res.headers['x-toggl-quota-remaining']).toBe('17');
    expect(res.headers['x-toggl-quota-resets-in']).toBe('1200');
    expect(res.body).toBe('{"ok":1}');
  });

  it('follows no redirects', async () => {
    handler = () => ({ status: 302, headers: { location: `${stub.url}/api/other` }, body: '' });
    const res = await get('/api/focus/redirecting');
    expect(res.status).toBe(302);
    expect(stub.seen).toHaveLength(1);
  });

  it('removes api_token from /me bodies, however deep', async () => {
    handler = (req: Recorded) =>
      req.url.startsWith('/api/v9/me')
        ? {
            body: JSON.stringify({
              id: 1,
              api_token: 'SECRET_TOKEN',
              workspaces: [{ id: 2, api_token: 'WS_TOKEN' }],
            }),
          }
        : {};
    const me = await get('/api/track/me?with_related_data=true');
    expect(me.status).toBe(200);
    expect(me.body).not.toContain('SECRET_TOKEN');
    expect(me.body).not.toContain('WS_TOKEN');
    expect(JSON.parse(me.body)).toEqual({ id: 1, workspaces: [{ id: 2 }] });
    const ws = await get('/api/track/me/workspaces');
    expect(ws.body).not.toContain('api_token');
  });
});

describe('paths the upstream reads as another', () => {
  const meBody = () => ({ body: JSON.stringify({ id: 1, api_token: 'SECRET_TOKEN' }) });

  it('cleans /me however the path spells it, and sends the one spelling upstream', async () => {
    handler = meBody;
    for (const path of [
      '/api/track/%6de',
      '/api/track/m%65',
      '/api/track//me',
      '/api/track/ME',
      '/api/track/me/',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toContain('SECRET_TOKEN');
    }
    expect(stub.seen.map((r) => r.url)).toEqual([
      '/api/v9/me',
      '/api/v9/me',
      '/api/v9/me',
      '/api/v9/ME',
      '/api/v9/me/',
    ]);
  });

  it('refuses a request target with a fragment (/me#x was sent on as /me, uncleaned)', async () => {
    handler = meBody;
    for (const path of ['/api/track/me#x', '/api/track/me%23x#', '/api/focus/x#/../me']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).not.toContain('SECRET_TOKEN');
    }
    expect(stub.seen).toHaveLength(0);
  });

  it("refuses a Focus path that lands inside Track's base (locally /api/v9 is inside /api)", async () => {
    handler = meBody;
    for (const path of ['/api/focus/v9/me', '/api/focus/v%39/me', '/api/focus//v9/me', '/api/focus/v9']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body).error, path).toBe('bad_path');
    }
    expect(stub.seen).toHaveLength(0);
    expect((await get('/api/focus/v9x/me')).status).toBe(200);
  });

  it('keeps escapes of reserved characters as they are (in capitals)', async () => {
    await get('/api/focus/tags/a%3ab%20c?name=x%2fy');
    expect(stub.seen[0].url).toBe('/api/tags/a%3Ab%20c?name=x%2fy');
  });
});

describe('upstream quota and failures', () => {
  it('after a 402, answers at once with the same status and quota headers until the reset', async () => {
    handler = () => ({
      status: 402,
      headers: { 'x-toggl-quota-remaining': '0', 'x-toggl-quota-resets-in': '1' },
      body: '"quota"',
    });
    const first = await get('/api/focus/a');
    expect(first.status).toBe(402);
    handler = () => ({ body: '{"ok":true}' });
    const second = await get('/api/focus/b');
    expect(second.status).toBe(402);
    expect(second.headers['retry-after']).toBe('1');
    expect(second.headers['x-toggl-quota-remaining']).toBe('0');
    expect(second.headers['x-toggl-quota-resets-in']).toBe('1');
    expect(JSON.parse(second.body).error).toBe('quota_exceeded');
    expect(stub.seen).toHaveLength(1);
    // The other upstream is not blocked.
    expect((await get('/api/track/me/quota')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get('/api/focus/c')).status).toBe(200);
    expect(stub.seen.map((r) => r.url)).toEqual(['/api/a', '/api/v9/me/quota', '/api/c']);
  });

  it("passes a plan limit's 402 through and blocks nothing after it", async () => {
    handler = () => ({
      status: 402,
      headers: { 'x-toggl-quota-remaining': '57', 'x-toggl-quota-resets-in': '1200' },
      body: JSON.stringify({ error: 'payment_required', error_description: 'Milestone limit reached' }),
    });
    const limit = await rawRequest(
      proxy.port,
      'POST',
      '/api/focus/workspaces/1/milestones',
      { ...XRW, 'content-type': 'application/json' },
      '{}',
    );
    expect(limit.status).toBe(402);
    expect(JSON.parse(limit.body).error_description).toBe('Milestone limit reached');
    expect(limit.headers['x-toggl-quota-remaining']).toBe('57');
    handler = () => ({ body: '{"ok":true}' });
    const next = await get('/api/focus/workspaces/1/statuses');
    expect(next.status).toBe(200);
    expect(stub.seen).toHaveLength(2);
  });

  it('after a 429, honours Retry-After without calling upstream', async () => {
    handler = () => ({ status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' });
    expect((await get('/api/track/x')).status).toBe(429);
    const blocked = await get('/api/track/y');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('1');
    expect(stub.seen).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
  });

  it('answers 502 quickly when the upstream is unreachable', async () => {
    const dead = await startProxy('http://127.0.0.1:9/api', 'http://127.0.0.1:9/api/v9');
    try {
      const started = Date.now();
      const res = await rawRequest(dead.port, 'GET', '/api/focus/x', XRW);
      expect(res.status).toBe(502);
      expect(JSON.parse(res.body).error).toBe('upstream_unreachable');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await dead.app.close();
    }
  });

  it('answers 504 when the upstream is slower than the timeout', async () => {
    const slow = await startProxy(`${stub.url}/api`, `${stub.url}/api/v9`, { timeoutMs: 300 });
    try {
      handler = () => ({ delayMs: 1500, body: '{}' });
      const res = await rawRequest(slow.port, 'GET', '/api/focus/slow', XRW);
      expect(res.status).toBe(504);
      expect(JSON.parse(res.body).error).toBe('upstream_timeout');
    } finally {
      await slow.app.close();
    }
  });

  it('never logs the configured secrets', async () => {
    await get('/api/focus/users/me/settings', { authorization: 'Basic YnJvd3Nlcjpwdw==' });
    await get('/api/track/me');
    const log = proxy.logs.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain('toggl_sk_test_secret_focus_key_123');
    expect(log).not.toContain(TRACK_SECRET.slice(6));
    expect(log).not.toContain('YnJvd3Nlcjpwdw==');
  });
});
