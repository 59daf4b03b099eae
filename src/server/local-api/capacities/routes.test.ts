import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computationGroupsSchema, type Computation } from '@/api/capacity';
import { createTestApi, type TestApi } from '../test-harness';
import { planning } from './test-fixtures';

// 2031-03-17 is a Monday; Berlin's clocks go forward on Sunday 2031-03-30.
const PART_TIMER = 1003; // Berlin, Germany: Monday to Friday, four hours from 09:00
const FOUR_DAYS = 1004; // New York, USA: Monday to Thursday, eight hours

let api: TestApi;
let plan: ReturnType<typeof planning>;
const draftProject = 3005;

beforeAll(async () => {
  // The demo's own tasks then lie around January 2020, far from these people's days and from today.
  api = await createTestApi({ today: '2020-01-06' });
  plan = planning(api);
  plan.person(PART_TIMER, 'Europe/Berlin', 'DE');
  plan.person(FOUR_DAYS, 'America/New_York', 'US');
  await plan.week(PART_TIMER, [0, 4, 4, 4, 4, 4, 0]);
  await plan.week(FOUR_DAYS, [0, 8, 8, 8, 8, 0, 0]);
  api.db.prepare('UPDATE projects SET draft = 1 WHERE id = ?').run(draftProject);
});
afterAll(() => api.close());

async function capacities(query: string, status = 200) {
  const res = await api.request({ url: `${api.wsPath}/capacities/users?${query}` });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

/** One person's computations by date. */
async function days(userId: number, start: string, end: string, extra = '') {
  const body = await capacities(`user_id=${userId}&start_date=${start}&end_date=${end}${extra}`);
  expect(computationGroupsSchema.parse(body)[0]).toMatchObject({ id: userId, type: 'user' });
  return Object.fromEntries((body[0].computations as Computation[]).map((c) => [c.date, c]));
}
const pick = (byDate: Record<string, Computation>, key: keyof Computation) =>
  Object.values(byDate).map((c) => c[key]);

describe('GET /capacities/users: working time', () => {
  it("a part-time week gives each weekday's hours and nothing on the weekend", async () => {
    const week = await days(PART_TIMER, '2031-03-17', '2031-03-23');
    expect(pick(week, 'working_minutes')).toEqual([240, 240, 240, 240, 240, 0, 0]);
    expect(pick(week, 'time_off_minutes')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('a four-day week has no Friday, and a task over Thursday and Friday lies on Thursday', async () => {
    await plan.estimate([FOUR_DAYS], '2031-03-20', '2031-03-21', 300);
    const week = await days(FOUR_DAYS, '2031-03-17', '2031-03-23');
    expect(pick(week, 'working_minutes')).toEqual([480, 480, 480, 480, 0, 0, 0]);
    expect(pick(week, 'estimated_minutes')).toEqual([0, 0, 0, 300, 0, 0, 0]);
    expect(pick(week, 'assigned_tasks_count')).toEqual([0, 0, 0, 1, 1, 0, 0]);
  });

  it("time off across a daylight-saving change is read on the person's clock", async () => {
    // Friday 13:00 CET to Monday 13:00 CEST: after Friday's working window (09:00-13:00), all of Monday's.
    await plan.timeOff(PART_TIMER, '2031-03-28T12:00:00Z', '2031-03-31T11:00:00Z', 'vacation');
    // A total estimate from Friday to Tuesday: Monday is wholly off, so Friday and Tuesday share it.
    await plan.estimate([PART_TIMER], '2031-03-28', '2031-04-01', 300);
    const span = await days(PART_TIMER, '2031-03-28', '2031-04-01');
    expect(pick(span, 'working_minutes')).toEqual([240, 0, 0, 240, 240]);
    expect(pick(span, 'time_off_minutes')).toEqual([0, 0, 0, 240, 0]);
    expect(pick(span, 'estimated_minutes')).toEqual([150, 0, 0, 0, 150]);
  });

  it('a time off of part of a day takes only its overlap with the working window', async () => {
    // 10:00-11:30 Berlin (CET) on Wednesday 2031-03-19.
    await plan.timeOff(PART_TIMER, '2031-03-19T09:00:00Z', '2031-03-19T10:30:00Z', 'sick');
    const day = await days(PART_TIMER, '2031-03-19', '2031-03-19');
    expect(day['2031-03-19']).toMatchObject({ working_minutes: 240, time_off_minutes: 90 });
  });

  it('a holiday on a working day is no working day and takes no share of a task', async () => {
    plan.holiday('DE', '2031-04-18', 'Karfreitag');
    await plan.estimate([PART_TIMER], '2031-04-17', '2031-04-18', 200);
    const span = await days(PART_TIMER, '2031-04-17', '2031-04-18');
    expect(pick(span, 'working_minutes')).toEqual([240, 0]);
    expect(pick(span, 'estimated_minutes')).toEqual([200, 0]);
    // A holiday belongs to a country: Easter Monday in Germany is a working Monday in New York.
    plan.holiday('DE', '2031-04-21', 'Ostermontag');
    expect((await days(PART_TIMER, '2031-04-21', '2031-04-21'))['2031-04-21'].working_minutes).toBe(0);
    expect((await days(FOUR_DAYS, '2031-04-21', '2031-04-21'))['2031-04-21'].working_minutes).toBe(480);
  });

  it('a holiday on a non-working day changes nothing', async () => {
    const before = await capacities(
      `user_id=${PART_TIMER}&start_date=2031-05-05&end_date=2031-05-11&unit=week`,
    );
    plan.holiday('DE', '2031-05-10', 'A Saturday holiday');
    const after = await capacities(
      `user_id=${PART_TIMER}&start_date=2031-05-05&end_date=2031-05-11&unit=week`,
    );
    expect(after).toEqual(before);
    expect(after[0].computations[0]).toMatchObject({ date: '2031-05-05', working_minutes: 1200 });
  });
});

describe('GET /capacities/users: estimates', () => {
  it('a daily estimate is per working day; a total one is spread over the working days', async () => {
    await plan.estimate([FOUR_DAYS], '2031-06-02', '2031-06-06', 60, { estimate_type: 'daily' });
    await plan.estimate([FOUR_DAYS], '2031-06-09', '2031-06-13', 300);
    expect(pick(await days(FOUR_DAYS, '2031-06-02', '2031-06-06'), 'estimated_minutes')).toEqual([
      60, 60, 60, 60, 0,
    ]);
    expect(pick(await days(FOUR_DAYS, '2031-06-09', '2031-06-13'), 'estimated_minutes')).toEqual([
      75, 75, 75, 75, 0,
    ]);
  });

  it('a task spanning a weekend puts nothing on Saturday and Sunday', async () => {
    await plan.estimate([PART_TIMER], '2031-06-20', '2031-06-23', 480);
    expect(pick(await days(PART_TIMER, '2031-06-20', '2031-06-23'), 'estimated_minutes')).toEqual([
      240, 0, 0, 240,
    ]);
  });

  it('splits a shared estimate evenly between the assignees', async () => {
    await plan.estimate([PART_TIMER, FOUR_DAYS], '2031-07-01', '2031-07-01', 240);
    const body = await capacities(
      `user_id=${PART_TIMER},${FOUR_DAYS}&start_date=2031-07-01&end_date=2031-07-01`,
    );
    expect(
      body.map((g: { id: number; computations: Computation[] }) => [
        g.id,
        g.computations[0].estimated_minutes,
      ]),
    ).toEqual([
      [PART_TIMER, 120],
      [FOUR_DAYS, 120],
    ]);
  });

  it('draft projects count only with include_drafts', async () => {
    await plan.estimate([FOUR_DAYS], '2031-07-08', '2031-07-08', 90, { project_id: draftProject });
    expect((await days(FOUR_DAYS, '2031-07-08', '2031-07-08'))['2031-07-08'].estimated_minutes).toBe(0);
    const drafts = await days(FOUR_DAYS, '2031-07-08', '2031-07-08', '&include_drafts=true');
    expect(drafts['2031-07-08']).toMatchObject({ estimated_minutes: 90, assigned_tasks_count: 1 });
  });

  it('sums a week, a month and a quarter, counting each task once per period', async () => {
    const week = await capacities(`user_id=${FOUR_DAYS}&start_date=2031-06-02&end_date=2031-06-15&unit=week`);
    expect(week[0].computations).toEqual([
      {
        date: '2031-06-02',
        working_minutes: 1920,
        time_off_minutes: 0,
        estimated_minutes: 240,
        estimated_remaining_minutes: expect.any(Number),
        assigned_tasks_count: 1,
      },
      {
        date: '2031-06-09',
        working_minutes: 1920,
        time_off_minutes: 0,
        estimated_minutes: 300,
        estimated_remaining_minutes: expect.any(Number),
        assigned_tasks_count: 1,
      },
    ]);
    const quarter = await capacities(
      `user_id=${FOUR_DAYS}&start_date=2031-05-15&end_date=2031-07-31&unit=quarter`,
    );
    expect(
      quarter[0].computations.map((c: Computation) => [c.date, c.estimated_minutes, c.assigned_tasks_count]),
    ).toEqual([
      ['2031-05-15', 540, 2],
      ['2031-07-01', 120, 1],
    ]);
    const month = await capacities(
      `user_id=${FOUR_DAYS}&start_date=2031-06-01&end_date=2031-07-31&unit=month`,
    );
    expect(month[0].computations.map((c: Computation) => c.date)).toEqual(['2031-06-01', '2031-07-01']);
  });
});

describe('GET /capacities/users: remaining work', () => {
  const utcToday = () => new Date().toISOString().slice(0, 10);
  const shift = (day: string, n: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  it('nets tracked time from future work and leaves nothing of overdue tasks', async () => {
    const person = 1008;
    plan.person(person, 'UTC', null);
    await plan.week(person, [0, 8, 8, 8, 8, 8, 0]);
    const start = shift(utcToday(), 7);
    const end = shift(start, 13);
    const future = await plan.estimate([person], start, end, 600);
    await plan.tracked(person, future, `${start}T09:00:00Z`, 60);
    await plan.estimate([person], shift(utcToday(), -30), shift(utcToday(), -20), 900);
    const body = await capacities(
      `user_id=${person}&start_date=${shift(utcToday(), -30)}&end_date=${end}&unit=quarter`,
    );
    const sum = (k: keyof Computation) =>
      body[0].computations.reduce((s: number, c: Computation) => s + (c[k] as number), 0);
    expect(sum('estimated_minutes')).toBe(1500);
    expect(sum('estimated_remaining_minutes')).toBe(540);
  });
});

describe('GET /capacities/users: bad requests', () => {
  const q = `start_date=2031-03-17&end_date=2031-03-23`;
  it.each([
    ['no user', `${q}`],
    ['a user outside the organization', `user_id=999999&${q}`],
    ['an unordered window', `user_id=${PART_TIMER}&start_date=2031-03-23&end_date=2031-03-17`],
    ['a window over 366 days', `user_id=${PART_TIMER}&start_date=2031-01-01&end_date=2032-01-02`],
    ['an unknown unit', `user_id=${PART_TIMER}&${q}&unit=year`],
    ['an unknown source', `user_id=${PART_TIMER}&${q}&task_source=jira`],
    ['a date that is no date', `user_id=${PART_TIMER}&start_date=2031-02-30&end_date=2031-03-01`],
  ])('%s is a 400 in the upstream shape', async (_name, query) => {
    const body = await capacities(query, 400);
    expect(body).toMatchObject({ error: 'bad_request', error_description: expect.any(String) });
  });

  it('another grouping than users is a 400; a foreign organization a 403', async () => {
    const res = await api.request({ url: `${api.wsPath}/capacities/projects?user_id=${PART_TIMER}&${q}` });
    expect(res.statusCode).toBe(400);
    const foreign = await api.request({
      url: `/api/organizations/1/workspaces/${api.ws}/capacities/users?user_id=${PART_TIMER}&${q}`,
    });
    expect(foreign.statusCode).toBe(403);
  });
});
