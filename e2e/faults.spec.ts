import type { Page } from '@playwright/test';
import type { Planner } from '../src/server/main';
import { startFaultUpstream, startTogglModePlanner, type FaultUpstream } from './fault-upstream';
import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';
import { bookedTimeShown, keyMove } from './timeline-helpers';

// What the browser shows when the upstream fails, and which requests it repeats: reads retry only
// transient failures (at most twice), writes never, 402/429 never. Optimistic edits roll back.

let faults = 0;
test.afterAll(() => console.log(`faults: ${faults} upstream faults exercised`));

const USERS = /\/organizations\/4100\/users$/;
const PIN_3006 = /\/projects\/3006\/pinned$/;
const settle = (ms = 3500) => new Promise((r) => setTimeout(r, ms)); // longer than the first retry delays

function pickTask(app: PlannerFixture, skip: number) {
  const rows = app.sql<{ id: number; start_date: string; end_date: string }>(
    `SELECT t.id, t.start_date, t.end_date
       FROM tasks t JOIN task_assignees a ON a.task_id = t.id LEFT JOIN projects p ON p.id = t.project_id
      WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
        AND (p.id IS NULL OR (p.private = 0 AND p.archived_at IS NULL AND p.deleted_at IS NULL AND p.draft = 0))
        AND t.start_date >= date('now') AND julianday(t.end_date) - julianday(t.start_date) BETWEEN 1 AND 4
      GROUP BY t.id HAVING COUNT(*) = 1 ORDER BY t.id`,
  );
  return rows[skip];
}

const shift = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** A keyboard move of a timeline bar by two days (one PATCH on drop); returns the PATCH's status. */
async function moveOnTimeline(page: Page, task: { id: number; start_date: string }) {
  // The label gains the booked time when the lazy block read (after the bars) lands: read it after that.
  const blocks = page.waitForResponse((r) => /\/time-blocks\/stream/.test(r.url()), { timeout: 30_000 });
  await page.goto(`/timeline?group=users&zoom=day&start=${shift(task.start_date, -2)}`);
  const bar = page.locator(`[data-bar-id="${task.id}"]`).first();
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await (await blocks).finished();
  // ...is folded (in a worker, after the last byte) and rendered: the label holds still over a few frames.
  await bookedTimeShown(page);
  const labelNow = () => bar.getAttribute('aria-label');
  let last = await labelNow();
  await expect.poll(async () => last === (last = await labelNow()), { intervals: [250] }).toBe(true);
  const label = await labelNow();
  await bar.scrollIntoViewIfNeeded();
  await bar.focus();
  await page.keyboard.press('Space');
  await expect(bar).toHaveAttribute('data-dragging', 'true');
  await keyMove(page, 'ArrowRight', 2);
  const patch = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /\/tasks\/groups\//.test(r.url()),
  );
  await page.keyboard.press('Enter');
  return { status: (await patch).status(), bar, label };
}

const dbDates = (app: PlannerFixture, id: number) =>
  app.sql('SELECT start_date, end_date FROM tasks WHERE id = ?', id)[0];

test.describe.serial('errors from the local API, through the proxy', () => {
  test('a read failing with 500 shows the upstream message and is not retried', async ({
    page,
    app,
    apiLog,
  }) => {
    app.faults.fail({ method: 'GET', path: USERS, status: 500, message: 'user directory is down' });
    faults++;
    await openApp(page, '/team');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not load people: user directory is down' }),
    ).toBeVisible();
    await settle();
    expect(requestsTo(apiLog, 'GET', /^\/api\/focus\/organizations\/4100\/users$/)).toHaveLength(1);
  });

  test('a timeline move failing with 500 is rolled back with a toast, and not retried', async ({
    page,
    app,
    apiLog,
  }) => {
    const task = pickTask(app, 0);
    app.faults.fail({
      method: 'PATCH',
      path: /\/tasks\/groups\//,
      status: 500,
      message: 'lane store crashed',
    });
    faults++;
    const { status, bar, label } = await moveOnTimeline(page, task);
    expect(status).toBe(500);
    await expect(
      page.getByRole('alert').filter({ hasText: /failed and was undone: lane store crashed/ }),
    ).toBeVisible();
    await expect(bar).toHaveAttribute('aria-label', label!);
    expect(dbDates(app, task.id)).toEqual({ start_date: task.start_date, end_date: task.end_date });
    await settle(1500);
    expect(requestsTo(apiLog, 'PATCH', /\/tasks\/groups\//)).toHaveLength(1);
  });

  test("a 500 whose text is a stack or a database's message is told in plain words, never shown", async ({
    page,
    app,
  }) => {
    const task = pickTask(app, 0);
    app.faults.fail({
      method: 'PATCH',
      path: /\/tasks\/groups\//,
      status: 500,
      message: 'SqliteError: database is locked at Statement.run (/srv/db.ts:12)',
    });
    faults++;
    const { status, bar, label } = await moveOnTimeline(page, task);
    expect(status).toBe(500);
    const alert = page.getByRole('alert').filter({ hasText: /failed and was undone/ });
    await expect(alert).toContainText(
      'failed and was undone: Toggl had a problem with this request (error 500). Try again in a moment.',
    );
    await expect(alert).not.toContainText(/SqliteError|Statement|db\.ts/);
    // Said once, by the alert: the announcer does not say it a second time over it.
    await expect(page.getByTestId('announcer')).not.toContainText('failed');
    await expect(bar).toHaveAttribute('aria-label', label!);
    expect(dbDates(app, task.id)).toEqual({ start_date: task.start_date, end_date: task.end_date });
  });

  test('a 429 with Retry-After on a write: rolled back, the wait is shown, never retried', async ({
    page,
    app,
    apiLog,
  }) => {
    app.faults.fail({
      method: 'POST',
      path: PIN_3006,
      status: 429,
      message: 'Too many requests',
      headers: { 'Retry-After': '1' },
    });
    faults++;
    await openApp(page, '/projects');
    await page.getByRole('button', { name: 'Pin Customer research' }).click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: /failed and was undone: API quota used up\. It resets in 1 s\./ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pin Customer research' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(app.sql('SELECT pinned FROM projects WHERE id = 3006')).toEqual([{ pinned: 0 }]);
    await settle(1500); // also lets the proxy's 1 s block pass
    expect(requestsTo(apiLog, 'POST', PIN_3006)).toHaveLength(1);
  });

  // Last in this file: after a 402 the proxy answers for the upstream until the reset (30 min here).
  test('a 402 with quota headers on a timeline move: quota and reset time shown, rolled back, never retried', async ({
    page,
    app,
    apiLog,
  }) => {
    const task = pickTask(app, 1);
    app.faults.fail({
      method: 'PATCH',
      path: /\/tasks\/groups\//,
      status: 402,
      message: 'You have hit your hourly request quota',
      headers: { 'X-Toggl-Quota-Remaining': '0', 'X-Toggl-Quota-Resets-In': '1800' },
    });
    faults++;
    const { status, bar, label } = await moveOnTimeline(page, task);
    expect(status).toBe(402);
    await expect(
      page.getByRole('alert').filter({
        hasText: /failed and was undone: API quota used up \(0 requests left\)\. It resets in 30 min\./,
      }),
    ).toBeVisible();
    await expect(bar).toHaveAttribute('aria-label', label!);
    expect(dbDates(app, task.id)).toEqual({ start_date: task.start_date, end_date: task.end_date });
    await settle(1500);
    expect(requestsTo(apiLog, 'PATCH', /\/tasks\/groups\//)).toHaveLength(1);
  });
});

test.describe('a misbehaving upstream (Toggl mode, stub upstream)', () => {
  let upstream: FaultUpstream;
  let planner: Planner;
  test.beforeEach(async ({ app }) => {
    upstream = await startFaultUpstream(app.planner.localApiUrl!);
    planner = await startTogglModePlanner(upstream);
  });
  test.afterEach(async () => {
    await planner.close();
    await upstream.close();
  });

  const openTeam = async (page: Page) => {
    await page.goto(`${planner.url}/team`);
    await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/\d+/, { timeout: 20_000 });
  };

  for (const [name, kind, text] of [
    ['a dropped connection (502)', 'refuse', /Could not load people: The focus API could not be reached/],
    ['a timeout (504)', 'hang', /Could not load people: The focus API did not answer in time/],
  ] as const) {
    test(`a read failing with ${name} is retried at most twice, then explained`, async ({ page }) => {
      upstream.setRule({ method: 'GET', path: USERS, mode: { kind } });
      faults++;
      await openTeam(page);
      await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible({ timeout: 30_000 });
      await settle(1500);
      const attempts = upstream.count('GET', USERS);
      expect(attempts).toBeGreaterThanOrEqual(2);
      expect(attempts).toBeLessThanOrEqual(3);
    });
  }

  test('malformed JSON from the upstream is an error, not retried', async ({ page }) => {
    upstream.setRule({ method: 'GET', path: USERS, mode: { kind: 'bad-json' } });
    faults++;
    await openTeam(page);
    await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
    await settle();
    expect(upstream.count('GET', USERS)).toBe(1);
  });

  for (const [status, headers, text] of [
    [
      402,
      { 'X-Toggl-Quota-Remaining': '0', 'X-Toggl-Quota-Resets-In': '1800' },
      /API quota used up \(0 requests left\)\. It resets in 30 min\./,
    ],
    [429, { 'Retry-After': '5' }, /API quota used up\. It resets in 5 s\./],
  ] as const) {
    test(`a ${status} on a read is explained and never retried`, async ({ page }) => {
      upstream.setRule({
        method: 'GET',
        path: USERS,
        mode: { kind: 'status', status, headers, body: '"Too many requests"' },
      });
      faults++;
      await openTeam(page);
      await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible();
      await settle();
      expect(upstream.count('GET', USERS)).toBe(1);
    });
  }

  test('writes that lose the connection or time out roll back and are never retried', async ({
    page,
    app,
  }) => {
    await page.goto(`${planner.url}/projects`);
    const pin = page.getByRole('button', { name: 'Pin Customer research' });
    await expect(pin).toBeVisible({ timeout: 20_000 });
    for (const [kind, text] of [
      ['refuse', /failed and was undone: The focus API could not be reached/],
      ['hang', /failed and was undone: The focus API did not answer in time/],
    ] as const) {
      upstream.setRule({ method: 'POST', path: PIN_3006, mode: { kind } });
      faults++;
      await pin.click();
      await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Pin Customer research' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    }
    await settle(1500);
    expect(upstream.count('POST', PIN_3006)).toBe(2);
    expect(app.sql('SELECT pinned FROM projects WHERE id = 3006')).toEqual([{ pinned: 0 }]);
  });
});
