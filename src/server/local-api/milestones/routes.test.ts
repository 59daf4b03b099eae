import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestonePageSchema, milestoneSchema } from '@/api/milestone';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
let privateProject: number;
let outsider: number;
beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
  ({ privateProject, outsider } = api.privateProjectAndOutsider());
});
afterAll(() => api.close());

const BASE = '/api/workspaces/5200/milestones';
async function send(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  as?: number,
) {
  return api.request({
    method,
    url,
    payload: payload as object,
    headers: as ? { authorization: api.authAs(as) } : {},
  });
}
async function create(body: Record<string, unknown>) {
  const res = await send('POST', BASE, { color: '#d94182', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return milestoneSchema.parse(res.json());
}
/** One milestone as GET answers it. */
const read = async (id: number) => milestoneSchema.parse((await send('GET', `${BASE}/${id}`)).json());
/** A PUT or PATCH of one milestone; its status code. */
const write = async (method: 'PUT' | 'PATCH', id: number, body: Record<string, unknown>) =>
  (await send(method, `${BASE}/${id}`, body)).statusCode;
const list = async (query = '', as?: number) => {
  const res = await send('GET', `${BASE}${query}`, undefined, as);
  expect(res.statusCode, res.body).toBe(200);
  return milestonePageSchema.parse(res.json());
};

describe('milestones', () => {
  it('creates one with its projects and teams and reads it back', async () => {
    const m = await create({
      name: ' Beta ',
      due_date: '2031-04-01',
      project_ids: [3001, 3002],
      team_ids: [9001],
    });
    expect(m).toMatchObject({
      workspace_id: 5200,
      name: 'Beta',
      due_date: '2031-04-01',
      project_ids: [3001, 3002],
      team_ids: [9001],
    });
    expect(m.completed_at).toBeUndefined();
    expect((await send('GET', `${BASE}/${m.id}`)).json()).toEqual(m);
  });

  it('lists by due date, filters by dates, project (or none) and team, and pages', async () => {
    await create({ name: 'Launch', due_date: '2031-05-01', project_ids: [3001] });
    await create({ name: 'Kick-off', due_date: '2031-03-01' });
    expect((await list()).data.map((m) => m.name)).toEqual(['Kick-off', 'Beta', 'Launch']);
    expect((await list('?order_by=-name')).data.map((m) => m.name)).toEqual(['Launch', 'Kick-off', 'Beta']);
    expect((await list('?due_date_from=2031-03-15&due_date_to=2031-04-30')).data.map((m) => m.name)).toEqual([
      'Beta',
    ]);
    expect((await list('?project_id=3001')).data.map((m) => m.name)).toEqual(['Beta', 'Launch']);
    expect((await list('?project_id=,3002')).data.map((m) => m.name)).toEqual(['Kick-off', 'Beta']);
    expect((await list('?team_id=9001')).data.map((m) => m.name)).toEqual(['Beta']);
    const page = await list('?per_page=2&page=2');
    expect(page).toMatchObject({ page: 2, per_page: 2 });
    expect(page.data.map((m) => m.name)).toEqual(['Launch']);
  });

  it('PUT replaces (left-out fields are cleared); PATCH changes only what it names', async () => {
    const m = await create({
      name: 'Review',
      due_date: '2031-06-01',
      project_ids: [3003],
      completed_at: '2031-05-30T10:00:00+02:00',
    });
    expect(m.completed_at).toBe('2031-05-30T08:00:00Z');
    const replacement = { name: 'Review 2', color: '#000000', due_date: '2031-06-02' };
    expect(await write('PUT', m.id, replacement)).toBe(204);
    const replaced = await read(m.id);
    expect(replaced).toMatchObject({ ...replacement, project_ids: [] });
    expect(replaced.completed_at).toBeUndefined();
    expect(replaced.updated_at! > m.updated_at!).toBe(true);

    const change = { due_date: '2031-06-09', completed_at: '2031-06-09T12:00:00Z' };
    expect(await write('PATCH', m.id, change)).toBe(204);
    expect(await read(m.id)).toMatchObject({ name: 'Review 2', ...change });
    await send('PATCH', `${BASE}/${m.id}`, { completed_at: null, color: null });
    const reopened = await read(m.id);
    expect(reopened.completed_at).toBeUndefined();
    expect(reopened.color).toBe('#0b83d9');
  });

  it('DELETE is soft: gone from the list and every operation until restored', async () => {
    const m = await create({ name: 'Temporary', due_date: '2031-07-01' });
    expect((await send('DELETE', `${BASE}/${m.id}`)).statusCode).toBe(204);
    expect((await send('GET', `${BASE}/${m.id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `${BASE}/${m.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await list()).data.map((x) => x.id)).not.toContain(m.id);
    expect((await send('PATCH', `${BASE}/${m.id}/restore`)).statusCode).toBe(204);
    expect((await send('GET', `${BASE}/${m.id}`)).json()).toMatchObject({ id: m.id, name: 'Temporary' });
    expect((await send('PATCH', `${BASE}/${m.id}/restore`)).statusCode).toBe(204);
    expect((await send('PATCH', `${BASE}/999999/restore`)).statusCode).toBe(404);
  });

  it('a milestone of a private project alone is invisible to who cannot see the project', async () => {
    const m = await create({ name: 'Secret', due_date: '2031-08-01', project_ids: [privateProject] });
    expect((await send('GET', `${BASE}/${m.id}`, undefined, outsider)).statusCode).toBe(404);
    expect((await list('', outsider)).data.map((x) => x.name)).not.toContain('Secret');
    const refused = await send(
      'POST',
      BASE,
      { name: 'Mine', color: '#fff', due_date: '2031-08-01', project_ids: [privateProject] },
      outsider,
    );
    expect(refused.statusCode).toBe(400);
  });

  it.each([
    ['no name', { color: '#fff', due_date: '2031-01-01' }],
    ['a blank name', { name: '  ', color: '#fff', due_date: '2031-01-01' }],
    ['no colour', { name: 'x', due_date: '2031-01-01' }],
    ['a due date that is no date', { name: 'x', color: '#fff', due_date: '2031-02-30' }],
    ['a project of no workspace', { name: 'x', color: '#fff', due_date: '2031-01-01', project_ids: [1] }],
    ['an unknown team', { name: 'x', color: '#fff', due_date: '2031-01-01', team_ids: [1] }],
    ['a repeated project', { name: 'x', color: '#fff', due_date: '2031-01-01', project_ids: [3001, 3001] }],
  ])('refuses %s with a 400 and creates nothing', async (_name, body) => {
    const before = api.count('milestones');
    const res = await send('POST', BASE, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
    expect(api.count('milestones')).toBe(before);
  });

  it('refuses a bad query with a 400 and a foreign workspace with a 403', async () => {
    expect((await send('GET', `${BASE}?order_by=color`)).statusCode).toBe(400);
    expect((await send('GET', `${BASE}?due_date_from=2031-05-01&due_date_to=2031-04-01`)).statusCode).toBe(
      400,
    );
    expect((await send('GET', '/api/workspaces/1/milestones')).statusCode).toBe(403);
  });
});
