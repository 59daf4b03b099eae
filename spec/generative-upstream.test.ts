import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerativeUpstream, type GenerativeUpstream } from './generative-upstream';
import { checkValue, loadSpecs, matchOperation, PLAIN, successResponse } from './openapi';

let stub: GenerativeUpstream;
beforeAll(async () => {
  stub = await startGenerativeUpstream({ seed: 3, today: '2026-05-04' });
});
afterAll(() => stub.close());

const specs = loadSpecs();
const WS = '/organizations/4/workspaces/9';

describe('the generative upstream', () => {
  it('answers an operation with a body valid under its schema, the same for the same seed and request', async () => {
    const url = `${stub.focusBase}${WS}/tasks/groups/projects?page=1&per_page=100`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const body = await first.json();
    const match = matchOperation(specs, 'focus', 'GET', `${WS}/tasks/groups/projects`);
    if (!match.ok) throw new Error(match.reason);
    expect(checkValue(match.ref.doc, successResponse(match.ref).schema!, body)).toEqual([]);
    expect(await (await fetch(url)).json()).toEqual(body);
    stub.configure({ seed: 4, today: '2026-05-04' });
    expect(await (await fetch(url)).json()).not.toEqual(body);
    stub.configure({ seed: 3, today: '2026-05-04' });
  });

  it('answers Track under /api/v9 and the documented status without a body (204)', async () => {
    expect((await fetch(`${stub.trackBase}/me`)).status).toBe(200);
    const patch = await fetch(`${stub.focusBase}${WS}/time-blocks/bulk`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ id: 1, duration: 900 }]),
    });
    expect(patch.status).toBe(204);
    expect(await patch.text()).toBe('');
  });

  it('always gives the account a first workspace with an id and an organization, even from an empty list', async () => {
    stub.configure({ seed: 3, variation: { ...PLAIN, emptyLists: 1, dropOptional: 1 } });
    const [first] = await (await fetch(`${stub.trackBase}/me/workspaces`)).json();
    expect(first.id).toBeGreaterThan(0);
    expect(first.organization_id).toBeGreaterThan(0);
    stub.configure({ seed: 3, today: '2026-05-04' });
  });

  it('answers unknown operations with 404 in each service shape and records every request with its verdict', async () => {
    const focus = await fetch(`${stub.focusBase}/nothing/here`);
    expect([focus.status, (await focus.json()).error]).toEqual([404, 'not_found']);
    const track = await fetch(`${stub.trackBase}/me/workspaces`, { method: 'DELETE' });
    expect([track.status, await track.text()]).toEqual([404, 'Resource can not be found']);
    await fetch(`${stub.focusBase}${WS}/tasks/groups/teams?per_page=x`);
    const offenders = stub.offenders().map((o) => [o.method, o.url, o.verdict.issues.map((i) => i.path)]);
    expect(offenders).toEqual([
      ['GET', '/api/nothing/here', ['url']],
      ['DELETE', '/api/v9/me/workspaces', ['url']],
      ['GET', `/api${WS}/tasks/groups/teams?per_page=x`, ['path.group', 'query.per_page']],
    ]);
  });
});
