import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../db/generate';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
let P: string;
let projectId: number;
beforeAll(async () => {
  api = await createTestApi();
  P = `${api.wsPath}/projects`;
  // A fresh project: only the demo user (its creator, a manager) is on it.
  const res = await api.request({ method: 'POST', url: P, payload: { name: 'Members', private: true } });
  projectId = res.json().id;
});
afterAll(() => api.close());

const M = () => `${P}/${projectId}/members`;
const members = async (id = projectId) => (await api.request({ url: `${P}/${id}/members` })).json();
const counts = () => [api.count('project_users'), api.count('project_groups')];

describe('GET /projects/{id}/members', () => {
  it('lists users and groups with their manager flag', async () => {
    const res = await api.request({ url: `${P}/3001/members` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.project_id).toBe(3001);
    const managers = api.db
      .prepare('SELECT user_id FROM project_users WHERE project_id = 3001 AND role_id = ? ORDER BY user_id')
      .all(ROLE_IDS.projectManager)
      .map((r) => (r as { user_id: number }).user_id);
    expect(
      body.user_ids.filter((u: { manager: boolean }) => u.manager).map((u: { user_id: number }) => u.user_id),
    ).toEqual(managers);
    expect(body.group_ids).toEqual([{ group_id: 9001, manager: false }]);
  });

  it('answers 404 for unknown projects and private ones the caller cannot see', async () => {
    const res = await api.request({ url: `${P}/999999/members` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error_description).toBe('Project not found');
    expect((await api.request({ url: M(), headers: { authorization: api.authAs(1002) } })).statusCode).toBe(
      404,
    );
  });

  it('lists members of several projects at once, skipping unknown ones', async () => {
    const res = await api.request({ url: `${P}/members?ids=3002,999999,3001` });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((m: { project_id: number }) => m.project_id)).toEqual([3002, 3001]);
    expect((await api.request({ url: `${P}/members` })).statusCode).toBe(400);
    expect((await api.request({ url: `${P}/members?ids=a` })).statusCode).toBe(400);
  });
});

describe('POST /projects/{id}/members', () => {
  it('adds users and groups with a project role (204)', async () => {
    const res = await api.request({
      method: 'POST',
      url: M(),
      payload: { role_id: ROLE_IDS.projectMember, user_ids: [1002, 1003], group_ids: [9002] },
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const body = await members();
    expect(body.user_ids).toEqual([
      { user_id: 1001, manager: true },
      { user_id: 1002, manager: false },
      { user_id: 1003, manager: false },
    ]);
    expect(body.group_ids).toEqual([{ group_id: 9002, manager: false }]);
    // The group shows in Track's project groups too.
    const track = await api.request({
      url: `/api/v9/workspaces/${api.ws}/project_groups?project_ids=${projectId}`,
    });
    expect(track.json()).toEqual([expect.objectContaining({ group_id: 9002, pid: projectId, wid: api.ws })]);
  });

  it('rejects unknown users, groups and roles with 400 and writes nothing', async () => {
    const before = counts();
    for (const payload of [
      { role_id: ROLE_IDS.projectMember, user_ids: [1004, 999999] },
      { role_id: ROLE_IDS.projectMember, group_ids: [9003, 999999] },
      { role_id: 999999, user_ids: [1004] },
      { role_id: ROLE_IDS.orgAdmin, user_ids: [1004] },
      { role_id: ROLE_IDS.projectMember },
      { user_ids: [1004] },
      { role_id: ROLE_IDS.projectMember, user_ids: ['1004'] },
    ]) {
      const res = await api.request({ method: 'POST', url: M(), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toBe('bad_request');
    }
    expect(counts()).toEqual(before);
  });

  it('answers 404 for an unknown project and 403 for callers who do not manage it', async () => {
    const payload = { role_id: ROLE_IDS.projectMember, user_ids: [1005] };
    expect((await api.request({ method: 'POST', url: `${P}/999999/members`, payload })).statusCode).toBe(404);
    // 1002 is a plain member: sees the project, may not change its members.
    const before = counts();
    const res = await api.request({
      method: 'POST',
      url: M(),
      payload,
      headers: { authorization: api.authAs(1002) },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('forbidden');
    expect(counts()).toEqual(before);
  });
});

describe('PUT and DELETE /projects/{id}/members', () => {
  it('changes one member role; a manager may then manage members', async () => {
    const res = await api.request({
      method: 'PUT',
      url: M(),
      payload: { user_id: 1002, role_id: ROLE_IDS.projectManager },
    });
    expect(res.statusCode).toBe(204);
    expect((await members()).user_ids).toContainEqual({ user_id: 1002, manager: true });
    expect(
      (
        await api.request({
          method: 'PUT',
          url: M(),
          payload: { group_id: 9002, role_id: ROLE_IDS.projectManager },
        })
      ).statusCode,
    ).toBe(204);
    expect((await members()).group_ids).toEqual([{ group_id: 9002, manager: true }]);
    const asManager = await api.request({
      method: 'POST',
      url: M(),
      payload: { role_id: ROLE_IDS.projectMember, user_ids: [1006] },
      headers: { authorization: api.authAs(1002) },
    });
    expect(asManager.statusCode).toBe(204);
  });

  it('rejects bad role changes with 400 and leaves roles as they were', async () => {
    const snapshot = () =>
      api.db
        .prepare('SELECT user_id, role_id FROM project_users WHERE project_id = ? ORDER BY user_id')
        .all(projectId);
    const before = snapshot();
    for (const payload of [
      { user_id: 1003, role_id: 999999 },
      { user_id: 999999, role_id: ROLE_IDS.projectMember },
      { group_id: 999999, role_id: ROLE_IDS.projectMember },
      { user_id: 1012, role_id: ROLE_IDS.projectMember },
      { user_id: 1003, group_id: 9002, role_id: ROLE_IDS.projectMember },
      { role_id: ROLE_IDS.projectMember },
    ]) {
      expect(
        (await api.request({ method: 'PUT', url: M(), payload })).statusCode,
        JSON.stringify(payload),
      ).toBe(400);
    }
    expect(snapshot()).toEqual(before);
    expect(
      (
        await api.request({
          method: 'PUT',
          url: `${P}/999999/members`,
          payload: { user_id: 1003, role_id: 6 },
        })
      ).statusCode,
    ).toBe(404);
    const denied = await api.request({
      method: 'PUT',
      url: M(),
      payload: { user_id: 1003, role_id: ROLE_IDS.projectManager },
      headers: { authorization: api.authAs(1003) },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('removes one user or one group', async () => {
    expect((await api.request({ method: 'DELETE', url: M(), payload: { user_id: 1003 } })).statusCode).toBe(
      204,
    );
    expect((await api.request({ method: 'DELETE', url: M(), payload: { group_id: 9002 } })).statusCode).toBe(
      204,
    );
    const body = await members();
    expect(body.user_ids.map((u: { user_id: number }) => u.user_id)).not.toContain(1003);
    expect(body.group_ids).toEqual([]);
    const before = counts();
    for (const payload of [
      { user_id: 1003 },
      { user_id: 999999 },
      { group_id: 999999 },
      {},
      { user_id: 1002, group_id: 9001 },
    ]) {
      expect(
        (await api.request({ method: 'DELETE', url: M(), payload })).statusCode,
        JSON.stringify(payload),
      ).toBe(400);
    }
    expect((await api.request({ method: 'DELETE', url: M() })).statusCode).toBe(400);
    expect(
      (await api.request({ method: 'DELETE', url: `${P}/999999/members`, payload: { user_id: 1002 } }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await api.request({
          method: 'DELETE',
          url: M(),
          payload: { user_id: 1002 },
          headers: { authorization: api.authAs(1006) },
        })
      ).statusCode,
    ).toBe(403);
    expect(counts()).toEqual(before);
  });
});
