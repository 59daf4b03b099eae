import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
let P: string;
beforeAll(async () => {
  api = await createTestApi();
  P = `${api.wsPath}/projects`;
});
afterAll(() => api.close());

type Row = Record<string, unknown>;
const row = (id: number) => api.db.prepare('SELECT * FROM projects WHERE id = ?').get(id) as Row;
const ids = (body: { data: { id: number }[] }) => body.data.map((p) => p.id);
const create = async (payload: Row) => {
  const res = await api.request({ method: 'POST', url: P, payload });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: number } & Row;
};
/** A seeded user who is not an organization admin and not on the project. */
const outsider = (projectId: number) =>
  (
    api.db
      .prepare(
        `SELECT id FROM users WHERE id <> 1001 AND id NOT IN (SELECT user_id FROM project_users WHERE project_id = ?)
           AND id NOT IN (SELECT gu.user_id FROM group_users gu JOIN project_groups pg ON pg.group_id = gu.group_id
                          WHERE pg.project_id = ?) ORDER BY id LIMIT 1`,
      )
      .get(projectId, projectId) as { id: number }
  ).id;

describe('GET /projects', () => {
  it('pages live projects with a total and aggregations from real rows', async () => {
    const res = await api.request({ url: `${P}?per_page=2&page=2` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 2, per_page: 2, total: 6 });
    expect(body.data).toHaveLength(2);
    const all = (await api.request({ url: P })).json();
    const p = all.data.find((x: { id: number }) => x.id === 3001);
    const agg = api.db
      .prepare(
        'SELECT COALESCE(SUM(estimated_mins),0) AS mins, COUNT(*) AS n FROM tasks WHERE project_id = 3001 AND deleted_at IS NULL',
      )
      .get() as { mins: number; n: number };
    expect(p.task_estimated_mins).toBe(agg.mins);
    expect(p.total_tasks).toBe(agg.n);
    expect(typeof p.total_tracked_secs).toBe('number');
    expect(p.rate).toBeUndefined();
    // Default order is by name.
    const names = all.data.map((x: { name: string }) => x.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });

  it('applies pinned, private, name (project or client), client, creator, tag and project filters', async () => {
    expect(ids((await api.request({ url: `${P}?pinned=true` })).json())).toEqual([3001]);
    expect(ids((await api.request({ url: `${P}?private=true` })).json())).toEqual([3004]);
    expect(ids((await api.request({ url: `${P}?name=mobile` })).json())).toEqual([3002]);
    const byClient = (await api.request({ url: `${P}?name=globex` })).json();
    expect(byClient.data.every((p: { client_id: number }) => p.client_id === 6002)).toBe(true);
    expect(
      ids((await api.request({ url: `${P}?client_id=6001&order_by=created_at` })).json()).sort(),
    ).toEqual([3001, 3005]);
    expect((await api.request({ url: `${P}?creator_id=1002` })).json().total).toBe(0);
    expect(ids((await api.request({ url: `${P}?tag_id=8002` })).json())).toEqual([3002]);
    expect(ids((await api.request({ url: `${P}?project_id=3003,3002&order_by=-name` })).json())).toEqual([
      3003, 3002,
    ]);
    const rates = (await api.request({ url: `${P}?include_rates=true&project_id=3001` })).json();
    expect(rates.data[0].rate).toBeNull();
  });

  it('filters by date overlap (and the legacy names)', async () => {
    api.db
      .prepare("UPDATE projects SET start_date = '2030-01-10', end_date = '2030-01-20' WHERE id = 3006")
      .run();
    expect(
      ids((await api.request({ url: `${P}?start_date=2030-01-15&end_date=2030-02-01` })).json()),
    ).toEqual([3006]);
    expect(
      ids(
        (await api.request({ url: `${P}?date_overlap_start=2030-01-20&date_overlap_end=2030-01-20` })).json(),
      ),
    ).toEqual([3006]);
    expect((await api.request({ url: `${P}?start_date=2030-01-21&end_date=2030-02-01` })).json().total).toBe(
      0,
    );
    const bad = await api.request({ url: `${P}?start_date=2030-02-30` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('bad_request');
    expect((await api.request({ url: `${P}?start_date=2030-02-01&end_date=2030-01-01` })).statusCode).toBe(
      400,
    );
  });

  it('treats archived as omitted = active, true = archived, false = active, empty = all', async () => {
    const p = await create({ name: 'Archive me' });
    expect((await api.request({ method: 'PATCH', url: `${P}/${p.id}/archive` })).statusCode).toBe(204);
    expect(ids((await api.request({ url: `${P}?per_page=100` })).json())).not.toContain(p.id);
    expect(ids((await api.request({ url: `${P}?archived=false&per_page=100` })).json())).not.toContain(p.id);
    expect(ids((await api.request({ url: `${P}?archived=true` })).json())).toEqual([p.id]);
    const all = (await api.request({ url: `${P}?archived=&per_page=100` })).json();
    expect(ids(all)).toContain(p.id);
    expect(ids(all)).toContain(3001);
    expect((await api.request({ url: `${P}?archived=maybe` })).statusCode).toBe(400);
  });

  it('rejects unknown order_by terms, bad paging and malformed ids with 400', async () => {
    for (const q of [
      'order_by=name;drop',
      'order_by=-created_by_user',
      'per_page=101',
      'page=0',
      'client_id=1,x',
      'tag_id=-3',
    ]) {
      const res = await api.request({ url: `${P}?${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error_description).toMatch(/invalid query/);
    }
  });

  it('shows private projects only to admins and members, and guards user_id', async () => {
    const user = outsider(3004);
    const asUser = { authorization: api.authAs(user) };
    const list = (await api.request({ url: `${P}?per_page=100`, headers: asUser })).json();
    expect(ids(list)).not.toContain(3004);
    expect(list.total).toBe(5);
    expect((await api.request({ url: `${P}/3004`, headers: asUser })).statusCode).toBe(404);
    // The admin inspecting that user sees the same scope.
    expect(ids((await api.request({ url: `${P}?user_id=${user}&per_page=100` })).json())).not.toContain(3004);
    expect((await api.request({ url: `${P}?user_id=1001`, headers: asUser })).statusCode).toBe(403);
    expect((await api.request({ url: `${P}?user_id=${user}`, headers: asUser })).statusCode).toBe(200);
  });
});

describe('POST /projects and GET /projects/{id}', () => {
  it('creates a project with tags, makes the creator a manager and answers 201 with the project', async () => {
    const body = await create({
      name: 'New one',
      client_id: 6002,
      tag_ids: [8001, 8003],
      start_date: '2026-01-01',
      end_date: '2026-02-01',
      estimated_mins: 600,
      fixed_fee: { amount: 1200.5, currency: 'EUR' },
      private: true,
      color: '#123456',
    });
    expect(body).toMatchObject({
      name: 'New one',
      client_id: 6002,
      client: { id: 6002, name: 'Globex' },
      tag_ids: [8001, 8003],
      private: true,
      fixed_fee: { amount: 1200.5, currency: 'EUR' },
      toggl_user_id: 1001,
      active: true,
      workspace_id: api.ws,
    });
    const got = await api.request({ url: `${P}/${body.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({
      id: body.id,
      task_estimated_mins: 0,
      total_tasks: 0,
      total_tracked_secs: 0,
    });
    const members = (await api.request({ url: `${P}/${body.id}/members` })).json();
    expect(members.user_ids).toEqual([{ user_id: 1001, manager: true }]);
  });

  it('rejects bad payloads with 400 and writes nothing', async () => {
    const before = api.count('projects');
    const tagsBefore = api.count('project_tags');
    for (const payload of [
      {},
      { name: '   ' },
      { name: 'x', client_id: 999999 },
      { name: 'x', tag_ids: [8001, 424242] },
      { name: 'x', parent_project_id: 777777 },
      { name: 'x', start_date: '2026-13-01' },
      { name: 'x', start_date: '2026-02-02', end_date: '2026-02-01' },
      { name: 'x', estimated_mins: -1 },
      { name: 'x', client_id: 'abc' },
      { name: 'x', tag_ids: [8001, 8001] },
    ]) {
      const res = await api.request({ method: 'POST', url: P, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toBe('bad_request');
    }
    const malformed = await api.request({
      method: 'POST',
      url: P,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(api.count('projects')).toBe(before);
    expect(api.count('project_tags')).toBe(tagsBefore);
  });

  it('answers 404 for unknown and deleted projects and 400 for bad ids', async () => {
    expect((await api.request({ url: `${P}/999999` })).json().error_description).toBe(
      'Project does not exist',
    );
    expect((await api.request({ url: `${P}/999999` })).statusCode).toBe(404);
    expect((await api.request({ url: `${P}/-1` })).statusCode).toBe(400);
    expect((await api.request({ url: `${P}/abc` })).statusCode).toBe(400);
  });
});

describe('PUT, PATCH, DELETE and state changes', () => {
  it('PUT replaces the project (absent fields reset) and answers 204', async () => {
    const p = await create({ name: 'Put me', description: 'old', client_id: 6001, tag_ids: [8001] });
    const res = await api.request({
      method: 'PUT',
      url: `${P}/${p.id}`,
      payload: { name: 'Replaced', tag_ids: [8002], billable: true },
    });
    expect(res.statusCode).toBe(204);
    expect(row(p.id)).toMatchObject({ name: 'Replaced', description: null, client_id: null, billable: 1 });
    const got = (await api.request({ url: `${P}/${p.id}` })).json();
    expect(got.tag_ids).toEqual([8002]);
    expect(
      (await api.request({ method: 'PUT', url: `${P}/999999`, payload: { name: 'x' } })).statusCode,
    ).toBe(404);
    expect(
      (await api.request({ method: 'PUT', url: `${P}/${p.id}`, payload: { description: 'no name' } }))
        .statusCode,
    ).toBe(400);
  });

  it('PATCH changes only given fields and clears nullable ones with null', async () => {
    const p = await create({
      name: 'Patch me',
      client_id: 6001,
      color: '#111111',
      description: 'd',
      start_date: '2026-01-01',
      end_date: '2026-01-31',
      estimated_mins: 60,
      rrule: 'FREQ=WEEKLY',
      tag_ids: [8001],
    });
    const cleared = {
      client_id: null,
      color: null,
      description: null,
      start_date: null,
      end_date: null,
      estimated_mins: null,
      rrule: null,
    };
    const res = await api.request({ method: 'PATCH', url: `${P}/${p.id}`, payload: cleared });
    expect(res.statusCode).toBe(204);
    expect(row(p.id)).toMatchObject({ name: 'Patch me', ...cleared });
    expect(api.db.prepare('SELECT COUNT(*) AS n FROM project_tags WHERE project_id = ?').get(p.id)).toEqual({
      n: 1,
    });
    expect(
      (
        await api.request({
          method: 'PATCH',
          url: `${P}/${p.id}`,
          payload: { name: 'Renamed', pinned: true },
        })
      ).statusCode,
    ).toBe(204);
    expect(row(p.id)).toMatchObject({ name: 'Renamed', pinned: 1 });
    expect(
      (await api.request({ method: 'PATCH', url: `${P}/${p.id}`, payload: { name: null } })).statusCode,
    ).toBe(400);
  });

  it('PATCH checks dates against the stored ones and rejects cycles in the tree', async () => {
    const root = await create({ name: 'Root', start_date: '2026-03-01' });
    const child = await create({ name: 'Child', parent_project_id: root.id });
    const grandchild = await create({ name: 'Grandchild', parent_project_id: child.id });
    const bad = await api.request({
      method: 'PATCH',
      url: `${P}/${root.id}`,
      payload: { end_date: '2026-02-01' },
    });
    expect(bad.statusCode).toBe(400);
    for (const parent of [root.id, grandchild.id]) {
      const res = await api.request({
        method: 'PATCH',
        url: `${P}/${root.id}`,
        payload: { parent_project_id: parent },
      });
      expect(res.statusCode).toBe(400);
    }
    expect(row(root.id).parent_project_id).toBeNull();
    expect(row(root.id).end_date).toBeNull();
    // Moving a leaf elsewhere is fine, and so is clearing the parent.
    expect(
      (
        await api.request({
          method: 'PATCH',
          url: `${P}/${grandchild.id}`,
          payload: { parent_project_id: root.id },
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await api.request({
          method: 'PATCH',
          url: `${P}/${grandchild.id}`,
          payload: { parent_project_id: null },
        })
      ).statusCode,
    ).toBe(204);
  });

  it('DELETE soft-deletes; restore brings the project back', async () => {
    const p = await create({ name: 'Delete me' });
    expect((await api.request({ method: 'DELETE', url: `${P}/${p.id}` })).statusCode).toBe(204);
    expect(row(p.id).deleted_at).toEqual(expect.any(String));
    expect((await api.request({ url: `${P}/${p.id}` })).statusCode).toBe(404);
    expect(ids((await api.request({ url: `${P}?archived=&per_page=100` })).json())).not.toContain(p.id);
    expect((await api.request({ method: 'DELETE', url: `${P}/${p.id}` })).statusCode).toBe(404);
    expect((await api.request({ method: 'PATCH', url: `${P}/${p.id}/restore` })).statusCode).toBe(204);
    expect(row(p.id).deleted_at).toBeNull();
    expect((await api.request({ url: `${P}/${p.id}` })).statusCode).toBe(200);
    expect((await api.request({ method: 'PATCH', url: `${P}/999999/restore` })).statusCode).toBe(404);
  });

  it('archives, unarchives, pins and unpins', async () => {
    const p = await create({ name: 'States' });
    expect((await api.request({ method: 'PATCH', url: `${P}/${p.id}/archive` })).statusCode).toBe(204);
    expect((await api.request({ url: `${P}/${p.id}` })).json()).toMatchObject({
      active: false,
      archived_at: expect.any(String),
    });
    expect((await api.request({ method: 'PATCH', url: `${P}/${p.id}/unarchive` })).statusCode).toBe(204);
    expect(row(p.id).archived_at).toBeNull();
    expect((await api.request({ method: 'POST', url: `${P}/${p.id}/pinned` })).statusCode).toBe(204);
    expect(row(p.id).pinned).toBe(1);
    expect((await api.request({ method: 'DELETE', url: `${P}/${p.id}/pinned` })).statusCode).toBe(204);
    expect(row(p.id).pinned).toBe(0);
    for (const [method, suffix] of [
      ['PATCH', 'archive'],
      ['PATCH', 'unarchive'],
      ['POST', 'pinned'],
      ['DELETE', 'pinned'],
    ] as const) {
      expect((await api.request({ method, url: `${P}/999999/${suffix}` })).statusCode).toBe(404);
    }
  });

  it('lets only admins and project managers change a project (403), hiding private ones (404)', async () => {
    const user = outsider(3001);
    const headers = { authorization: api.authAs(user) };
    const before = row(3001);
    expect(
      (await api.request({ method: 'PATCH', url: `${P}/3001`, headers, payload: { name: 'Hijack' } }))
        .statusCode,
    ).toBe(403);
    expect((await api.request({ method: 'DELETE', url: `${P}/3001`, headers })).statusCode).toBe(403);
    expect((await api.request({ method: 'PATCH', url: `${P}/3001/archive`, headers })).statusCode).toBe(403);
    expect(row(3001)).toEqual(before);
    const hidden = outsider(3004);
    const res = await api.request({
      method: 'PATCH',
      url: `${P}/3004`,
      headers: { authorization: api.authAs(hidden) },
      payload: { name: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /children and /parents', () => {
  it('lists the project with its sub-projects, and with its parent chain', async () => {
    const a = await create({ name: 'Tree A' });
    const b = await create({ name: 'Tree B', parent_project_id: a.id });
    const c = await create({ name: 'Tree C', parent_project_id: b.id });
    const d = await create({ name: 'Tree D', parent_project_id: a.id });
    const children = await api.request({ url: `${P}/${a.id}/children` });
    expect(children.statusCode).toBe(200);
    expect(children.json()).toMatchObject({ page: 1, per_page: 50 });
    expect(ids(children.json())).toEqual([a.id, b.id, d.id, c.id]);
    expect(children.json().data[0]).toHaveProperty('task_estimated_mins', 0);
    expect(
      ids((await api.request({ url: `${P}/${a.id}/children?order_by=-name&per_page=2` })).json()),
    ).toEqual([d.id, c.id]);
    const parents = (await api.request({ url: `${P}/${c.id}/parents` })).json();
    expect(ids(parents)).toEqual([c.id, b.id, a.id]);
    expect(parents.data[0]).not.toHaveProperty('task_estimated_mins');
    expect((await api.request({ url: `${P}/999999/children` })).statusCode).toBe(404);
    expect((await api.request({ url: `${P}/999999/parents` })).statusCode).toBe(404);
    expect((await api.request({ url: `${P}/${a.id}/children?order_by=client_name` })).statusCode).toBe(400);
  });
});
