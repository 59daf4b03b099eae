import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';
import { berlinToday, exec, mondayOf, shiftDay } from './capacity-helpers';

// The Schedule's side list on a big week: a page of 100 tasks on opening, the next as the list is scrolled,
// and a filter that asks the upstream (once typing pauses) for tasks not read yet (issue 15: 24 sequential
// pages were read on opening a 2,400-task week, each a request of the hourly quota).

const taskReads = /\/workspaces\/\d+\/tasks$/;
const EXTRA = 180;

/** EXTRA more tasks over this week, named to sort after the demo's ("Zz bulk 001" ...). */
function addTasks(app: PlannerFixture) {
  const monday = mondayOf(berlinToday());
  const friday = shiftDay(monday, 4);
  for (let i = 1; i <= EXTRA; i++)
    exec(
      app,
      `INSERT INTO tasks (workspace_id, name, project_id, status_id, priority, start_date, end_date,
         estimated_mins, toggl_user_id, position, created_at, updated_at, status_updated_at)
       SELECT workspace_id, ?, project_id, status_id, priority, ?, ?, 120, toggl_user_id, position + ?,
         created_at, created_at, status_updated_at FROM tasks ORDER BY id LIMIT 1`,
      `Zz bulk ${String(i).padStart(3, '0')}`,
      monday,
      friday,
      i,
    );
  return app.sql<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tasks WHERE deleted_at IS NULL AND archived_at IS NULL
       AND COALESCE(end_date, start_date) >= ? AND COALESCE(start_date, end_date) <= ?`,
    monday,
    shiftDay(monday, 6),
  )[0].n;
}

test('a big week: one page of tasks on opening, the next ones as the list scrolls, each once', async ({
  page,
  app,
  apiLog,
}) => {
  const inWeek = addTasks(app);
  expect(inWeek).toBeGreaterThan(200);
  await openApp(page, '/schedule');
  const items = page.getByTestId('schedule-task');
  await expect(items.first()).toBeVisible();
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  const reads = () => requestsTo(apiLog, 'GET', taskReads).map((r) => new URL(r.url()).searchParams);
  expect(reads()).toHaveLength(1);
  expect(reads()[0].get('page')).toBe('1');
  // Assistive tech hears the whole list's size; the words say how much is read.
  await expect(page.locator('.sch-task-item').first()).toHaveAttribute('aria-setsize', String(inWeek));
  await expect(page.getByText(`100 of ${inWeek} tasks read; more as you scroll.`)).toBeVisible();

  const list = page.locator('.sch-task-scroll');
  const last = page.locator('[data-testid="schedule-task"]', { hasText: `Zz bulk ${EXTRA}` });
  for (let i = 0; i < 40 && (await last.count()) === 0; i++) {
    await list.evaluate((el) => el.scrollBy(0, 2_000));
    await page.waitForTimeout(100);
  }
  await expect(last).toBeVisible();
  const pages = Math.ceil(inWeek / 100);
  await expect
    .poll(() => reads().map((q) => q.get('page')))
    .toEqual(Array.from({ length: pages }, (_, i) => String(i + 1)));
  await expect(page.locator('.sch-task-count')).toHaveCount(0);
  // Read to its end: scrolling further and filtering ask nothing more (the filter looks through what is read).
  await list.evaluate((el) => el.scrollBy(0, 5_000));
  await page.getByLabel('Filter tasks').fill('Zz bulk 17');
  await expect(items).toHaveCount(10);
  await page.waitForTimeout(700);
  expect(reads()).toHaveLength(pages);
});

test('a filter before the list is read to its end asks the upstream once typing pauses', async ({
  page,
  app,
  apiLog,
}) => {
  addTasks(app);
  await openApp(page, '/schedule');
  await expect(page.getByTestId('schedule-task').first()).toBeVisible();
  const reads = () => requestsTo(apiLog, 'GET', taskReads).map((r) => new URL(r.url()).searchParams);
  expect(reads()).toHaveLength(1);
  // "Zz bulk 150" sorts past the first page: not among the tasks read.
  const wanted = page.locator('[data-testid="schedule-task"]', { hasText: 'Zz bulk 150' });
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(
    (url) => taskReads.test(url.pathname) && url.searchParams.has('name'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByLabel('Filter tasks').pressSequentially('bulk 150', { delay: 30 });
  // Until the upstream has answered, the list does not claim that nothing matches.
  await expect(page.getByText('Looking through all tasks of the week…')).toBeVisible();
  await expect(page.getByText('No tasks match.')).toHaveCount(0);
  await expect.poll(() => reads().length).toBe(2);
  release();
  await expect(wanted).toBeVisible();
  await expect(page.getByTestId('schedule-task')).toHaveCount(1);
  // One request for the settled text, not one per key.
  expect(reads()).toHaveLength(2);
  expect(reads()[1].get('name')).toBe('bulk 150');
  expect(reads()[1].get('page')).toBe('1');
  // Cleared: the unfiltered list is still in the cache, nothing is read again.
  await page.getByLabel('Filter tasks').fill('');
  await expect(page.getByTestId('schedule-task').first()).toBeVisible();
  await page.waitForTimeout(700);
  expect(reads()).toHaveLength(2);
});
