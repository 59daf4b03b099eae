import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeOffListSchema, timeOffLiteListSchema } from '@/api/time-off';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
});
afterAll(() => api.close());

const PERSON = 1004;
const MEMBER = 1003;
const userPath = (userId: number) => `/api/organizations/${api.org}/timeoff/users/${userId}`;

async function send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, as?: number) {
  return api.request({
    method,
    url,
    payload: payload as object,
    headers: as ? { authorization: api.authAs(as) } : {},
  });
}
const entriesOf = async (userId: number, from = '2031-01-01', to = '2031-12-31') => {
  const res = await send('GET', `${userPath(userId)}?from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return timeOffListSchema.parse(res.json());
};

describe('time off of one user', () => {
  it('creates entries (offsets discarded, not converted) and answers them with their ids', async () => {
    const res = await send('POST', userPath(PERSON), [
      { start_time: '2031-03-03T00:00:00Z', end_time: '2031-03-08T00:00:00Z', type: 'vacation' },
      { start_time: '2031-03-10T09:00:00+02:00', end_time: '2031-03-10T13:00:00+02:00' },
    ]);
    expect(res.statusCode).toBe(200);
    const created = timeOffListSchema.parse(res.json());
    expect(created.map((e) => [e.start_time, e.end_time, e.type ?? null, e.user_id])).toEqual([
      ['2031-03-03T00:00:00Z', '2031-03-08T00:00:00Z', 'vacation', PERSON],
      ['2031-03-10T09:00:00Z', '2031-03-10T13:00:00Z', null, PERSON],
    ]);
    expect('type' in created[1]).toBe(false);
    expect(created[0].timeoff_id).toBeGreaterThan(0);
  });

  it('reads entries overlapping a UTC window, `to` inclusive, an entry across an edge included', async () => {
    expect((await entriesOf(PERSON, '2031-03-07', '2031-03-07')).length).toBe(1);
    expect((await entriesOf(PERSON, '2031-03-08', '2031-03-09')).length).toBe(0);
    expect((await entriesOf(PERSON, '2031-03-01', '2031-03-03')).length).toBe(1);
    expect((await entriesOf(PERSON, '2031-03-10', '2031-03-10')).map((e) => e.start_time)).toEqual([
      '2031-03-10T09:00:00Z',
    ]);
    // The last day there is: its next day has no four-digit year.
    expect((await entriesOf(PERSON, '2031-01-01', '9999-12-31')).length).toBe(2);
    const org = await send(
      'GET',
      `/api/organizations/${api.org}/timeoff?user_id=${PERSON}&start_date=2031-01-01&end_date=9999-12-31`,
    );
    expect(org.statusCode).toBe(200);
    expect(timeOffLiteListSchema.parse(org.json()).length).toBe(2);
  });

  it('an overlap with an entry or within the request is a 409 and creates nothing', async () => {
    const before = api.count('time_off');
    const clash = await send('POST', userPath(PERSON), [
      { start_time: '2031-03-07T12:00:00Z', end_time: '2031-03-09T00:00:00Z' },
    ]);
    expect(clash.statusCode).toBe(409);
    const inside = await send('POST', userPath(PERSON), [
      { start_time: '2031-04-01T00:00:00Z', end_time: '2031-04-03T00:00:00Z' },
      { start_time: '2031-04-02T00:00:00Z', end_time: '2031-04-04T00:00:00Z' },
    ]);
    expect(inside.statusCode).toBe(409);
    expect(inside.json()).toMatchObject({
      error: 'conflict',
      error_description: expect.stringContaining('overlaps'),
    });
    expect(api.count('time_off')).toBe(before);
    // Touching is no overlap: one may end where the next begins.
    const next = await send('POST', userPath(PERSON), [
      { start_time: '2031-03-08T00:00:00Z', end_time: '2031-03-09T00:00:00Z', type: 'sick' },
    ]);
    expect(next.statusCode).toBe(200);
  });

  it('updates in full: no type clears it, unknown ids are skipped, an overlap fails it all', async () => {
    const [vacation, sick] = await entriesOf(PERSON, '2031-03-03', '2031-03-08');
    const res = await send('PUT', userPath(PERSON), [
      {
        timeoff_id: vacation.timeoff_id,
        start_time: '2031-03-02T00:00:00Z',
        end_time: '2031-03-07T00:00:00Z',
      },
      { timeoff_id: 999_999, start_time: '2031-05-01T00:00:00Z', end_time: '2031-05-02T00:00:00Z' },
    ]);
    expect(res.statusCode).toBe(200);
    const [updated] = timeOffListSchema.parse(res.json());
    expect(res.json()).toHaveLength(1);
    expect(updated).toMatchObject({ timeoff_id: vacation.timeoff_id, start_time: '2031-03-02T00:00:00Z' });
    expect(updated.type).toBeUndefined();
    expect(updated.updated_at > vacation.updated_at).toBe(true);

    const overlap = await send('PUT', userPath(PERSON), [
      {
        timeoff_id: vacation.timeoff_id,
        start_time: '2031-03-01T00:00:00Z',
        end_time: '2031-03-05T00:00:00Z',
        type: 'other',
      },
      {
        timeoff_id: sick.timeoff_id,
        start_time: '2031-03-04T00:00:00Z',
        end_time: '2031-03-06T00:00:00Z',
        type: 'sick',
      },
    ]);
    expect(overlap.statusCode).toBe(409);
    const after = await entriesOf(PERSON, '2031-03-01', '2031-03-10');
    expect(after.map((e) => [e.start_time, e.type ?? null])).toEqual([
      ['2031-03-02T00:00:00Z', null],
      ['2031-03-08T00:00:00Z', 'sick'],
      ['2031-03-10T09:00:00Z', null],
    ]);
  });

  it('deletes listed entries of the user, skipping ids that are not theirs', async () => {
    const [first] = await entriesOf(PERSON);
    const other = await send('POST', userPath(MEMBER), [
      { start_time: '2031-03-02T00:00:00Z', end_time: '2031-03-03T00:00:00Z' },
    ]);
    const theirs = timeOffListSchema.parse(other.json())[0].timeoff_id;
    const res = await send('DELETE', userPath(PERSON), [first.timeoff_id, theirs]);
    expect(res.statusCode).toBe(204);
    expect((await entriesOf(PERSON)).map((e) => e.timeoff_id)).not.toContain(first.timeoff_id);
    expect((await entriesOf(MEMBER)).map((e) => e.timeoff_id)).toEqual([theirs]);
  });

  it.each([
    [
      'an end before the start',
      [{ start_time: '2031-06-02T00:00:00Z', end_time: '2031-06-01T00:00:00Z' }],
      'end_time',
    ],
    ['no end', [{ start_time: '2031-06-02T00:00:00Z' }], 'end_time'],
    ['a date without time', [{ start_time: '2031-06-02', end_time: '2031-06-03' }], 'RFC 3339'],
    [
      'an unknown type',
      [{ start_time: '2031-06-02T00:00:00Z', end_time: '2031-06-03T00:00:00Z', type: 'holiday' }],
      'type',
    ],
    ['an empty list', [], 'at least one'],
  ])('refuses %s with a 400', async (_name, body, text) => {
    const res = await send('POST', userPath(PERSON), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error_description).toContain(text);
  });

  it('needs the manager permission, also for reading one’s own entries', async () => {
    const own = await send('GET', `${userPath(MEMBER)}?from=2031-01-01&to=2031-12-31`, undefined, MEMBER);
    expect(own.statusCode).toBe(403);
    const write = await send(
      'POST',
      userPath(MEMBER),
      [{ start_time: '2031-08-01T00:00:00Z', end_time: '2031-08-02T00:00:00Z' }],
      MEMBER,
    );
    expect(write.statusCode).toBe(403);
    expect((await send('GET', `${userPath(PERSON)}?from=2031-02-01&to=2031-01-01`)).statusCode).toBe(400);
    expect((await send('GET', userPath(PERSON))).statusCode).toBe(400);
  });
});

describe('time off of the organization', () => {
  it('shows every member the entries of the listed users without category or stamps', async () => {
    const url = `/api/organizations/${api.org}/timeoff?user_id=${PERSON}&user_id=${MEMBER},999999&start_date=2031-03-01&end_date=2031-03-31`;
    const res = await send('GET', url, undefined, MEMBER);
    expect(res.statusCode).toBe(200);
    const entries = timeOffLiteListSchema.parse(res.json());
    expect(new Set(entries.map((e) => e.user_id))).toEqual(new Set([PERSON, MEMBER]));
    for (const e of res.json())
      expect(Object.keys(e).sort()).toEqual(['end_time', 'start_time', 'timeoff_id', 'user_id']);
    expect(
      (await send('GET', `/api/organizations/${api.org}/timeoff?start_date=2031-03-01&end_date=2031-03-31`))
        .statusCode,
    ).toBe(400);
  });
});
