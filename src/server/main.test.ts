import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanner, type Planner } from './main';
import { migrations } from '@/server/local-api/db/migrations';
import { openDatabase } from '@/server/local-api/db/open';
import { rawRequest } from '@/server/proxy/test-upstream';

let planner: Planner;
let dir: string;
const port = () => (planner.web.server.address() as { port: number }).port;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planner-main-'));
  planner = await startPlanner({
    env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: join(dir, 'planner.db'), LOG_LEVEL: 'silent' },
    app: 'skip',
    log: () => {},
  });
});
afterAll(async () => {
  await planner.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start in local mode', () => {
  it('binds 127.0.0.1 and seeds the demo data into a WAL database', () => {
    expect(planner.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(planner.config.mode).toBe('local');
    expect(planner.db!.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(planner.db!.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    const count = (t: string) =>
      (planner.db!.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count('organizations')).toBe(1);
    expect(count('workspaces')).toBe(1);
    expect(count('users')).toBeGreaterThanOrEqual(10);
    expect(count('projects')).toBe(6);
    expect(count('tasks')).toBeGreaterThanOrEqual(120);
    expect(count('time_blocks')).toBeGreaterThanOrEqual(300);
    expect(count('groups')).toBeGreaterThanOrEqual(3);
    expect(count('statuses')).toBe(4);
    const managers = planner
      .db!.prepare(
        "SELECT COUNT(*) AS n FROM project_users pu JOIN roles r ON r.role_id = pu.role_id WHERE r.type = 'manager'",
      )
      .get() as { n: number };
    expect(managers.n).toBeGreaterThanOrEqual(6);
    expect(planner.account?.apiToken).toMatch(/^[0-9a-f]{32}$/);
    expect(planner.account?.apiKey).toMatch(/^toggl_sk_/);
  });

  it('lists the demo workspace through the proxy, refuses missing header and foreign Host', async () => {
    const ok = await rawRequest(port(), 'GET', '/api/track/me/workspaces', { 'x-requested-with': 'x' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).map((w: { name: string }) => w.name)).toEqual(['Demo Workspace']);
    expect((await rawRequest(port(), 'GET', '/api/track/me/workspaces')).status).toBe(403);
    const evil = await rawRequest(port(), 'GET', '/api/track/me/workspaces', {
      'x-requested-with': 'x',
      host: 'evil.example',
    });
    expect(evil.status).toBe(403);
  });

  it('strips api_token from /me on the way to the browser', async () => {
    const me = await rawRequest(port(), 'GET', '/api/track/me', { 'x-requested-with': 'x' });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body).email).toBe('demo@example.com');
    expect(me.body).not.toContain('api_token');
    expect(me.body).not.toContain(planner.account!.apiToken);
  });

  it('lets no other spelling of /me through uncleaned, and no Focus path into Track', async () => {
    for (const path of ['/api/track/%6de', '/api/track/m%65', '/api/track//me', '/api/track/me#x']) {
      const me = await rawRequest(port(), 'GET', path, { 'x-requested-with': 'x' });
      expect(me.body, path).not.toContain(planner.account!.apiToken);
    }
    for (const path of ['/api/track/%6de', '/api/track/m%65', '/api/track//me']) {
      const me = await rawRequest(port(), 'GET', path, { 'x-requested-with': 'x' });
      expect(me.status, path).toBe(200);
      expect(me.body, path).not.toContain(planner.account!.apiToken);
    }
    const intoTrack = await rawRequest(port(), 'GET', '/api/focus/v9/me', { 'x-requested-with': 'x' });
    expect(intoTrack.status).toBe(400);
    expect(intoTrack.body).not.toContain(planner.account!.apiToken);
  });

  it('local API: answers only its own loopback names, and no web page', async () => {
    const localPort = Number(new URL(planner.localApiUrl!).port);
    const auth = { authorization: `Basic ${Buffer.from('demo@example.com:demo').toString('base64')}` };
    const rebound = await rawRequest(localPort, 'GET', '/api/v9/me', {
      ...auth,
      host: `evil.example:${localPort}`,
    });
    // Track's errors are plain text, Focus's JSON (the upstreams' shapes).
    expect(rebound.status).toBe(403);
    expect(rebound.body).toBe('Host not allowed');
    const focus = await rawRequest(localPort, 'GET', '/api/users/me/settings', {
      ...auth,
      host: 'evil.example',
    });
    expect(focus.status).toBe(403);
    expect(JSON.parse(focus.body).error).toBe('forbidden_host');
    const page = await rawRequest(localPort, 'GET', '/api/users/me/settings', {
      ...auth,
      origin: `http://127.0.0.1:${localPort}`,
    });
    expect(page.status).toBe(403);
    expect(JSON.parse(page.body).error).toBe('forbidden_origin');
    const own = await rawRequest(localPort, 'GET', '/api/v9/me', { ...auth, host: `localhost:${localPort}` });
    expect(own.status).toBe(200);
  });

  it('local API: 401 without credentials, 200 with the demo login', async () => {
    const bare = await fetch(`${planner.localApiUrl}/api/users/me/settings`);
    expect(bare.status).toBe(401);
    const authed = await fetch(`${planner.localApiUrl}/api/users/me/settings`, {
      headers: { authorization: `Basic ${Buffer.from('demo@example.com:demo').toString('base64')}` },
    });
    expect(authed.status).toBe(200);
  });

  it('seeds only on first start: a restart keeps edits and credentials', async () => {
    const file = join(dir, 'restart.db');
    const first = await startPlanner({
      env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: file, LOG_LEVEL: 'silent' },
      app: 'skip',
      log: () => {},
    });
    first.db!.prepare("UPDATE tasks SET name = 'Edited before restart' WHERE id = 10001").run();
    const token = first.account!.apiToken;
    await first.close();
    const second = await startPlanner({
      env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: file, LOG_LEVEL: 'silent' },
      app: 'skip',
      log: () => {},
    });
    try {
      expect(second.account!.apiToken).toBe(token);
      const row = second.db!.prepare('SELECT name FROM tasks WHERE id = 10001').get() as { name: string };
      expect(row.name).toBe('Edited before restart');
      expect((second.db!.prepare('SELECT COUNT(*) AS n FROM organizations').get() as { n: number }).n).toBe(
        1,
      );
    } finally {
      await second.close();
    }
  });

  it('migrates by user_version: a new file gets every migration, a reopen runs none again', () => {
    const file = join(dir, 'fresh.db');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toEqual({ value: 'kept' });
    again.close();
  });
});
