import { describe, expect, it } from 'vitest';
import { loadSpecs } from './documents';
import { checkRequest } from './request-check';

const specs = loadSpecs();
const WS = '/api/focus/organizations/4100/workspaces/5200';
const check = (method: string, url: string, body?: unknown) =>
  checkRequest(specs, {
    method,
    url,
    body: body === undefined ? null : JSON.stringify(body),
    contentType: 'application/json',
  });
const paths = (v: ReturnType<typeof check>) => v.issues.map((i) => i.path);

describe('checkRequest', () => {
  it('accepts the requests the planner sends', () => {
    const read = check(
      'GET',
      `http://127.0.0.1:9/${WS.slice(1)}/tasks/groups/users?end_date=2026-03-31&page=1&per_page=50&start_date=2026-01-01&status_id=1,2`,
    );
    expect(read).toEqual({
      operation: 'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/groups/{group}',
      issues: [],
    });
    const move = check('PATCH', `${WS}/tasks/groups/users`, [
      { id: 9, op: 'move', source_group_id: 3, target_group_id: null, weight: 0, start_date: '2026-02-01' },
    ]);
    expect(move.issues).toEqual([]);
    expect(check('GET', '/api/track/workspaces/5200/project_groups?project_ids=1,2').issues).toEqual([]);
    expect(check('POST', `${WS}/projects/3/pinned`).issues).toEqual([]);
  });

  it('checks query parameters: known, typed, csv arrays, enums, formats, required, not repeated', () => {
    const v = check(
      'GET',
      `${WS}/tasks/groups/users?per_page=ten&status_id=1,x&source=plan,fax&start_date=2026-02-30&private=yes&foo=1&page=1&page=2`,
    );
    expect(v.issues).toEqual([
      { path: 'query.per_page', message: 'must be an integer (got "ten")' },
      { path: 'query.status_id[1]', message: 'must be an integer (got "x")' },
      { path: 'query.source[1]', message: expect.stringMatching(/^must be one of plan, focus/) },
      { path: 'query.start_date', message: 'must be a date (got "2026-02-30")' },
      { path: 'query.private', message: 'must be true or false (got "yes")' },
      { path: 'query.foo', message: 'is not a parameter of this operation' },
      { path: 'query.page', message: 'is repeated (arrays are one comma-separated value)' },
    ]);
    expect(paths(check('GET', '/api/track/workspaces/5200/project_groups'))).toEqual(['query.project_ids']);
  });

  it('allows an empty csv item only where the parameter is nullable', () => {
    expect(check('GET', `${WS}/tasks/groups/users?project_id=,3`).issues).toEqual([]);
    expect(paths(check('GET', `${WS}/tasks/groups/users?status_id=,3`))).toEqual(['query.status_id[0]']);
    expect(paths(check('GET', `${WS}/tasks/groups/users?status_id=`))).toEqual(['query.status_id']);
  });

  it('checks path parameters', () => {
    expect(paths(check('GET', `${WS}/tasks/groups/teams`))).toEqual(['path.group']);
    expect(paths(check('GET', '/api/focus/organizations/x/users'))).toEqual(['path.organization_id']);
  });

  it('checks the body strictly: required, types, nullability, minimum, undeclared properties', () => {
    const v = check('PATCH', `${WS}/tasks/groups/users`, [
      { id: 0, op: 'swap', weight: -1, source_group_id: null, lane: 2 },
    ]);
    expect(v.issues).toEqual([
      { path: 'body/0/target_group_id', message: 'is required' },
      { path: 'body/0/id', message: 'must be at least 1' },
      { path: 'body/0/op', message: 'must be one of "move", "remove" (got "swap")' },
      { path: 'body/0/weight', message: 'must be at least 0' },
      { path: 'body/0/lane', message: 'is not a property of this operation' },
    ]);
    expect(paths(check('PATCH', `${WS}/tasks/groups/users`))).toEqual(['body']);
    expect(check('PATCH', `${WS}/tasks/groups/users`, { items: [] }).issues[0].message).toBe(
      'must be an array (got object)',
    );
  });

  it('refuses a body where the operation takes none, and a body that is not JSON', () => {
    expect(check('DELETE', `${WS}/projects/3/pinned`, {}).issues).toEqual([
      { path: 'body', message: 'this operation takes no body' },
    ]);
    const notJson = checkRequest(specs, {
      method: 'POST',
      url: `${WS}/projects`,
      body: '{"name":',
      contentType: 'application/json',
    });
    expect(notJson.issues).toEqual([{ path: 'body', message: 'is not valid JSON' }]);
    const form = checkRequest(specs, {
      method: 'POST',
      url: `${WS}/projects`,
      body: 'name=x',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.issues[0].message).toMatch(/^must be sent as application\/json/);
  });

  it('reports unknown paths and methods, and URLs outside the two services', () => {
    expect(check('PUT', '/api/track/me/workspaces').issues).toEqual([
      { path: 'url', message: 'track /me/workspaces has no PUT (only GET)' },
    ]);
    expect(check('GET', '/api/other/thing').issues[0].message).toBe(
      'not a Focus or Track path: /api/other/thing',
    );
  });

  it('reads upstream paths too (what a stub upstream receives)', () => {
    const v = checkRequest(specs, { method: 'GET', url: '/api/v9/me/workspaces' }, 'upstream');
    expect(v).toEqual({ operation: 'GET track /me/workspaces', issues: [] });
  });
});
