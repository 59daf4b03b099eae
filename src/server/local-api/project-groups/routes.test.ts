import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../db/generate';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
let PG: string;
let privateId: number;
beforeAll(async () => {
  api = await createTestApi();
  PG = `/api/v9/workspaces/${api.ws}/project_groups`;
  const res = await api.request({
    method: 'POST',
    url: `${api.wsPath}/projects`,
    payload: { name: 'Secret', private: true },
  });
  privateId = res.json().id;
});
afterAll(() => api.close());

const expectText = (res: { statusCode: number; headers: Record<string, unknown> }, status: number) => {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
};

describe('Track project groups', () => {
  it('lists the groups of the given projects', async () => {
    const res = await api.request({ url: `${PG}?project_ids=3001,3002,999999` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: expect.any(Number), group_id: 9001, pid: 3001, wid: api.ws },
      { id: expect.any(Number), group_id: 9002, pid: 3002, wid: api.ws },
    ]);
    expectText(await api.request({ url: PG }), 400);
    expectText(await api.request({ url: `${PG}?project_ids=1,x` }), 400);
    expectText(await api.request({ url: `/api/v9/workspaces/999999/project_groups?project_ids=1` }), 403);
  });

  it('adds a group to a project and removes it; Focus members show it', async () => {
    const res = await api.request({
      method: 'POST',
      url: PG,
      payload: { group_id: 9003, project_id: privateId },
    });
    expect(res.statusCode).toBe(200);
    const created = res.json();
    expect(created).toEqual({ id: expect.any(Number), group_id: 9003, pid: privateId, wid: api.ws });
    const members = (await api.request({ url: `${api.wsPath}/projects/${privateId}/members` })).json();
    expect(members.group_ids).toEqual([{ group_id: 9003, manager: null }]);
    expect((await api.request({ method: 'DELETE', url: `${PG}/${created.id}` })).statusCode).toBe(200);
    expect(api.db.prepare('SELECT COUNT(*) AS n FROM project_groups WHERE id = ?').get(created.id)).toEqual({
      n: 0,
    });
    expectText(await api.request({ method: 'DELETE', url: `${PG}/${created.id}` }), 404);
  });

  it('refuses unknown ids, duplicates and callers who do not manage the project', async () => {
    const before = api.count('project_groups');
    for (const payload of [
      { group_id: 999999, project_id: 3001 },
      { group_id: 9003, project_id: 999999 },
      { group_id: 9001, project_id: 3001 },
      { group_id: 'x', project_id: 3001 },
      {},
    ]) {
      expectText(await api.request({ method: 'POST', url: PG, payload }), 400);
    }
    const malformed = await api.request({
      method: 'POST',
      url: PG,
      headers: { 'content-type': 'application/json' },
      payload: '[',
    });
    expectText(malformed, 400);
    expect(malformed.body).toBe('Invalid JSON input');
    const plain = api.db
      .prepare(
        'SELECT user_id FROM project_users WHERE project_id = 3001 AND role_id = ? AND user_id <> 1001 LIMIT 1',
      )
      .get(ROLE_IDS.projectMember) as { user_id: number };
    const headers = { authorization: api.authAs(plain.user_id) };
    expectText(
      await api.request({ method: 'POST', url: PG, payload: { group_id: 9003, project_id: 3001 }, headers }),
      403,
    );
    const existing = api.db.prepare('SELECT id FROM project_groups WHERE project_id = 3001').get() as {
      id: number;
    };
    expectText(await api.request({ method: 'DELETE', url: `${PG}/${existing.id}`, headers }), 403);
    expect(api.count('project_groups')).toBe(before);
  });
});

describe('group membership grants sight of a private project', () => {
  it('shows the project to both users of a group added as a member, and not to a third user', async () => {
    const group = await api.request({
      method: 'POST',
      url: '/api/v9/organizations/4100/groups',
      payload: { name: 'Pair', users: [1002, 1003], workspaces: [api.ws] },
    });
    expect(group.statusCode).toBe(200);
    const groupId = group.json().group_id;
    const url = `${api.wsPath}/projects/${privateId}`;
    const sees = async (userId: number) => {
      const headers = { authorization: api.authAs(userId) };
      const one = await api.request({ url, headers });
      const list = (await api.request({ url: `${api.wsPath}/projects?per_page=100`, headers })).json();
      const listed = list.data.some((p: { id: number }) => p.id === privateId);
      expect(listed).toBe(one.statusCode === 200);
      return one.statusCode === 200;
    };
    for (const user of [1002, 1003, 1004]) expect(await sees(user)).toBe(false);
    const add = await api.request({
      method: 'POST',
      url: `${url}/members`,
      payload: { role_id: ROLE_IDS.projectMember, group_ids: [groupId] },
    });
    expect(add.statusCode).toBe(204);
    expect(await sees(1002)).toBe(true);
    expect(await sees(1003)).toBe(true);
    expect(await sees(1004)).toBe(false);
    // Dropping a user from the group takes the sight away again.
    const patch = await api.request({
      method: 'PATCH',
      url: `/api/v9/organizations/4100/groups/${groupId}`,
      payload: [{ op: 'remove', path: '/users', value: [1003] }],
    });
    expect(patch.statusCode).toBe(200);
    expect(await sees(1003)).toBe(false);
  });
});
