import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
const G = '/api/v9/organizations/4100/groups';
beforeAll(async () => {
  api = await createTestApi();
  // A second organization's workspace, to prove foreign ids are refused.
  api.db
    .prepare(
      "INSERT INTO organizations (id, name, created_at) VALUES (4200, 'Other', '2026-01-01T00:00:00Z')",
    )
    .run();
  api.db
    .prepare(
      "INSERT INTO workspaces (id, organization_id, name, created_at) VALUES (5300, 4200, 'Other', '2026-01-01T00:00:00Z')",
    )
    .run();
});
afterAll(() => api.close());

const member = { authorization: '' };
const groupUsers = (id: number) =>
  (
    api.db.prepare('SELECT user_id FROM group_users WHERE group_id = ? ORDER BY user_id').all(id) as {
      user_id: number;
    }[]
  ).map((r) => r.user_id);
const expectText = (
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  body: string,
) => {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  expect(res.body).toBe(body);
};

describe('GET organization and workspace groups', () => {
  it('lists groups sorted by name with users and workspaces, filtered by name and workspace', async () => {
    member.authorization = api.authAs(1002);
    const res = await api.request({ url: G, headers: member });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.map((g: { name: string }) => g.name)).toEqual(['Design', 'Engineering', 'Leads', 'Research']);
    expect(body[0]).toMatchObject({
      group_id: 9001,
      workspaces: [api.ws],
      permissions: [],
      at: expect.any(String),
    });
    expect(body[0].users.map((u: { user_id: number }) => u.user_id).sort()).toEqual(groupUsers(9001));
    expect(body[0].users[0]).toMatchObject({ name: expect.any(String), inactive: false, joined: true });
    expect(
      (await api.request({ url: `${G}?name=ENG` })).json().map((g: { group_id: number }) => g.group_id),
    ).toEqual([9002]);
    expect((await api.request({ url: `${G}?workspace=5300` })).json()).toEqual([]);
    expect((await api.request({ url: `${G}?workspace=abc` })).statusCode).toBe(400);
    const ws = await api.request({ url: `/api/v9/organizations/4100/workspaces/${api.ws}/groups` });
    expect(ws.statusCode).toBe(200);
    expect(ws.json().map((g: { group_id: number }) => g.group_id)).toEqual([9001, 9002, 9003, 9004]);
    expect((await api.request({ url: '/api/v9/organizations/4100/workspaces/5300/groups' })).statusCode).toBe(
      403,
    );
    expect((await api.request({ url: '/api/v9/organizations/4200/groups' })).statusCode).toBe(403);
  });
});

describe('POST and PUT groups', () => {
  it('creates a group (200) with users and workspaces', async () => {
    const res = await api.request({
      method: 'POST',
      url: G,
      payload: { name: 'Ops', users: [1002, 1003], workspaces: [api.ws] },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ name: 'Ops', workspaces: [api.ws] });
    expect(body.users.map((u: { user_id: number }) => u.user_id).sort()).toEqual([1002, 1003]);
    expect(groupUsers(body.group_id)).toEqual([1002, 1003]);
  });

  it('answers the upstream plain-text 400 messages and writes nothing', async () => {
    const before = [api.count('groups'), api.count('group_users'), api.count('group_workspaces')];
    const cases: [unknown, string][] = [
      [{}, 'Group name must be present'],
      [{ name: '  ' }, 'Group name must be present'],
      [{ name: 'x'.repeat(201) }, 'Group name too long, maximum length is 200'],
      [{ name: 'design' }, 'Name has already been taken'],
      [{ name: 'New', users: [1002, 999999] }, 'User 999999 not exists in the organization 4100'],
      [{ name: 'New', workspaces: [5300] }, 'Workspace 5300 not exists in the organization 4100'],
      [{ name: 'New', users: ['a'] }, 'Invalid JSON input'],
      [[1, 2], 'Invalid JSON input'],
    ];
    for (const [payload, message] of cases) {
      expectText(await api.request({ method: 'POST', url: G, payload: payload as object }), 400, message);
    }
    const malformed = await api.request({
      method: 'POST',
      url: G,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expectText(malformed, 400, 'Invalid JSON input');
    expect([api.count('groups'), api.count('group_users'), api.count('group_workspaces')]).toEqual(before);
  });

  it('lets only organization admins create, edit, patch or delete groups (403 text)', async () => {
    const before = api.count('groups');
    const headers = { authorization: api.authAs(1002) };
    expectText(
      await api.request({ method: 'POST', url: G, payload: { name: 'Nope' }, headers }),
      403,
      'User does not have access to this resource',
    );
    expectText(
      await api.request({ method: 'PUT', url: `${G}/9001`, payload: { name: 'Nope' }, headers }),
      403,
      'Forbidden',
    );
    expectText(
      await api.request({ method: 'DELETE', url: `${G}/9001`, headers }),
      403,
      'User does not have access to this resource',
    );
    expectText(
      await api.request({
        method: 'PATCH',
        url: `${G}/9001`,
        payload: [{ op: 'add', path: '/users', value: [1002] }],
        headers,
      }),
      403,
      'User does not have permission to manage user groups.',
    );
    expect(api.count('groups')).toBe(before);
    expect(groupUsers(9001)).not.toContain(1002);
  });

  it('PUT renames and replaces the lists it is given', async () => {
    const res = await api.request({
      method: 'PUT',
      url: `${G}/9003`,
      payload: { name: 'Leadership', users: [1001, 1004] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ group_id: 9003, name: 'Leadership', workspaces: [api.ws] });
    expect(groupUsers(9003)).toEqual([1001, 1004]);
    // Its own name (other case) is not "taken".
    expect(
      (await api.request({ method: 'PUT', url: `${G}/9003`, payload: { name: 'LEADERSHIP' } })).statusCode,
    ).toBe(200);
    expectText(
      await api.request({ method: 'PUT', url: `${G}/9003`, payload: { name: 'Design' } }),
      400,
      'Name has already been taken',
    );
    expectText(
      await api.request({ method: 'PUT', url: `${G}/999999`, payload: { name: 'X' } }),
      404,
      'Invalid group ID.',
    );
    expect(groupUsers(9003)).toEqual([1001, 1004]);
  });
});

describe('PATCH and DELETE groups', () => {
  it('applies patches one by one, reporting failures', async () => {
    const patches = [
      { op: 'add', path: '/users', value: [1010, 1011] },
      { op: 'add', path: '/users', value: [999999] },
      { op: 'remove', path: '/users', value: [1005] },
      { op: 'add', path: '/workspaces', value: [5300] },
    ];
    const res = await api.request({ method: 'PATCH', url: `${G}/9001`, payload: patches });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      success: [patches[0], patches[2]],
      failure: [
        { patch: patches[1], message: 'User 999999 not exists in the organization 4100' },
        { patch: patches[3], message: 'Workspace 5300 not exists in the organization 4100' },
      ],
    });
    expect(groupUsers(9001)).toEqual([1001, 1009, 1010, 1011]);
  });

  it('rejects malformed patch bodies as a whole with plain-text 400', async () => {
    const before = groupUsers(9001);
    const add = (value: number[]) => ({ op: 'add', path: '/users', value });
    const cases: [unknown, string][] = [
      [{ op: 'add' }, 'Invalid JSON input'],
      [[add([1002]), { op: 'replace', path: '/users', value: [1] }], 'Empty or invalid patch operation'],
      [[{ op: 'add', path: '/name', value: [1] }], 'Empty or invalid patch path'],
      [[{ op: 'add', path: '/users', value: [] }], 'Value not present'],
      [[add(Array.from({ length: 101 }, (_, i) => 1001 + i))], 'Too many values per patch'],
      [Array.from({ length: 101 }, () => add([1002])), 'Too many patches'],
      [[{ op: 'add', path: '/users', value: ['x'] }], 'Invalid JSON input'],
    ];
    for (const [payload, message] of cases) {
      expectText(
        await api.request({ method: 'PATCH', url: `${G}/9001`, payload: payload as object }),
        400,
        message,
      );
    }
    expect(groupUsers(9001)).toEqual(before);
    expectText(
      await api.request({ method: 'PATCH', url: `${G}/999999`, payload: [add([1002])] }),
      404,
      'Invalid group ID.',
    );
  });

  it('deletes a group with its members and project access', async () => {
    expect(
      api.db.prepare('SELECT COUNT(*) AS n FROM project_groups WHERE group_id = 9002').get(),
    ).not.toEqual({ n: 0 });
    const res = await api.request({ method: 'DELETE', url: `${G}/9002` });
    expect(res.statusCode).toBe(200);
    expect(api.db.prepare('SELECT COUNT(*) AS n FROM groups WHERE id = 9002').get()).toEqual({ n: 0 });
    expect(api.db.prepare('SELECT COUNT(*) AS n FROM group_users WHERE group_id = 9002').get()).toEqual({
      n: 0,
    });
    expect(api.db.prepare('SELECT COUNT(*) AS n FROM project_groups WHERE group_id = 9002').get()).toEqual({
      n: 0,
    });
    expectText(await api.request({ method: 'DELETE', url: `${G}/9002` }), 404, 'Invalid group ID.');
  });
});

describe('the order in which a group write is judged', () => {
  it('answers who may act, then which group, before it reads the body', async () => {
    const before = [api.count('groups'), api.count('group_users')];
    const badPatch = [{ op: 'nope', path: '/users', value: [] }];
    const nonAdmin = { authorization: api.authAs(1002) };
    // A member outside the organization, a non-admin and an unknown group all outrank a malformed body.
    expectText(
      await api.request({ method: 'PUT', url: '/api/v9/organizations/4200/groups/9001', payload: [] }),
      403,
      'Insufficient permissions',
    );
    expectText(
      await api.request({ method: 'POST', url: G, payload: { name: '' }, headers: nonAdmin }),
      403,
      'User does not have access to this resource',
    );
    expectText(
      await api.request({ method: 'PATCH', url: `${G}/9001`, payload: badPatch, headers: nonAdmin }),
      403,
      'User does not have permission to manage user groups.',
    );
    expectText(
      await api.request({ method: 'PUT', url: `${G}/999999`, payload: { name: 7 } }),
      404,
      'Invalid group ID.',
    );
    expectText(
      await api.request({ method: 'PATCH', url: `${G}/999999`, payload: badPatch }),
      404,
      'Invalid group ID.',
    );
    // A known group, an admin: now the body speaks.
    expectText(
      await api.request({ method: 'PATCH', url: `${G}/9001`, payload: badPatch }),
      400,
      'Empty or invalid patch operation',
    );
    expect([api.count('groups'), api.count('group_users')]).toEqual(before);
  });
});
