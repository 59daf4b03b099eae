import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

/** Sends `text` as the raw body, labelled `Content-Type: application/json`. */
const sendJson = (method: 'POST' | 'DELETE', url: string, text: string) =>
  api.request({ method, url, headers: { 'content-type': 'application/json' }, payload: text });

/** The upstream reads `Content-Type: application/json` with nothing after it as "no body" (issue 12, point 6). */
describe('Content-Type: application/json with an empty body', () => {
  it('is no body where the operation takes none (Focus and Track)', async () => {
    const project = (
      api.db.prepare('SELECT id FROM projects WHERE pinned = 0 LIMIT 1').get() as { id: number }
    ).id;
    const pin = await sendJson('POST', `${api.wsPath}/projects/${project}/pinned`, '');
    expect(pin.statusCode).toBe(204);
    const unpin = await sendJson('DELETE', `${api.wsPath}/projects/${project}/pinned`, '');
    expect(unpin.statusCode).toBe(204);
    const group = (api.db.prepare('SELECT id FROM groups LIMIT 1').get() as { id: number }).id;
    const del = await sendJson('DELETE', `/api/v9/organizations/${api.org}/groups/${group}`, '');
    expect(del.statusCode).toBe(200);
    expect(api.db.prepare('SELECT COUNT(*) AS n FROM groups WHERE id = ?').get(group)).toEqual({ n: 0 });
  });

  it('still answers the documented 400 where a body is required, changing nothing', async () => {
    const before = [api.count('tasks'), api.count('groups')];
    const focus = await sendJson('POST', `${api.wsPath}/tasks`, '');
    expect(focus.statusCode).toBe(400);
    expect(focus.json()).toMatchObject({ error: 'bad_request' });
    const track = await sendJson('POST', `/api/v9/organizations/${api.org}/groups`, '');
    expect(track.statusCode).toBe(400);
    expect(track.body).toBe('Invalid JSON input');
    expect([api.count('tasks'), api.count('groups')]).toEqual(before);
  });

  it('keeps refusing malformed JSON and prototype poisoning', async () => {
    const bad = await sendJson('POST', `${api.wsPath}/tasks`, '{"name":');
    expect(bad.statusCode).toBe(400);
    const poisoned = await sendJson('POST', `${api.wsPath}/tasks`, '{"name":"x","__proto__":{"admin":true}}');
    expect(poisoned.statusCode).toBe(400);
  });
});
