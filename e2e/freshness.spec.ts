import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiTraffic, controlVisibility, setVisibility, teammate } from './freshness-helpers';
import { bar, dbTask, drag, openTimeline, patchResponse, pickTask, reveal, shift } from './timeline-helpers';

// Issue 13: two people on one timeline. A tab left open shows the other's change once it is visible again,
// a drop on a stale copy overwrites nothing, and an idle tab spends almost nothing of the hourly quota.

// The demo user writes dates as ISO (their Toggl setting): a day within the year is "12-05".
const fmt = (d: string) => d.slice(5);
const shows = (page: Page, id: number, start: string, end: string) =>
  expect(bar(page, id)).toHaveAttribute('aria-label', new RegExp(`${fmt(start)} – ${fmt(end)}`));
const taskPatch = (page: Page) =>
  page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /\/tasks\/\d+$/.test(new URL(r.url()).pathname),
  );
const kinds = (lines: string[]) =>
  lines
    .map((l) =>
      l.replace(/\/\d+/g, '/:id').replace(/^GET \/api\/focus\/organizations\/:id\/workspaces\/:id/, 'GET'),
    )
    .sort();

test("tab B, left in the background, shows A's move when it is visible again; hidden, it asked nothing", async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  const t = pickTask(app);
  const b = await teammate(browser, baseURL!);
  await controlVisibility(b.page);
  await b.page.clock.install();
  await openTimeline(b.page, 'users', t.start_date);
  await b.traffic.settled();

  await openTimeline(page, 'users', t.start_date);
  const done = patchResponse(page);
  await drag(page, bar(page, t.id), 2 * 56, 0);
  expect((await done).status()).toBe(200);
  await shows(b.page, t.id, t.start_date, t.end_date);

  const mark = b.traffic.log.length;
  await setVisibility(b.page, 'hidden');
  await b.page.clock.fastForward('02:00');
  await b.traffic.settled();
  expect(b.traffic.since(mark)).toEqual([]);

  await setVisibility(b.page, 'visible');
  await shows(b.page, t.id, shift(t.start_date, 2), shift(t.end_date, 2));
  await b.traffic.settled();
  // One cheap question (the tasks changed since B read), then the re-read of what B shows.
  expect(kinds(b.traffic.since(mark))).toEqual([
    'GET/tasks',
    'GET/tasks/groups/users',
    'GET/time-blocks/stream',
  ]);
  await expect(b.page.getByTestId('updated-ago')).toHaveText('Updated just now');
  await b.close();
});

test("a drop in B on its stale copy does not overwrite A's move; B sees it and re-applies with one click", async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  const t = pickTask(app);
  const b = await teammate(browser, baseURL!);
  await b.page.clock.install();
  await openTimeline(b.page, 'users', t.start_date);
  await b.traffic.settled();

  await openTimeline(page, 'users', t.start_date);
  const done = patchResponse(page);
  await drag(page, bar(page, t.id), 2 * 56, 0);
  expect((await done).status()).toBe(200);

  // B's rows are two minutes old (visible all along: not yet due for a check) and show the old dates.
  await b.page.clock.fastForward('02:00');
  await b.traffic.settled();
  await shows(b.page, t.id, t.start_date, t.end_date);
  const mark = b.traffic.log.length;
  await drag(b.page, bar(b.page, t.id), -56, 0);
  const notice = b.page.getByRole('alert').filter({ hasText: 'while you were looking' });
  await expect(notice).toHaveText(
    new RegExp(
      `Someone else moved ‘${t.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}’ to ${fmt(shift(t.start_date, 2))} – ${fmt(shift(t.end_date, 2))} while you were looking; your move was not applied\\.`,
    ),
  );
  // Nothing was written: A's dates stand, and B now shows them.
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, 2),
    end_date: shift(t.end_date, 2),
  });
  await shows(b.page, t.id, shift(t.start_date, 2), shift(t.end_date, 2));
  await b.traffic.settled();
  expect(kinds(b.traffic.since(mark))).toEqual(['GET/tasks', 'GET/tasks/groups/users']);

  // B still wants its dates: one click sends the move (one PATCH, no second check), and it is kept.
  const again = patchResponse(b.page);
  await notice.getByRole('button', { name: 'Move it anyway' }).click();
  expect((await again).status()).toBe(200);
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, -1),
    end_date: shift(t.end_date, -1),
  });
  await shows(b.page, t.id, shift(t.start_date, -1), shift(t.end_date, -1));
  await b.traffic.settled();
  expect(kinds(b.traffic.since(mark)).filter((l) => l.startsWith('PATCH'))).toHaveLength(1);
  await b.close();
});

test("an edit in B's details panel does not overwrite A's change of the same field; another field is no conflict", async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  const t = pickTask(app);
  const b = await teammate(browser, baseURL!);
  await b.page.clock.install();
  await openTimeline(b.page, 'users', t.start_date);
  await reveal(b.page, bar(b.page, t.id).first());
  await bar(b.page, t.id).first().click();
  const panel = b.page.getByRole('complementary');
  await expect(panel.getByLabel('Priority')).toBeEnabled();
  await b.traffic.settled();

  // A renames the task and changes its estimate (here through the API, as A's planner would).
  const org = app.sql<{ id: number }>('SELECT organization_id AS id FROM workspaces WHERE id = 5200')[0].id;
  const renamed = await page.request.patch(`/api/focus/organizations/${org}/workspaces/5200/tasks/${t.id}`, {
    headers: { 'X-Requested-With': 'planner' },
    data: { name: 'Named by A', estimated_mins: 300 },
  });
  expect(renamed.status()).toBeLessThan(300);

  // Two minutes later B, whose panel still shows the old name, renames it too: nothing is sent over A's name.
  await b.page.clock.fastForward('02:00');
  await b.traffic.settled();
  await expect(panel.getByLabel('Name')).toHaveValue(t.name);
  const mark = b.traffic.log.length;
  await panel.getByLabel('Name').fill('Named by B');
  await panel.getByLabel('Name').press('Enter');
  const notice = b.page.getByRole('alert').filter({ hasText: 'while you were looking' });
  await expect(notice).toHaveText(
    /^Someone else changed the name of ‘Named by A’ while you were looking; your change was not saved\./,
  );
  await b.traffic.settled();
  expect(b.traffic.since(mark).filter((l) => l.startsWith('PATCH'))).toEqual([]);
  expect(app.sql<{ name: string }>('SELECT name FROM tasks WHERE id = ?', t.id)[0].name).toBe('Named by A');
  // B now sees A's name, in the panel and on the bar.
  await expect(panel.getByLabel('Name')).toHaveValue('Named by A');
  await expect(bar(b.page, t.id).first()).toHaveAccessibleName(/^Named by A, /);

  // B still wants its name: one click sends it (one PATCH, no second check), and it is kept.
  const again = taskPatch(b.page);
  await notice.getByRole('button', { name: 'Save mine anyway' }).click();
  expect((await again).status()).toBeLessThan(300);
  expect(app.sql<{ name: string }>('SELECT name FROM tasks WHERE id = ?', t.id)[0].name).toBe('Named by B');
  await expect(panel.getByLabel('Name')).toHaveValue('Named by B');
  // Undoing it puts back A's name, not the one B saw before A's.
  const undone = taskPatch(b.page);
  await b.page
    .getByRole('group', { name: 'History' })
    .getByRole('button', { name: 'Undo', exact: true })
    .click();
  expect((await undone).status()).toBeLessThan(300);
  expect(app.sql<{ name: string }>('SELECT name FROM tasks WHERE id = ?', t.id)[0].name).toBe('Named by A');
  await expect(panel.getByLabel('Name')).toHaveValue('Named by A');

  // A changes the estimate again; B, two minutes later, changes the priority: another field, so it is sent.
  const estimate = await page.request.patch(`/api/focus/organizations/${org}/workspaces/5200/tasks/${t.id}`, {
    headers: { 'X-Requested-With': 'planner' },
    data: { estimated_mins: 480 },
  });
  expect(estimate.status()).toBeLessThan(300);
  await b.page.clock.fastForward('02:00');
  await b.traffic.settled();
  const priority = app.sql<{ priority: string }>('SELECT priority FROM tasks WHERE id = ?', t.id)[0].priority;
  const next = priority === 'high' ? 'low' : 'high';
  const sent = taskPatch(b.page);
  await panel.getByLabel('Priority').selectOption(next);
  expect((await sent).status()).toBeLessThan(300);
  expect(
    app.sql<{ priority: string; estimated_mins: number }>(
      'SELECT priority, estimated_mins FROM tasks WHERE id = ?',
      t.id,
    )[0],
  ).toEqual({ priority: next, estimated_mins: 480 });
  await b.close();
});

test("an edit seconds after B's view was read still does not overwrite A's change of that field", async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  const t = pickTask(app);
  const b = await teammate(browser, baseURL!);
  await openTimeline(b.page, 'users', t.start_date);
  await reveal(b.page, bar(b.page, t.id).first());
  await bar(b.page, t.id).first().click();
  const panel = b.page.getByRole('complementary');
  await expect(panel.getByLabel('Estimate (hours)')).toBeEnabled();
  await b.traffic.settled();
  const org = app.sql<{ id: number }>('SELECT organization_id AS id FROM workspaces WHERE id = 5200')[0].id;
  const byA = await page.request.patch(`/api/focus/organizations/${org}/workspaces/5200/tasks/${t.id}`, {
    headers: { 'X-Requested-With': 'planner' },
    data: { estimated_mins: 30 },
  });
  expect(byA.status()).toBeLessThan(300);
  // B's rows are seconds old: the edit still asks first (one read), and sends nothing over A's estimate.
  const mark = b.traffic.log.length;
  await panel.getByLabel('Estimate (hours)').fill('0.25');
  await panel.getByLabel('Estimate (hours)').press('Enter');
  await expect(b.page.getByRole('alert').filter({ hasText: 'while you were looking' })).toContainText(
    'Someone else changed the estimate',
  );
  await b.traffic.settled();
  const since = b.traffic.since(mark);
  expect(since.filter((l) => l.startsWith('PATCH'))).toEqual([]);
  // The question first (what changed since the read); then B's view re-reads to show A's estimate.
  expect(since[0]).toMatch(/^GET \/api\/focus\/organizations\/\d+\/workspaces\/5200\/tasks$/);
  await expect(panel.getByLabel('Estimate (hours)')).toHaveValue('0.5');
  expect(app.sql<{ m: number }>('SELECT estimated_mins AS m FROM tasks WHERE id = ?', t.id)[0].m).toBe(30);
  await b.close();
});

test('an idle tab: hidden it asks nothing for an hour; visible it checks every five minutes', async ({
  page,
  app,
}) => {
  const t = pickTask(app);
  await controlVisibility(page);
  await page.clock.install();
  const traffic = apiTraffic(page);
  await openTimeline(page, 'users', t.start_date);
  await traffic.settled();

  /** Requests over `minutes` of idling, in one-minute steps of the page's clock. */
  const idle = async (minutes: number) => {
    const mark = traffic.log.length;
    for (let i = 0; i < minutes; i++) {
      await page.clock.fastForward(60_000);
      await traffic.settled();
    }
    return traffic.since(mark);
  };

  await setVisibility(page, 'hidden');
  const hidden = await idle(60);
  expect(hidden).toEqual([]);

  // Back in front after an hour: the hour-old rows get one check at once.
  let mark = traffic.log.length;
  await setVisibility(page, 'visible');
  await traffic.settled();
  expect(kinds(traffic.since(mark))).toEqual(['GET/tasks']);
  mark = traffic.log.length;
  const visible = await idle(60);
  // Nothing changed: each check is the one cheap request, every five minutes.
  expect(kinds(visible)).toEqual(Array(12).fill('GET/tasks'));
  test.info().annotations.push({
    type: 'idle requests per hour',
    description: `hidden tab: ${hidden.length}; visible timeline: ${visible.length}`,
  });
  console.log(`Idle requests per hour: hidden tab ${hidden.length}, visible timeline ${visible.length}`);
  await expect(page.getByTestId('updated-ago')).toHaveText(/Updated (just now|\d min ago)/);
});
