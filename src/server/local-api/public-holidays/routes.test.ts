import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicHolidayListSchema } from '@/api/public-holiday';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
  const setCountry = api.db.prepare('UPDATE users SET country = ? WHERE id = ?');
  setCountry.run('DE', 1003);
  setCountry.run('DE', 1004);
  setCountry.run('US', 1005);
  setCountry.run(null, 1006);
  const add = api.db.prepare('INSERT INTO public_holidays (country, date, name) VALUES (?, ?, ?)');
  add.run('DE', '2031-10-03', 'Tag der Deutschen Einheit');
  add.run('DE', '2031-12-25', 'Weihnachten');
  add.run('US', '2031-07-04', 'Independence Day');
});
afterAll(() => api.close());

const url = (query: string) => `/api/organizations/${api.org}/public-holidays?${query}`;

describe('GET /public-holidays', () => {
  it("lists each user's country's holidays in the window, by date then user", async () => {
    const res = await api.app.inject({
      url: url('user_id=1005,1004&user_id=1003,1006&start_date=2031-07-01&end_date=2031-10-31'),
      headers: { authorization: api.authAs(1006) },
    });
    expect(res.statusCode).toBe(200);
    expect(publicHolidayListSchema.parse(res.json())).toEqual([
      { user_account_id: 1005, date: '2031-07-04', name: 'Independence Day', country: 'US' },
      { user_account_id: 1003, date: '2031-10-03', name: 'Tag der Deutschen Einheit', country: 'DE' },
      { user_account_id: 1004, date: '2031-10-03', name: 'Tag der Deutschen Einheit', country: 'DE' },
    ]);
  });

  it('includes both ends of the window and nothing for users outside the organization', async () => {
    const res = await api.request({
      url: url('user_id=1003,999999&start_date=2031-12-25&end_date=2031-12-25'),
    });
    expect(res.json()).toEqual([
      { user_account_id: 1003, date: '2031-12-25', name: 'Weihnachten', country: 'DE' },
    ]);
  });

  it.each([
    ['no users', 'start_date=2031-01-01&end_date=2031-12-31'],
    ['no window', 'user_id=1003'],
    ['an unordered window', 'user_id=1003&start_date=2031-12-31&end_date=2031-01-01'],
    ['an id that is no id', 'user_id=abc&start_date=2031-01-01&end_date=2031-12-31'],
  ])('refuses %s with a 400', async (_name, query) => {
    const res = await api.request({ url: url(query) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
  });
});
