import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';
import { bar, openTimeline, pickTask, reveal } from './timeline-helpers';

// The Schedule's rows and the Timeline's user rows are the workspace's people: one Track read of its members,
// where Focus's organization users come 100 a page, one page after the other. Track refuses that list to some
// roles; then the organization's users stand in.

const MEMBERS = /^\/api\/track\/workspaces\/5200\/users$/;
const ORG_USERS = /^\/api\/focus\/organizations\/4100\/users$/;
const ORG_USERS_URL = /\/api\/focus\/organizations\/4100\/users\?/;

const nameOf = (app: PlannerFixture, id: number) =>
  app.sql<{ fullname: string }>('SELECT fullname FROM users WHERE id = ?', id)[0].fullname;

/** Each drawn Schedule row's person and label, checked against the database. */
async function expectScheduleNames(page: Page, app: PlannerFixture) {
  const rows = page.locator('[data-testid="schedule-row"][data-row^="u"]');
  await expect(rows.first()).toBeVisible();
  const me = app.sql<{ id: number }>('SELECT id FROM users WHERE email = ?', app.planner.account!.email)[0]
    .id;
  const drawn = await rows.evaluateAll((els) =>
    els.map((el) => ({
      id: Number((el as HTMLElement).dataset.row!.slice(1)),
      // The head's title is the whole label ("Demo Planner (you)"); the name and the mark are drawn apart.
      label: el.querySelector('.sch-row-head')!.getAttribute('title'),
    })),
  );
  expect(drawn.length).toBeGreaterThan(2);
  // By name, whichever list they came from.
  const names = drawn.map((r) => nameOf(app, r.id));
  expect(names).toEqual(
    [...names].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare),
  );
  for (const row of drawn)
    expect(row.label).toBe(row.id === me ? `${nameOf(app, row.id)} (you)` : nameOf(app, row.id));
  // Only members of the workspace have a row.
  const members = new Set(
    app
      .sql<{ user_id: number }>('SELECT user_id FROM workspace_users WHERE workspace_id = 5200')
      .map((r) => r.user_id),
  );
  expect(drawn.every((r) => members.has(r.id))).toBe(true);
}

/** Into the Timeline in the same tab (the Query cache lives on): each drawn user row's name, checked. */
async function expectTimelineNames(page: Page, app: PlannerFixture) {
  await page.getByRole('link', { name: 'Timeline' }).click();
  const rows = page.locator('[data-row^="users:"]:not([data-row="users:0"])');
  await expect(rows.first().locator('.tl-row-name')).toBeVisible();
  const drawn = await rows.evaluateAll((els) =>
    els.map((el) => ({
      id: Number((el as HTMLElement).dataset.row!.split(':')[1]),
      name: el.querySelector('.tl-row-name')?.textContent,
    })),
  );
  expect(drawn.length).toBeGreaterThan(2);
  for (const row of drawn) expect(row.name).toBe(nameOf(app, row.id));
}

test('the Schedule reads its people in one request; the Timeline grouped by users reuses them', async ({
  page,
  app,
  apiLog,
}) => {
  await openApp(page, '/schedule');
  await expectScheduleNames(page, app);
  expect(requestsTo(apiLog, 'GET', MEMBERS)).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', ORG_USERS)).toHaveLength(0);

  // Into the Timeline in the same tab (the Query cache lives on): its user rows are named from the same read.
  await expectTimelineNames(page, app);
  expect(requestsTo(apiLog, 'GET', MEMBERS)).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', ORG_USERS)).toHaveLength(0);
});

test("when Track refuses the member list (403), the organization's users name the same rows, without an error", async ({
  page,
  app,
  apiLog,
}) => {
  app.faults.fail({
    method: 'GET',
    path: /\/v9\/workspaces\/5200\/users$/,
    status: 403,
    message: 'Forbidden',
  });
  await openApp(page, '/schedule');
  await expectScheduleNames(page, app);
  expect(requestsTo(apiLog, 'GET', MEMBERS)).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', ORG_USERS)).toHaveLength(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The Timeline's user rows too, from the same cached read; Track is not asked again.
  await expectTimelineNames(page, app);
  expect(requestsTo(apiLog, 'GET', MEMBERS)).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', ORG_USERS)).toHaveLength(1);
});

test("a task's assignees are named in the details panel while the organization's users are still being read", async ({
  page,
  app,
}) => {
  const t = pickTask(app);
  // The organization's users (the panel's full list of people to assign) answer only when the test says so.
  let answer: () => void = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route(ORG_USERS_URL, async (route) => {
    await held;
    await route.continue();
  });
  await openTimeline(page, 'users', t.start_date);
  const first = bar(page, t.id).first();
  await reveal(page, first);
  await first.click();
  const chips = page.getByRole('complementary').getByRole('list', { name: 'Assignees: selected' });
  const removeButtons = chips.getByRole('button');
  await expect(removeButtons).toHaveCount(1);
  await expect(removeButtons).toHaveAccessibleName(`Remove ${nameOf(app, t.user_id)}`);
  answer();
  await expect(removeButtons).toHaveAccessibleName(`Remove ${nameOf(app, t.user_id)}`);
});
