import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test } from './fixtures';

const bulk = /\/time-blocks\/bulk$/;

async function openSchedule(page: Page, path = '/schedule') {
  await openApp(page, path);
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('time-block').first()).toBeVisible();
}

test.use({ viewport: { width: 1600, height: 1000 } });

/** This week's Wednesday at `hourUtc`:00 UTC: the demo data is laid around the real today, its blocks on workdays. */
function thisWednesdayAt(hourUtc: number): Date {
  const now = new Date();
  const monday =
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
    ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + 2 * 86_400_000 + hourUtc * 3600_000);
}

test('View and Rows live in the URL: reload keeps them, Back undoes them', async ({ page }) => {
  await openSchedule(page);
  const view = page.getByRole('combobox', { name: 'View' });
  const rows = page.getByRole('combobox', { name: 'Rows' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Week of /);
  await view.selectOption('day');
  await expect(page).toHaveURL(/[?&]view=day/);
  // The day view's heading names its day (the demo user writes dates as ISO: "Wed 12-02").
  const day = await page.getByRole('combobox', { name: 'Day' }).inputValue();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^[A-Z][a-z]{2} ${day.slice(5)} `),
  );
  await rows.selectOption({ label: 'Demo Planner' });
  await expect(page).toHaveURL(/[?&]rows=1001/);
  await expect(page.getByTestId('schedule-row')).toHaveCount(1);
  await page.reload();
  await expect(view).toHaveValue('day');
  await expect(rows).toHaveValue('1001');
  await expect(page.getByTestId('schedule-row')).toHaveCount(1);
  await page.goBack();
  await expect(rows).toHaveValue('users');
  await expect(view).toHaveValue('day');
  await page.goBack();
  await expect(view).toHaveValue('week');
  await page.goForward();
  await expect(view).toHaveValue('day');
});

test('two view changes made before the first has rendered both stay (View, then Rows at once)', async ({
  page,
}) => {
  await openSchedule(page);
  // Both changes in one task: the second one's handler runs before React has rendered the first navigation.
  await page.evaluate(() => {
    const pick = (name: string, value: string) => {
      const label = [...document.querySelectorAll('label')].find((l) =>
        l.textContent?.trim().startsWith(name),
      );
      const select = label!.querySelector('select')!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('View', 'day');
    pick('Rows', '1001');
  });
  await expect(page).toHaveURL(/[?&]view=day/);
  await expect(page).toHaveURL(/[?&]rows=1001/);
  await expect(page.getByTestId('schedule-row')).toHaveCount(1);
});

test('disabled selection and history buttons are disabled and look it', async ({ page }) => {
  await openSchedule(page);
  const enabled = await page
    .getByRole('button', { name: 'Today' })
    .evaluate((el) => getComputedStyle(el).opacity);
  for (const name of ['Mark complete', 'Archive', 'Delete…', 'Undo', 'Redo']) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeDisabled();
    const opacity = await button.evaluate((el) => getComputedStyle(el).opacity);
    expect(Number(opacity)).toBeLessThan(Number(enabled));
  }
  // A selection enables the selection's buttons, which then look like any other.
  await page.getByTestId('time-block').first().click();
  const complete = page.getByRole('button', { name: 'Mark complete' });
  await expect(complete).toBeEnabled();
  expect(await complete.evaluate((el) => getComputedStyle(el).opacity)).toBe(enabled);
});

test("the last day's capacity labels are on one line, like the other days'", async ({ page }) => {
  await openSchedule(page);
  const row = page.getByTestId('schedule-row').first();
  const labels = row.getByTestId('capacity');
  await expect(labels).toHaveCount(5);
  const first = (await labels.first().boundingBox())!;
  const last = (await labels.last().boundingBox())!;
  expect(last.height).toBeCloseTo(first.height, 0);
  expect(last.height).toBeLessThan(20);
  expect(last.width).toBeGreaterThan(40);
  // And it sits inside its own day, at the track's right end.
  const track = (await row.getByTestId('schedule-track').boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(track.x + track.width);
});

test("a block dropped on another person's row goes back and says why on screen", async ({ page, apiLog }) => {
  await openSchedule(page);
  const row = page.getByTestId('schedule-row').nth(1);
  const block = row.getByTestId('time-block').first();
  const id = await block.getAttribute('data-block-id');
  const before = (await block.boundingBox())!;
  const x = before.x + Math.min(6, before.width / 2);
  const y = before.y + before.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 8, { steps: 4 });
  // One row down (rows are 56 px), onto the next person.
  await page.mouse.move(x + 30, y + 56, { steps: 10 });
  await page.mouse.up();
  // A visible toast, not only the screen reader's announcer.
  const toast = page
    .locator('.toast')
    .filter({ hasText: 'A time block stays with the person who booked it' });
  await expect(toast).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText(
    'A time block stays with the person who booked it',
  );
  const after = (await page.locator(`[data-testid="time-block"][data-block-id="${id}"]`).boundingBox())!;
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.y).toBeCloseTo(before.y, 0);
  await page.waitForLoadState('networkidle');
  expect(requestsTo(apiLog, 'PATCH', bulk)).toHaveLength(0);
});

test("one person's days: the now line crosses only today's row", async ({ page }) => {
  // A Wednesday noon of the demo data's week (the data is laid around the real today).
  const wednesday = thisWednesdayAt(11);
  await page.clock.setFixedTime(wednesday);
  await openSchedule(page, '/schedule?rows=1001&view=week&hours=full');
  const rows = page.getByTestId('schedule-row');
  await expect(rows).toHaveCount(5);
  const line = page.getByTestId('now-line');
  await expect(line).toHaveCount(1);
  const box = (await line.boundingBox())!;
  const today = (await rows.nth(2).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(today.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(today.y + today.height + 1);
  // People as rows: the line crosses every row.
  await page.getByRole('combobox', { name: 'Rows' }).selectOption('users');
  const all = (await page.locator('.sch-body').boundingBox())!;
  await expect.poll(async () => (await line.boundingBox())!.height).toBeGreaterThan(all.height - 2);
});

test('a block dragged past the end of the day view stays on that day, and the grid stops at its end', async ({
  page,
}) => {
  // Wednesday 11:00 of the demo data's week: the day view shows that Wednesday.
  const wednesday = thisWednesdayAt(10);
  await page.clock.setFixedTime(wednesday);
  await openSchedule(page, '/schedule?view=day');
  const grid = page.getByTestId('schedule-grid');
  const widthBefore = await grid.evaluate((el) => el.scrollWidth);
  const mine = page.getByTestId('schedule-row').filter({ hasText: '(you)' });
  const block = mine.getByTestId('time-block').first();
  const id = await block.getAttribute('data-block-id');
  const box = (await block.boundingBox())!;
  const gridBox = (await grid.boundingBox())!;
  const x = box.x + Math.min(6, box.width / 2);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 8, y, { steps: 4 });
  // To the grid's right edge, and held there while the edge scrolls.
  await page.mouse.move(gridBox.x + gridBox.width - 3, y, { steps: 12 });
  await page.waitForTimeout(1500);
  // The block stops with its start a quarter hour before the end: the grid widens by at most its length
  // (it used to widen with the drag and scroll on into blank space).
  expect(await grid.evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(widthBefore + box.width);
  const sent = page.waitForRequest((r) => bulk.test(r.url()) && r.method() === 'PATCH');
  await page.mouse.up();
  const [item] = JSON.parse((await sent).postData()!) as { id: number; start: string }[];
  expect(item.id).toBe(Number(id));
  const day = (t: Date) => t.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
  expect(day(new Date(item.start))).toBe(day(wednesday));
  // Still in the view, at its end.
  const moved = page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);
  await expect(moved).toBeVisible();
  const track = (await mine.getByTestId('schedule-track').boundingBox())!;
  expect((await moved.boundingBox())!.x).toBeLessThan(track.x + track.width);
});

test('a double booking shows both blocks, each reachable by pointer, one above the other', async ({
  page,
  app,
}) => {
  const wednesday = thisWednesdayAt(10);
  await page.clock.setFixedTime(wednesday);
  // Two of the demo user's blocks that day, the shorter moved to the other's start (as a drop would).
  const day = wednesday.toISOString().slice(0, 10);
  const [a, b] = app.sql<{ id: number; start: string; duration: number }>(
    `SELECT id, start, duration FROM time_blocks WHERE toggl_user_id = 1001 AND deleted_at IS NULL
       AND archived_at IS NULL AND start LIKE ? ORDER BY duration DESC LIMIT 2`,
    `${day}%`,
  );
  const org = app.sql<{ id: number }>('SELECT organization_id AS id FROM workspaces WHERE id = 5200')[0].id;
  const moved = await page.request.patch(`/api/focus/organizations/${org}/workspaces/5200/time-blocks/bulk`, {
    headers: { 'X-Requested-With': 'planner' },
    data: [{ id: b.id, start: a.start }],
  });
  expect(moved.status()).toBeLessThan(300);
  await openSchedule(page, '/schedule?view=day&rows=1001');
  const boxes = [];
  for (const id of [a.id, b.id]) {
    const block = page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);
    await expect(block).toBeVisible();
    await expect(block).toHaveAccessibleName(/conflicts with another block/);
    const box = (await block.boundingBox())!;
    boxes.push(box);
    // What a pointer at its middle hits is this block, not the other one drawn over it.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-block-id]')?.getAttribute('data-block-id'),
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe(String(id));
  }
  // Side by side in height: one above the other, same start.
  expect(boxes[0].x).toBeCloseTo(boxes[1].x, 0);
  expect(Math.abs(boxes[0].y - boxes[1].y)).toBeGreaterThanOrEqual(boxes[0].height - 1);
});

test("a block's accessible name says whose it is and which day in the week view, and which day in a person's days", async ({
  page,
  app,
}) => {
  const wed = thisWednesdayAt(0).toISOString().slice(0, 10);
  const b = app.sql<{ id: number; name: string; user: string }>(
    `SELECT b.id, t.name, u.fullname AS user FROM time_blocks b JOIN tasks t ON t.id = b.task_id
       JOIN users u ON u.id = b.toggl_user_id
      WHERE b.workspace_id = 5200 AND b.archived_at IS NULL AND b.deleted_at IS NULL AND b.toggl_user_id = 1001
        AND b.start >= ? AND b.start < ? ORDER BY b.start LIMIT 1`,
    `${wed}T08:00:00Z`,
    `${wed}T14:00:00Z`,
  )[0];
  const block = page.locator(`[data-testid="time-block"][data-block-id="${b.id}"]`);
  await openSchedule(page);
  // The demo user writes dates as ISO: "Wed 12-02".
  const day = `Wed ${wed.slice(5)}`;
  await expect(block).toHaveAccessibleName(new RegExp(`^${b.name}, ${b.user}, ${day}, \\d\\d:\\d\\d–`));
  await page.getByRole('combobox', { name: 'Rows' }).selectOption('1001');
  await expect(block).toHaveAccessibleName(new RegExp(`^${b.name}, ${day}, \\d\\d:\\d\\d–`));
});

test("a skip link past the week's blocks: the first Tab stop of the grid, it takes the focus to the tasks to schedule", async ({
  page,
}) => {
  await openSchedule(page);
  const skip = page.getByRole('button', { name: 'Skip to the tasks to schedule' });
  await expect(skip).toHaveCount(1);
  // Out of sight until focused.
  expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
  // The Tab stop right after the toolbar's last control (the Archived blocks box) is the skip link.
  await page.getByLabel('Archived blocks').focus();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(100);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Filter tasks' })).toBeFocused();
});
