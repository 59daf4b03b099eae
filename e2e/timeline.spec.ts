import type { Locator, Page, Request } from '@playwright/test';
import { expect, requestsTo, test, type PlannerFixture } from './fixtures';

// Timeline acceptance: pointer and keyboard drops, one PATCH per drop, rollback on failure, undo.
// The tests share one database (one planner per file): each picks a task no other test touched.

const LANE_H = 30;
const used = new Set<number>();

interface Candidate {
  id: number;
  name: string;
  start_date: string;
  end_date: string;
  project_id: number | null;
  user_id: number;
}

function pickTask(app: PlannerFixture, extra = '', having = ''): Candidate {
  const rows = app.sql<Candidate>(
    `SELECT t.id, t.name, t.start_date, t.end_date, t.project_id, MIN(a.user_id) AS user_id
       FROM tasks t JOIN task_assignees a ON a.task_id = t.id LEFT JOIN projects p ON p.id = t.project_id
      WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
        AND (p.id IS NULL OR (p.private = 0 AND p.archived_at IS NULL AND p.deleted_at IS NULL AND p.draft = 0))
        AND t.start_date >= date('now') AND julianday(t.end_date) - julianday(t.start_date) BETWEEN 1 AND 4 ${extra}
      GROUP BY t.id HAVING COUNT(*) = 1 ${having} ORDER BY t.id`,
  );
  const task = rows.find((r) => !used.has(r.id));
  if (!task) throw new Error('no demo task left');
  used.add(task.id);
  return task;
}

const shift = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const dbTask = (app: PlannerFixture, id: number) =>
  app.sql<{ start_date: string; end_date: string; project_id: number | null }>(
    'SELECT start_date, end_date, project_id FROM tasks WHERE id = ?',
    id,
  )[0];
const dbWeight = (app: PlannerFixture, id: number, type: string, key: number) =>
  app.sql<{ weight: number }>('SELECT weight FROM task_lanes WHERE task_id = ? AND group_type = ? AND group_key = ?', id, type, key)[0]
    ?.weight;

async function openTimeline(page: Page, group: string, start: string) {
  // Generous: the shared test machine is sometimes very busy.
  await page.goto(`/timeline?group=${group}&zoom=day&start=${shift(start, -2)}`);
  await expect(page.getByTestId('timeline-scroll')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
}

function bar(page: Page, id: number, row?: string): Locator {
  return page.locator(`${row ? `[data-row="${row}"] ` : ''}[data-bar-id="${id}"]`);
}

/** A pointer drag in small steps (past dnd-kit's activation distance); checks the drag state on the way. */
async function drag(page: Page, el: Locator, dx: number, dy: number) {
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 10 });
  await expect(el).toHaveAttribute('data-dragging', 'true');
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}

const patchResponse = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/tasks\/groups\//.test(r.url()));
const patches = (log: Request[]) => requestsTo(log, 'PATCH', /tasks\/groups/);

test('dragging a bar two days right sends one PATCH with the new dates and lane; it persists', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  const done = patchResponse(page);
  await drag(page, el, 2 * 56, 0);
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  const body = patches(apiLog)[0].postDataJSON();
  expect(body).toEqual([
    expect.objectContaining({
      id: t.id,
      op: 'move',
      source_group_id: t.user_id,
      target_group_id: t.user_id,
      start_date: shift(t.start_date, 2),
      end_date: shift(t.end_date, 2),
      weight: expect.any(Number),
    }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: shift(t.start_date, 2), end_date: shift(t.end_date, 2) });
  expect(dbWeight(app, t.id, 'users', t.user_id)).toBe(body[0].weight);

  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(bar(page, t.id)).toHaveAttribute('aria-label', new RegExp(`^${t.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
  const label = await bar(page, t.id).getAttribute('aria-label');
  const fmt = (d: string) => new Date(`${d}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  expect(label).toContain(`${fmt(shift(t.start_date, 2))} – ${fmt(shift(t.end_date, 2))}`);
});

test("dragging a bar to another person's row reassigns the task", async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id, `users:${t.user_id}`);
  await el.scrollIntoViewIfNeeded();
  // A neighbouring person's row that is on screen.
  const keys = await page.locator('[data-row^="users:"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')!));
  const i = keys.indexOf(`users:${t.user_id}`);
  const candidates = [keys[i + 1], keys[i - 1]].filter((k) => k && k !== 'users:0');
  const from = (await el.boundingBox())!;
  let target = '';
  let dy = 0;
  for (const k of candidates) {
    const box = (await page.locator(`[data-row="${k}"] .tl-track`).boundingBox())!;
    if (box.y > 100 && box.y + 40 < 900) {
      target = k!;
      dy = box.y + 6 + LANE_H / 2 - (from.y + from.height / 2);
      break;
    }
  }
  expect(target).not.toBe('');
  const targetUser = Number(target.split(':')[1]);
  const done = patchResponse(page);
  await drag(page, el, 0, dy);
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, source_group_id: t.user_id, target_group_id: targetUser, start_date: t.start_date, end_date: t.end_date }),
  ]);
  expect(app.sql('SELECT user_id FROM task_assignees WHERE task_id = ?', t.id)).toEqual([{ user_id: targetUser }]);
  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(bar(page, t.id, target)).toBeVisible();
  await expect(bar(page, t.id, `users:${t.user_id}`)).toHaveCount(0);
});

test('reordering lanes in the projects grouping persists the weight', async ({ page, app, apiLog }) => {
  const t = pickTask(app, 'AND t.project_id IS NOT NULL');
  await openTimeline(page, 'projects', t.start_date);
  const row = page.locator(`[data-row="projects:${t.project_id}"]`);
  const el = bar(page, t.id, `projects:${t.project_id}`);
  await el.scrollIntoViewIfNeeded();
  // Drop into the row's spare bottom lane: always free, so the weight must become that lane.
  const rowBox = (await row.boundingBox())!;
  const barBox = (await el.boundingBox())!;
  const lanes = Math.round((rowBox.height - 1 - 12) / LANE_H) - 1;
  const lane = Math.round((barBox.y - rowBox.y - 8) / LANE_H);
  expect(lanes).toBeGreaterThan(lane);
  const done = patchResponse(page);
  await drag(page, el, 0, (lanes - lane) * LANE_H);
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  const [item] = patches(apiLog)[0].postDataJSON();
  expect(item).toMatchObject({ id: t.id, source_group_id: t.project_id, target_group_id: t.project_id, weight: lanes });
  expect(dbWeight(app, t.id, 'projects', t.project_id!)).toBe(lanes);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });

  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  const after = (await bar(page, t.id, `projects:${t.project_id}`).boundingBox())!;
  const rowAfter = (await page.locator(`[data-row="projects:${t.project_id}"]`).boundingBox())!;
  expect(Math.round((after.y - rowAfter.y - 8) / LANE_H)).toBe(lanes);
});

test('a failed PATCH puts the bar back, says why, and changes nothing', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await el.scrollIntoViewIfNeeded();
  const before = (await el.boundingBox())!;
  const label = await el.getAttribute('aria-label');
  app.faults.fail({ method: 'PATCH', path: /\/tasks\/groups\//, status: 500, message: 'The planner backend is on fire' });
  const done = patchResponse(page);
  await drag(page, el, 2 * 56, 0);
  expect((await done).status()).toBe(500);

  await expect(page.getByText(/Moving the task failed and was undone: The planner backend is on fire/)).toBeVisible();
  await expect(el).toHaveAttribute('aria-label', label!);
  await expect.poll(async () => (await el.boundingBox())!.x).toBeCloseTo(before.x, 0);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
  expect(patches(apiLog)).toHaveLength(1);
});

test('a keyboard-only move persists and Ctrl+Z undoes it on the server', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await el.scrollIntoViewIfNeeded();
  await el.focus();
  await page.keyboard.press('Space');
  await expect(el).toHaveAttribute('data-dragging', 'true');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  let done = patchResponse(page);
  await page.keyboard.press('Enter');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: shift(t.start_date, 3), end_date: shift(t.end_date, 3) }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: shift(t.start_date, 3), end_date: shift(t.end_date, 3) });
  await expect(page.getByTestId('announcer')).toContainText(`Moved '${t.name}' to`);

  done = patchResponse(page);
  await page.keyboard.press('Control+z');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(2);
  expect(patches(apiLog)[1].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: t.start_date, end_date: t.end_date }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
});

test('the view is frugal and small: one GET per chunk, a bounded DOM, reused cache on zoom', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  await expect(bar(page, t.id)).toBeVisible();
  await page.screenshot({ path: '/tmp/timeline-users.png' });
  const gets = () => requestsTo(apiLog, 'GET', /tasks\/groups\/users/).length;
  const first = gets();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(2);
  expect(await page.locator('body *').count()).toBeLessThan(3000);
  // Zooming in and out over cached quarters asks nothing new.
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(bar(page, t.id)).toBeVisible();
  expect(gets()).toBe(first);
  // The URL holds the view: Back returns to the previous zoom.
  await page.goBack();
  await expect(page).toHaveURL(/zoom=week/);
});

test('shift-click selects two bars; dragging them sends one PATCH with two items', async ({ page, app, apiLog }) => {
  const a = pickTask(app);
  const b = pickTask(app, `AND t.id <> ${a.id}`, `AND MIN(a.user_id) = ${a.user_id}`);
  await openTimeline(page, 'users', a.start_date < b.start_date ? a.start_date : b.start_date);
  await bar(page, a.id).click();
  await expect(page.getByRole('heading', { name: a.name })).toBeVisible();
  await expect(page.getByTestId('time-blocks').or(page.getByText('No time blocks.'))).toBeVisible();
  await page.getByRole('button', { name: 'Close task details' }).click();
  await bar(page, b.id).click({ modifiers: ['Shift'] });
  await expect(bar(page, b.id)).toHaveAttribute('aria-pressed', 'true');
  const done = patchResponse(page);
  await drag(page, bar(page, a.id), 56, 0);
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(1);
  const body = patches(apiLog)[0].postDataJSON() as { id: number; start_date: string }[];
  expect(body.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
  expect(dbTask(app, a.id).start_date).toBe(shift(a.start_date, 1));
  expect(dbTask(app, b.id).start_date).toBe(shift(b.start_date, 1));
});

test('drawing on an empty lane creates a task there for that person', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const row = page.locator(`[data-row="users:${t.user_id}"]`);
  await row.scrollIntoViewIfNeeded();
  const track = (await row.locator('.tl-track').boundingBox())!;
  const y = track.y + track.height - 6 - LANE_H / 2; // the spare bottom lane
  const x = (await page.getByTestId('timeline-scroll').boundingBox())!.x + 220 + 4 * 56 + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 2 * 56, y, { steps: 8 });
  await page.mouse.up();
  const input = page.getByRole('textbox', { name: 'New task name' });
  await input.fill('Drawn task');
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && /\/tasks$/.test(r.url()));
  await input.press('Enter');
  expect((await created).status()).toBe(201);
  const body = requestsTo(apiLog, 'POST', /\/tasks$/)[0].postDataJSON();
  expect(body).toMatchObject({ name: 'Drawn task', assignee_user_ids: [t.user_id] });
  expect(body.end_date > body.start_date).toBe(true);
  await expect(row.getByRole('button', { name: /^Drawn task, / })).toBeVisible();
  expect(app.sql("SELECT COUNT(*) AS n FROM tasks WHERE name = 'Drawn task'")).toEqual([{ n: 1 }]);
});

test('over quota: the drop is undone and the toast gives the reset time', async ({ page, app }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  app.faults.fail({
    method: 'PATCH',
    path: /\/tasks\/groups\//,
    status: 402,
    message: 'Quota exceeded',
    headers: { 'X-Toggl-Quota-Remaining': '0', 'X-Toggl-Quota-Resets-In': '1200' },
  });
  const label = await bar(page, t.id).getAttribute('aria-label');
  const done = patchResponse(page);
  await drag(page, bar(page, t.id), 56, 0);
  expect((await done).status()).toBe(402);
  await expect(page.getByText(/API quota used up.*resets in 20 min/)).toBeVisible();
  await expect(bar(page, t.id)).toHaveAttribute('aria-label', label!);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
});

test('scrolling sideways moves the view start in the URL and loads the next quarter only', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const before = requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map((r) => new URL(r.url()).searchParams.get('start_date'));
  // Scrolling to the canvas end moves the start (URL) and the canvas grows; a few times reach the next quarter.
  const scroller = page.getByTestId('timeline-scroll');
  for (let i = 0; i < 3; i++) {
    const url = page.url();
    await scroller.evaluate((el) => el.scrollBy(el.scrollWidth, 0));
    await expect(page).not.toHaveURL(url);
  }
  await expect
    .poll(() => requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map((r) => new URL(r.url()).searchParams.get('start_date')))
    .not.toEqual(before);
  const starts = requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map((r) => new URL(r.url()).searchParams.get('start_date'));
  // Each quarter was asked for once.
  expect(new Set(starts).size).toBe(starts.length);
  await expect(page.getByText('Could not load the timeline')).toHaveCount(0);
  // Back to today: cached quarters, no new request.
  const n = starts.length;
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page.getByTestId('today-line')).toBeVisible();
  expect(requestsTo(apiLog, 'GET', /tasks\/groups\/users/)).toHaveLength(n);
});
