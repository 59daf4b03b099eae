import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;

describe('local API auth', () => {
  it('answers Focus paths without credentials with 401 and the Focus error body', async () => {
    const res = await api.app.inject({ url: '/api/users/me/settings' });
    expect(res.statusCode).toBe(401);
    const body = res.json();
    expect(body.error).toBe('unauthorized');
    expect(typeof body.error_description).toBe('string');
    expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers Track paths without credentials with 403 and a plain-text body', async () => {
    const res = await api.app.inject({ url: '/api/v9/me' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe('Incorrect username and/or password');
  });

  it('accepts Basic email:password', async () => {
    const res = await api.app.inject({
      url: '/api/users/me/settings',
      headers: { authorization: basic('demo@example.com', 'demo') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().current_workspace_id).toBe(api.ws);
  });

  it('rejects a wrong password on both APIs', async () => {
    const auth = basic('demo@example.com', 'nope');
    expect(
      (await api.app.inject({ url: '/api/users/me/settings', headers: { authorization: auth } })).statusCode,
    ).toBe(401);
    expect((await api.app.inject({ url: '/api/v9/me', headers: { authorization: auth } })).statusCode).toBe(
      403,
    );
  });

  it('accepts Basic api_token:api_token and Bearer api keys', async () => {
    const row = api.db.prepare('SELECT api_token, api_key FROM users WHERE id = ?').get(api.demoUserId) as {
      api_token: string;
      api_key: string;
    };
    const viaToken = await api.app.inject({
      url: '/api/v9/me',
      headers: { authorization: basic(row.api_token, 'api_token') },
    });
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json().email).toBe('demo@example.com');
    const viaKey = await api.app.inject({
      url: '/api/users/me/settings',
      headers: { authorization: `Bearer ${row.api_key}` },
    });
    expect(viaKey.statusCode).toBe(200);
    const wrongKey = await api.app.inject({
      url: '/api/users/me/settings',
      headers: { authorization: 'Bearer toggl_sk_nope' },
    });
    expect(wrongKey.statusCode).toBe(401);
  });

  it('rejects unknown schemes and garbage headers', async () => {
    for (const authorization of [
      'Digest abc',
      'Basic !!!',
      'Basic ' + Buffer.from('nocolon').toString('base64'),
      'x'.repeat(5000),
    ]) {
      const res = await api.app.inject({ url: '/api/users/me/settings', headers: { authorization } });
      expect(res.statusCode).toBe(401);
    }
  });
});

describe('local API conventions', () => {
  it('answers unknown Focus paths with a JSON 404 and unknown Track paths with text', async () => {
    const focus = await api.request({ url: '/api/nothing/here' });
    expect(focus.statusCode).toBe(404);
    expect(focus.json().error).toBe('not_found');
    const track = await api.request({ url: '/api/v9/nothing' });
    expect(track.statusCode).toBe(404);
    expect(track.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('turns malformed JSON into a 400 in the Focus shape', async () => {
    const res = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      headers: { 'content-type': 'application/json' },
      payload: '{"time_format": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
  });

  it('refuses a string with half of a surrogate pair (400) and stores nothing of it', async () => {
    const before = await api.request({ url: '/api/users/me/settings' });
    for (const payload of [
      '{"theme":"\\ud800abc"}',
      '{"language_code":"x\\udc00"}',
      '{"platform_nudges":{"\\ud83d":"a"}}',
    ]) {
      const res = await api.request({
        method: 'PATCH',
        url: '/api/users/me/settings',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error_description).toMatch(/surrogate/);
    }
    expect((await api.request({ url: '/api/users/me/settings' })).json()).toEqual(before.json());
    // A whole pair is a character like any other.
    const emoji = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      headers: { 'content-type': 'application/json' },
      payload: '{"language_code":"\\ud83d\\ude00"}',
    });
    expect(emoji.statusCode).toBe(200);
    expect(emoji.json().language_code).toBe('\u{1F600}');
  });

  it('refuses oversize bodies with 413', async () => {
    const res = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ time_format: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error_description).toMatch(/too large/i);
  });

  it('validates bodies and changes nothing on a bad one', async () => {
    const bad = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      payload: { time_format: '13h' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error_description).toMatch(/time_format/);
    const wrongType = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      payload: { start_week_on: '1' },
    });
    expect(wrongType.statusCode).toBe(400);
    const foreign = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      payload: { current_workspace_id: 999999 },
    });
    expect(foreign.statusCode).toBe(400);
    const after = await api.request({ url: '/api/users/me/settings' });
    expect(after.json()).toMatchObject({
      time_format: '24h',
      start_week_on: 1,
      current_workspace_id: api.ws,
    });
    const ok = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      payload: { time_format: '12h', start_week_on: 0 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ time_format: '12h', start_week_on: 0, timezone: 'Europe/Berlin' });
  });

  it("keeps every setting of the spec's payload, and refuses a wrong type of any of them", async () => {
    for (const payload of [
      { theme: 12345 },
      { shortcuts_enabled: 'nope' },
      { pomodoro_mode_break_duration_mins: 0 },
    ]) {
      const res = await api.request({ method: 'PATCH', url: '/api/users/me/settings', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toBe('bad_request');
    }
    const before = await api.request({ url: '/api/users/me/settings' });
    expect(before.json()).toMatchObject({ theme: 'auto', default_page: 'timeline', shortcuts_enabled: true });
    const ok = await api.request({
      method: 'PATCH',
      url: '/api/users/me/settings',
      payload: { theme: 'dark', default_page: 'board', platform_nudges: { web: 'seen' } },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      theme: 'dark',
      default_page: 'board',
      platform_nudges: { web: 'seen' },
    });
    // A later patch of other fields keeps these; a nullable one can be cleared.
    await api.request({ method: 'PATCH', url: '/api/users/me/settings', payload: { default_page: null } });
    const after = await api.request({ url: '/api/users/me/settings' });
    expect(after.json()).toMatchObject({
      theme: 'dark',
      default_page: null,
      platform_nudges: { web: 'seen' },
    });
  });

  it('refuses a workspace the caller does not belong to with 403', async () => {
    const res = await api.request({ url: '/api/workspaces/999999/statuses' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('forbidden');
  });

  it('checks paging parameters', async () => {
    expect((await api.request({ url: `/api/workspaces/${api.ws}/tags?per_page=101` })).statusCode).toBe(400);
    expect((await api.request({ url: `/api/workspaces/${api.ws}/tags?page=0` })).statusCode).toBe(400);
    const page = await api.request({
      url: `/api/workspaces/${api.ws}/tags?per_page=2&page=2&order_by=-name`,
    });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body).toMatchObject({ page: 2, per_page: 2, total: 6 });
    expect(body.data).toHaveLength(2);
    const names = (await api.request({ url: `/api/workspaces/${api.ws}/tags?order_by=-name` }))
      .json()
      .data.map((t: { name: string }) => t.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('lists the four workspace statuses and the organization users and roles', async () => {
    const statuses = (await api.request({ url: `/api/workspaces/${api.ws}/statuses` })).json().data;
    expect(statuses.map((s: { type: string }) => s.type)).toEqual(['todo', 'in_progress', 'done', 'blocked']);
    const users = (await api.request({ url: `/api/organizations/${api.org}/users` })).json();
    expect(users.length).toBeGreaterThanOrEqual(10);
    expect(users[0]).toHaveProperty('user_account_id');
    const roles = (await api.request({ url: `/api/organizations/${api.org}/roles` })).json();
    expect(
      roles.some((r: { entity: string; type: string }) => r.entity === 'project' && r.type === 'manager'),
    ).toBe(true);
  });

  it('emulates the hourly quota with 402 and the quota headers', async () => {
    const limited = await (await import('./test-harness')).createTestApi({}, 2);
    try {
      const first = await limited.request({ url: '/api/users/me/settings' });
      expect(first.headers['x-toggl-quota-remaining']).toBe('1');
      await limited.request({ url: '/api/users/me/settings' });
      const third = await limited.request({ url: '/api/users/me/settings' });
      expect(third.statusCode).toBe(402);
      expect(third.headers['x-toggl-quota-remaining']).toBe('0');
      expect(Number(third.headers['x-toggl-quota-resets-in'])).toBeGreaterThan(3500);
    } finally {
      await limited.close();
    }
  });
});
