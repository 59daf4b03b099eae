import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';

// The Schedule's rows and the Timeline's user rows are the workspace's people: one Track read of its members,
// where Focus's organization users come 100 a page, one page after the other. Track refuses that list to some
// roles; then the organization's users stand in.

const MEMBERS = /^\/api\/track\/workspaces\/5200\/users$/;
const ORG_USERS = /^\/api\/focus\/organizations\/4100\/users$/;

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
      label: el.querySelector('.sch-row-label')!.textContent,
    })),
  );
  expect(drawn.length).toBeGreaterThan(2);
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
  await page.getByRole('link', { name: 'Timeline' }).click();
  const names = page.locator('[data-row^="users:"]:not([data-row="users:0"]) .tl-row-name');
  await expect(names.first()).toBeVisible();
  const rows = await page.locator('[data-row^="users:"]:not([data-row="users:0"])').evaluateAll((els) =>
    els.map((el) => ({
      id: Number((el as HTMLElement).dataset.row!.split(':')[1]),
      name: el.querySelector('.tl-row-name')?.textContent,
    })),
  );
  expect(rows.length).toBeGreaterThan(2);
  for (const row of rows) expect(row.name).toBe(nameOf(app, row.id));
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
});
