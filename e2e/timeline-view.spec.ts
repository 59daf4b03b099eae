import AxeBuilder from '@axe-core/playwright';
import { expect, requestsTo, test } from './fixtures';
import {
  bar,
  dbTask,
  drag,
  LANE_H,
  openTimeline,
  patches,
  patchResponse,
  pickTask,
  reveal,
  shift,
} from './timeline-helpers';

// Timeline view: frugal reads, multi-select, draw-to-create, quota, sideways loading, keyboard extras, axe.

test('the view is frugal and small: one GET per window, a bounded DOM, reused cache on zoom', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  // The users read asks for the no-assignee group (the upstream appends it only then); its row shows once.
  await expect(page.locator('[data-row="users:0"]')).toHaveCount(1);
  const [read] = requestsTo(apiLog, 'GET', /tasks\/groups\/users/);
  expect(new URL(read.url()).searchParams.get('include_unassigned')).toBe('true');
  await reveal(page, bar(page, t.id));
  await expect(bar(page, t.id)).toBeVisible();
  await page.screenshot({ path: '/tmp/timeline-users.png' });
  const gets = () => requestsTo(apiLog, 'GET', /tasks\/groups\/users/).length;
  const first = gets();
  // One window around the view, one page of groups (the demo has fewer than 100 people).
  expect(first).toBe(1);
  expect(await page.locator('body *').count()).toBeLessThan(3000);
  // Zooming in and out inside the cached window asks nothing new.
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(bar(page, t.id)).toBeVisible();
  expect(gets()).toBe(first);
  // The URL holds the view: Back returns to the previous zoom.
  await page.goBack();
  await expect(page).toHaveURL(/zoom=week/);
});

test('shift-click selects two bars; dragging them sends one PATCH with two items', async ({
  page,
  app,
  apiLog,
}) => {
  const a = pickTask(app);
  const b = pickTask(app, `AND t.id <> ${a.id}`, `AND MIN(a.user_id) = ${a.user_id}`);
  await openTimeline(page, 'users', a.start_date < b.start_date ? a.start_date : b.start_date);
  await reveal(page, bar(page, a.id));
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
  await reveal(page, row);
  const track = (await row.locator('.tl-track').boundingBox())!;
  const y = track.y + track.height - 6 - LANE_H / 2; // the spare bottom lane
  const x = (await page.getByTestId('timeline-scroll').boundingBox())!.x + 220 + 4 * 56 + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 2 * 56, y, { steps: 8 });
  await page.mouse.up();
  const input = page.getByRole('dialog', { name: 'New task' }).getByLabel('Name');
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

test('scrolling sideways moves the view start in the URL and loads each next window once', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const windowOf = (r: { url(): string }) => {
    const q = new URL(r.url()).searchParams;
    return `${q.get('start_date')}..${q.get('end_date')}`;
  };
  const before = requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map(windowOf);
  expect(before).toHaveLength(1);
  // Scrolling to the canvas end moves the start (URL) and the canvas grows; a few times leave the window.
  const scroller = page.getByTestId('timeline-scroll');
  for (let i = 0; i < 3; i++) {
    const url = page.url();
    await scroller.evaluate((el) => el.scrollBy(el.scrollWidth, 0));
    await expect(page).not.toHaveURL(url);
  }
  await expect
    .poll(() => requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map(windowOf))
    .not.toEqual(before);
  // The last scroll may still be asking for a further window: wait until the reads have settled.
  let seen = -1;
  await expect
    .poll(
      () => {
        const count = requestsTo(apiLog, 'GET', /tasks\/groups\/users/).length;
        const settled = count === seen;
        seen = count;
        return settled;
      },
      { intervals: [600] },
    )
    .toBe(true);
  const windows = requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map(windowOf);
  const starts = windows.map((w) => w.split('..')[0]);
  // Each window was asked for once (one page each), and no two windows start on the same day.
  expect(new Set(windows).size).toBe(windows.length);
  expect(new Set(starts).size).toBe(starts.length);
  await expect(page.getByText('Could not load the timeline')).toHaveCount(0);
  // The booked blocks: read lazily after the bars, one read per window, never a window twice (a window
  // scrolled past before its bars arrived may be skipped). Windows as the Berlin day of date_from.
  const blockWindows = () =>
    requestsTo(apiLog, 'GET', /time-blocks/).map((r) =>
      new Date(new URL(r.url()).searchParams.get('date_from')!).toLocaleDateString('en-CA', {
        timeZone: 'Europe/Berlin',
      }),
    );
  await expect.poll(() => blockWindows().includes(starts[starts.length - 1])).toBe(true);
  expect(new Set(blockWindows()).size).toBe(blockWindows().length);
  expect(blockWindows().every((q) => starts.includes(q))).toBe(true);
  // Back to today: inside the first cached window, no new bars read, no window's blocks read twice.
  const n = starts.length;
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page.getByTestId('today-line')).toBeVisible();
  expect(requestsTo(apiLog, 'GET', /tasks\/groups\/users/)).toHaveLength(n);
  await expect(page.locator('.tl-mark').first()).toBeVisible();
  expect(new Set(blockWindows()).size).toBe(blockWindows().length);
});

test('keyboard: Enter opens the details, Shift+Right extends the end, Escape returns to the bar; no axe violations', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await reveal(page, el);
  await el.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t.name })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(el).toBeFocused();

  const done = patchResponse(page);
  await page.keyboard.press('Shift+ArrowRight');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: t.start_date, end_date: shift(t.end_date, 1) }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: shift(t.end_date, 1) });

  const results = await new AxeBuilder({ page }).include('.tl-page').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});

test('filters and the name search live in the URL, reach the API, and Back undoes them', async ({
  page,
  apiLog,
}) => {
  await page.goto('/timeline?group=projects&zoom=week');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'More filters' }).click();
  const project = page.getByRole('combobox', { name: 'Project' });
  await expect(project.locator('option').nth(1)).toBeAttached();
  await project.selectOption({ index: 1 });
  await expect(page).toHaveURL(/project=\d+/);
  const id = new URL(page.url()).searchParams.get('project');
  const sent = (key: string, value: string | null) =>
    requestsTo(apiLog, 'GET', /tasks\/groups\/projects/).some(
      (r) => new URL(r.url()).searchParams.get(key) === value,
    );
  await expect.poll(() => sent('project_id', id)).toBe(true);
  await expect(page.locator('[data-row]')).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search' }).fill('Audit');
  await expect(page).toHaveURL(/q=Audit/);
  await expect.poll(() => sent('name', 'Audit')).toBe(true);
  for (const label of await page
    .locator('[data-bar-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
    expect(label).toMatch(/audit/i);
  }
  await page.goBack();
  await expect(page).not.toHaveURL(/q=Audit/);
  await page.goBack();
  await expect(page).not.toHaveURL(/project=/);
});

test('two quick drops of one bar are sent in order and end in the state of the last', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await drag(page, el, 56, 0);
  await drag(page, el, 56, 0); // before the first answer is needed
  await expect.poll(() => patches(apiLog).length).toBe(2);
  await expect.poll(() => dbTask(app, t.id).start_date).toBe(shift(t.start_date, 2));
  const bodies = patches(apiLog).map((r) => r.postDataJSON()[0].start_date);
  expect(bodies).toEqual([shift(t.start_date, 1), shift(t.start_date, 2)]);
  expect(dbTask(app, t.id).end_date).toBe(shift(t.end_date, 2));
});

test('a row folds to its header and unfolds', async ({ page, app }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const row = page.locator(`[data-row="users:${t.user_id}"]`);
  await reveal(page, row);
  const fold = row.locator('.tl-fold');
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(row.locator('[data-bar-id]')).toHaveCount(0);
  await fold.click();
  await expect(bar(page, t.id, `users:${t.user_id}`)).toBeVisible();
});

// Last in the file: after a 402 the server's quota gate rightly holds every Focus call until the reset.
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
  await reveal(page, bar(page, t.id));
  const label = await bar(page, t.id).getAttribute('aria-label');
  const done = patchResponse(page);
  await drag(page, bar(page, t.id), 56, 0);
  expect((await done).status()).toBe(402);
  await expect(page.getByText(/API quota used up.*resets in 20 min/)).toBeVisible();
  await expect(bar(page, t.id)).toHaveAttribute('aria-label', label!);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
});

test('Today brings the grid back even when the URL already starts at today (scrolled away a moment ago)', async ({
  page,
}) => {
  await page.goto('/timeline?group=users&zoom=week');
  await page.getByRole('button', { name: 'Today' }).click();
  const today = page.getByTestId('today-line');
  await expect(today).toBeInViewport();
  const url = page.url();
  const scroller = page.getByTestId('timeline-scroll');
  const home = await scroller.evaluate((el) => el.scrollLeft);
  // Sideways by six weeks and Today at once, before the scroll has settled into the URL.
  await scroller.evaluate((el) => el.scrollBy({ left: 1000, behavior: 'instant' }));
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(today).toBeInViewport();
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBe(home);
  await page.waitForTimeout(400); // past the settle delay: the URL stays at today
  expect(page.url()).toBe(url);
});
