import type { Page } from '@playwright/test';
import { expect, requestsTo, test, type PlannerFixture } from './fixtures';
import { bar, bringNearTop, keyMove, pickTask, reveal } from './timeline-helpers';
import {
  addTimeOff,
  berlinInstant,
  berlinToday,
  clearAvailability,
  DEMO,
  exec,
  mondayOf,
  shiftDay,
} from './capacity-helpers';

// The workload strip of the Timeline's People rows (issue 16): one /capacities read per window, time off
// and holidays shaded with their kind in words, over-allocation said in words.

const capacities = /\/capacities\/users$/;
const strip = (page: Page, userId: number) =>
  page.locator(`[data-row="users:${userId}"] [data-testid="workload-strip"]`);
const cell = (page: Page, userId: number, day: string) => strip(page, userId).locator(`[data-date="${day}"]`);

async function openPeople(page: Page, start: string, zoom = 'day') {
  await page.goto(`/timeline?group=users&zoom=${zoom}&start=${start}`);
  await expect(page.getByTestId('timeline-scroll')).toBeVisible({ timeout: 30_000 });
  await expect(strip(page, DEMO)).toBeVisible({ timeout: 30_000 });
}

/**
 * A task of an hour or more on the People rows, its bar brought near the top of the grid, and the rows of the
 * people below and above it (with a workload strip): where the drag tests drop it.
 */
async function barAboveNextPerson(page: Page, app: PlannerFixture) {
  const task = pickTask(app, 'AND t.estimated_mins >= 60');
  await openPeople(page, shiftDay(task.start_date, -2));
  const source = bar(page, task.id, `users:${task.user_id}`);
  await reveal(page, source);
  await bringNearTop(page, source);
  const rows = page.locator('[data-row^="users:"]').filter({ has: page.getByTestId('workload-strip') });
  const tops = await rows.evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute('data-row')!,
      top: e.getBoundingClientRect().top,
      bottom: e.getBoundingClientRect().bottom,
      name: e.getAttribute('aria-label')!,
    })),
  );
  const own = tops.find((r) => r.key === `users:${task.user_id}`)!;
  // The person below, and the one above (for when the bar's row is the last one).
  const below = tops
    .filter((r) => r.top > own.top)
    .sort((a, b) => a.top - b.top)
    .at(0);
  const above = tops
    .filter((r) => r.top < own.top)
    .sort((a, b) => b.top - a.top)
    .at(0);
  return { task, source, below, above };
}

test('a time off greys the day, named in the strip; one capacity read for everyone', async ({
  page,
  app,
  apiLog,
}) => {
  const monday = shiftDay(mondayOf(berlinToday()), 7);
  clearAvailability(app, DEMO, monday);
  const tuesday = shiftDay(monday, 1);
  addTimeOff(app, DEMO, berlinInstant(tuesday, 0), berlinInstant(shiftDay(tuesday, 1), 0), 'vacation');
  await openPeople(page, shiftDay(monday, -2));
  const off = page.locator(`[data-row="users:${DEMO}"] [data-off-day="${tuesday}"]`);
  await expect(off).toHaveCount(1);
  await expect(cell(page, DEMO, tuesday)).toHaveAttribute('aria-label', /time off: 8 h/);
  await expect(page.locator(`[data-row="users:${DEMO}"] [data-off-day="${monday}"]`)).toHaveCount(0);
  // Every person row in view from one read.
  const reads = requestsTo(apiLog, 'GET', capacities);
  expect(reads).toHaveLength(1);
  const ids = new URL(reads[0].url()).searchParams.get('user_id')!.split(',');
  expect(ids.length).toBeGreaterThan(1);
  expect(await page.locator('[data-testid="workload-strip"]').count()).toBeGreaterThan(1);
});

test('the strip by keyboard: one tab stop, arrows read the days', async ({ page, app }) => {
  const monday = shiftDay(mondayOf(berlinToday()), 7);
  clearAvailability(app, DEMO, monday);
  await openPeople(page, shiftDay(monday, -2));
  const s = strip(page, DEMO);
  await expect(s).toHaveAttribute('aria-label', /^Workload of Demo Planner/);
  await s.focus();
  await page.keyboard.press('Home');
  const first = await s.getAttribute('aria-activedescendant');
  expect(first).toBeTruthy();
  await page.keyboard.press('ArrowRight');
  const next = await s.getAttribute('aria-activedescendant');
  expect(next).not.toBe(first);
  await expect(page.locator(`#${next}`)).toHaveAttribute('aria-label', /planned of|no working time/);
  await expect(page.locator('.tl-wl-tip')).toBeVisible();
});

test("editing a working week on the Team page changes that person's strip", async ({ page, app }) => {
  const monday = shiftDay(mondayOf(berlinToday()), 7);
  clearAvailability(app, DEMO, monday);
  await openPeople(page, shiftDay(monday, -2));
  await expect(cell(page, DEMO, monday)).toHaveAttribute('aria-label', /of 8 h available/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('button', { name: 'Week and time off of Demo Planner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Working week and time off of Demo Planner' });
  await dialog.getByLabel('Monday').fill('6');
  await dialog.getByLabel('Monday').press('Enter');
  await expect
    .poll(() => app.sql('SELECT working_hours FROM working_hours WHERE user_id = ? AND weekday = 1', DEMO))
    .toEqual([{ working_hours: 6 }]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.goBack();
  await expect(cell(page, DEMO, monday)).toHaveAttribute('aria-label', /of 6 h available/);
  await expect(cell(page, DEMO, shiftDay(monday, 1))).toHaveAttribute('aria-label', /of 8 h available/);
});

test('the draft-projects toggle shows draft load apart, for one more read', async ({ page, app, apiLog }) => {
  const monday = shiftDay(mondayOf(berlinToday()), 7);
  clearAvailability(app, DEMO, monday);
  const [task] = app.sql<{ id: number; project_id: number; start_date: string }>(
    `SELECT t.id, t.project_id, t.start_date FROM tasks t JOIN task_assignees a ON a.task_id = t.id
      WHERE a.user_id = ? AND t.project_id IS NOT NULL AND t.estimated_mins > 0 AND t.deleted_at IS NULL
        AND t.start_date BETWEEN ? AND ? ORDER BY t.id LIMIT 1`,
    DEMO,
    monday,
    shiftDay(monday, 4),
  );
  expect(task).toBeTruthy();
  exec(app, 'UPDATE projects SET draft = 1 WHERE id = ?', task.project_id);
  await openPeople(page, shiftDay(monday, -2));
  const drafted = strip(page, DEMO).locator('[data-draft]');
  await expect(cell(page, DEMO, task.start_date)).toBeVisible();
  await expect(drafted).toHaveCount(0);
  const before = requestsTo(apiLog, 'GET', capacities).length;
  await page.getByLabel('Include draft projects').check();
  await expect(drafted.first()).toBeVisible();
  await expect(drafted.first()).toHaveAttribute('aria-label', /more in draft projects/);
  const reads = requestsTo(apiLog, 'GET', capacities).slice(before);
  expect(reads).toHaveLength(1);
  expect(new URL(reads[0].url()).searchParams.get('include_drafts')).toBe('true');
  await page.getByLabel('Include draft projects').uncheck();
  await expect(drafted).toHaveCount(0);
  expect(requestsTo(apiLog, 'GET', capacities).length).toBe(before + 1);
});

test("while a bar is dragged onto a person's row, their strip shows the new load; nothing is sent", async ({
  page,
  app,
  apiLog,
}) => {
  const { task, source, below } = await barAboveNextPerson(page, app);
  const other = below!.key;
  const targetRow = page.locator(`[data-row="${other}"]`);
  const box = (await source.boundingBox())!;
  const rowBox = (await targetRow.boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, box.y + 20, { steps: 5 });
  await page.mouse.move(x, rowBox.y + 20, { steps: 10 });
  const preview = targetRow.locator('[data-testid="workload-strip"] [data-preview]');
  await expect(preview.first()).toBeVisible();
  await expect(preview.first()).toHaveAttribute('aria-label', /planned of .* \(if dropped here\)/);
  // The person it leaves shows their lighter load too.
  await expect(
    page.locator(`[data-row="users:${task.user_id}"] [data-testid="workload-strip"] [data-preview]`).first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(preview).toHaveCount(0);
  expect(apiLog.filter((r) => r.method() !== 'GET')).toHaveLength(0);
});

test("a drop shows in the new person's strip without another read, as the server then counts it", async ({
  page,
  app,
  apiLog,
}) => {
  const { task, source, below } = await barAboveNextPerson(page, app);
  const other = below!.key;
  const targetId = Number(other.split(':')[1]);
  const labels = () =>
    Promise.all(
      [task.start_date, task.end_date].map((d) => cell(page, targetId, d).getAttribute('aria-label')),
    );
  const before = await labels();
  const reads = requestsTo(apiLog, 'GET', capacities).length;
  const box = (await source.boundingBox())!;
  const rowBox = (await page.locator(`[data-row="${other}"]`).boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, box.y + 20, { steps: 5 });
  await page.mouse.move(x, rowBox.y + 20, { steps: 10 });
  // The grid may have auto-scrolled under the pointer (the bar sits near its top edge): aim at where the
  // target row is now before letting go.
  const now = (await page.locator(`[data-row="${other}"]`).boundingBox())!;
  await page.mouse.move(x, now.y + 20, { steps: 3 });
  await page.mouse.up();
  await expect
    .poll(() => app.sql('SELECT user_id FROM task_assignees WHERE task_id = ?', task.id))
    .toEqual([{ user_id: targetId }]);
  await expect.poll(labels).not.toEqual(before);
  const shown = await labels();
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(reads);
  await page.reload();
  await expect(strip(page, targetId)).toBeVisible({ timeout: 30_000 });
  expect(await labels()).toEqual(shown);
});

test("the strip's reads: one per data window and zoom unit, none for paging through the window", async ({
  page,
  apiLog,
}) => {
  const count = (path: RegExp) => requestsTo(apiLog, 'GET', path).length;
  const holidays = /\/public-holidays$/;
  const milestones = /\/milestones$/;
  await openPeople(page, berlinToday());
  await expect.poll(() => [count(capacities), count(holidays), count(milestones)]).toEqual([1, 1, 1]);
  expect(new URL(requestsTo(apiLog, 'GET', capacities)[0].url()).searchParams.get('unit')).toBe('day');
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForTimeout(500);
  expect([count(capacities), count(holidays), count(milestones)]).toEqual([1, 1, 1]);
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect.poll(() => count(capacities)).toBe(2);
  expect(new URL(requestsTo(apiLog, 'GET', capacities)[1].url()).searchParams.get('unit')).toBe('week');
  await expect(strip(page, DEMO)).toHaveAttribute('data-unit', 'week');
  expect(count(holidays)).toBeLessThanOrEqual(2);
});

test('while the weekly read of a new zoom loads, the daily answer is not drawn as weeks', async ({
  page,
}) => {
  await openPeople(page, berlinToday(), 'week');
  await expect(strip(page, DEMO)).toHaveAttribute('data-unit', 'day');
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(
    (url) => capacities.test(url.pathname) && url.searchParams.get('unit') === 'week',
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByRole('button', { name: 'Quarter', exact: true }).click();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  // The day answer is not the week's: the strips wait for their own unit rather than draw a day a week wide.
  await expect(page.locator('[data-testid="workload-strip"]')).toHaveCount(0);
  release();
  await expect(strip(page, DEMO)).toHaveAttribute('data-unit', 'week');
  const dates = await strip(page, DEMO)
    .locator('[data-date]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')!));
  expect(dates.length).toBeGreaterThan(4);
  for (const d of dates) expect(new Date(`${d}T12:00:00Z`).getUTCDay(), d).toBe(1);
});

test('a keyboard drag onto a person says the load the drop would make', async ({ page, app, apiLog }) => {
  const { source, below, above } = await barAboveNextPerson(page, app);
  const next = (below ?? above)!;
  await source.focus();
  await page.keyboard.press('Space');
  // Lane by lane until the moving bar's centre is inside the next person's row, measured before each press (a
  // count taken once up front misses when a row grows meanwhile on a busy machine).
  const overlay = page.locator('.tl-overlay').first();
  const target = page.locator(`[data-row="${next.key}"]`);
  for (let i = 0; i < 60; i++) {
    const [o, r] = [(await overlay.boundingBox())!, (await target.boundingBox())!];
    const centre = o.y + o.height / 2;
    if (centre > r.y + 10 && centre < r.y + r.height - 10) break;
    await keyMove(page, below ? 'ArrowDown' : 'ArrowUp', 1);
  }
  await expect(page.getByTestId('announcer')).toContainText(`If dropped on ${next.name}:`);
  await expect(page.getByTestId('announcer')).toContainText(/planned of .* available/);
  await page.keyboard.press('Escape');
  expect(apiLog.filter((r) => r.method() !== 'GET')).toHaveLength(0);
});

test('a failed capacity read leaves the strips out, says so in plain words, and Retry reads again', async ({
  page,
  app,
  apiLog,
}) => {
  app.faults.fail({ method: 'GET', path: capacities, status: 500, message: 'capacities are down' });
  await page.goto(`/timeline?group=users&zoom=day&start=${berlinToday()}`);
  const notice = page.getByRole('alert').filter({ hasText: 'The workload strips could not be loaded' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('capacities are down');
  await expect(page.getByTestId('workload-strip')).toHaveCount(0);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(strip(page, DEMO)).toBeVisible();
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(2);
});
