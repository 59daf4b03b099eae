import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingHoursListSchema } from '@/api/working-hours';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
});
afterAll(() => api.close());

const path = (userId: number) => `/api/organizations/${api.org}/workinghours/users/${userId}`;
const MEMBER = 1003;
const OTHER = 1005;

async function send(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  userId: number,
  payload?: unknown,
  as?: number,
) {
  return api.request({
    method,
    url: path(userId),
    payload: payload as object,
    headers: as ? { authorization: api.authAs(as) } : {},
  });
}
const week = async (userId: number) =>
  workingHoursListSchema.parse((await send('GET', userId)).json()).map((w) => [w.weekday, w.working_hours]);

describe('working hours', () => {
  it('creates weekdays, reads them in weekday order and answers the created entries', async () => {
    const res = await send('POST', MEMBER, [
      { weekday: 4, working_hours: 8 },
      { weekday: 1, working_hours: 7.5 },
    ]);
    expect(res.statusCode).toBe(200);
    const created = workingHoursListSchema.parse(res.json());
    expect(
      created.map((w) => [w.weekday, w.working_hours, w.starting_hours, w.user_id, w.organization_id]),
    ).toEqual([
      [4, 8, 9, MEMBER, api.org],
      [1, 7.5, 9, MEMBER, api.org],
    ]);
    expect(await week(MEMBER)).toEqual([
      [1, 7.5],
      [4, 8],
    ]);
  });

  it('updates hours and days, two entries may swap their days, and unknown ids are skipped', async () => {
    const [monday, thursday] = workingHoursListSchema.parse((await send('GET', MEMBER)).json());
    const res = await send('PUT', MEMBER, [
      { working_hour_id: monday.working_hour_id, weekday: 4, working_hours: 6 },
      { working_hour_id: thursday.working_hour_id, weekday: 1, working_hours: 8 },
      { working_hour_id: 999_999, working_hours: 1 },
    ]);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .map((w: { working_hour_id: number }) => w.working_hour_id)
        .sort(),
    ).toEqual([monday.working_hour_id, thursday.working_hour_id].sort());
    expect(await week(MEMBER)).toEqual([
      [1, 8],
      [4, 6],
    ]);
    const after = workingHoursListSchema.parse((await send('GET', MEMBER)).json());
    expect(after.find((w) => w.weekday === 4)!.working_hour_id).toBe(monday.working_hour_id);
    expect(after.find((w) => w.weekday === 4)!.updated_at > monday.updated_at).toBe(true);
  });

  it('deletes listed entries and skips ids that are not the user’s', async () => {
    const [monday] = workingHoursListSchema.parse((await send('GET', MEMBER)).json());
    const others = workingHoursListSchema.parse((await send('GET', 1002)).json());
    const res = await send('DELETE', MEMBER, [monday.working_hour_id, others[0].working_hour_id]);
    expect(res.statusCode).toBe(204);
    expect(await week(MEMBER)).toEqual([[4, 6]]);
    expect((await week(1002)).length).toBe(others.length);
  });

  it.each([
    ['a weekday taken already', [{ weekday: 4, working_hours: 2 }], 'weekday 4 already has working hours'],
    [
      'a weekday twice',
      [
        { weekday: 2, working_hours: 2 },
        { weekday: 2, working_hours: 3 },
      ],
      'listed twice',
    ],
    ['no weekday', [{ working_hours: 8 }], 'weekday: is required'],
    ['weekday 7', [{ weekday: 7, working_hours: 8 }], 'weekday'],
    ['25 hours', [{ weekday: 2, working_hours: 25 }], 'at most 24'],
    ['negative hours', [{ weekday: 2, working_hours: -1 }], 'negative'],
    ['an empty list', [], 'at least one'],
    ['no list', { weekday: 2, working_hours: 8 }, 'invalid body'],
  ])('refuses %s with a 400 and changes nothing', async (_name, body, text) => {
    const before = api.count('working_hours');
    const res = await send('POST', MEMBER, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error_description).toContain(text);
    expect(api.count('working_hours')).toBe(before);
  });

  it('a PUT that would put two entries on one day is a 400', async () => {
    await send('POST', MEMBER, [{ weekday: 2, working_hours: 5 }]);
    const [tuesday] = workingHoursListSchema.parse((await send('GET', MEMBER)).json());
    const res = await send('PUT', MEMBER, [
      { working_hour_id: tuesday.working_hour_id, weekday: 4, working_hours: 5 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(await week(MEMBER)).toEqual([
      [2, 5],
      [4, 6],
    ]);
  });

  it('a member changes their own week but not a colleague’s; everyone reads', async () => {
    expect((await send('POST', MEMBER, [{ weekday: 5, working_hours: 4 }], MEMBER)).statusCode).toBe(200);
    const refused = await send('POST', OTHER, [{ weekday: 5, working_hours: 4 }], MEMBER);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('forbidden');
    expect((await send('GET', OTHER, undefined, MEMBER)).statusCode).toBe(200);
  });

  it('a user outside the organization is a 400, a foreign organization a 403', async () => {
    expect((await send('GET', 999_999)).statusCode).toBe(400);
    const foreign = await api.request({ url: '/api/organizations/1/workinghours/users/1003' });
    expect(foreign.statusCode).toBe(403);
  });
});
