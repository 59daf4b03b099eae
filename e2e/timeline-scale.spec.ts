import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import { demoOptions, generate } from '../src/server/local-api/db/generate';
import { openDatabase } from '../src/server/local-api/db/open';
import { startPlanner, type Planner } from '../src/server/main';

// A big workspace (5,000 tasks in 300 people's rows): the DOM must follow the viewport, not the data.

let planner: Planner;
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'planner-scale-'));
  const file = join(dir, 'planner.db');
  const db = openDatabase(file);
  const today = format(new Date(), 'yyyy-MM-dd');
  generate(db, { ...demoOptions(today), users: 300, projects: 40, tasks: 5000, timeBlocks: 50 });
  db.close();
  planner = await startPlanner({
    env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: file, LOG_LEVEL: 'silent' },
    app: 'skip',
    log: () => {},
  });
});

test.afterAll(async () => {
  await planner?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('5,000 tasks in 300 rows stay under 3,000 DOM elements while scrolling', async ({ page }) => {
  const sizes: number[] = [];
  test.setTimeout(120_000);
  const count = () => page.locator('body *').count();
  await page.goto(`${planner.url}/timeline?group=users&zoom=week`);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 60_000 });
  const rowsInDom = await page.locator('[data-row]').count();
  expect(rowsInDom).toBeLessThan(40); // rows are virtualized
  let n = await count();
  sizes.push(n);
  expect(n).toBeLessThan(3000);

  const scroller = page.getByTestId('timeline-scroll');
  await scroller.evaluate((el) => el.scrollBy(0, 20_000));
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  n = await count();
  sizes.push(n);
  expect(n).toBeLessThan(3000);

  await page.getByRole('button', { name: 'Quarter', exact: true }).click();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  n = await count();
  sizes.push(n);
  expect(n).toBeLessThan(3000);
  console.log(`DOM elements: ${sizes.join(', ')}`);
});

test('rows paint from the first page of groups; the next pages follow on their own, each read once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const pages: string[] = [];
  await page.route(/\/tasks\/groups\/users\?/, async (route) => {
    const p = new URL(route.request().url()).searchParams.get('page') ?? '';
    pages.push(p);
    // Every page after the first waits until the first rows are on screen.
    if (p !== '1') await held;
    await route.continue();
  });
  await page.goto(`${planner.url}/timeline?group=users&zoom=week`);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 60_000 });
  // Painted from page 1 while page 2 is still held (asked for right after page 1, not before).
  expect(pages).toEqual(['1', '2']);
  release();
  // 300 people: at least three pages of 100 groups, asked for one after another, each once.
  let seen = -1;
  await expect
    .poll(
      () => {
        const settled = pages.length === seen && pages.length >= 3;
        seen = pages.length;
        return settled;
      },
      { intervals: [800], timeout: 60_000 },
    )
    .toBe(true);
  expect(pages).toEqual(pages.map((_, i) => String(i + 1)));
  await expect(page.getByText('Could not load the timeline')).toHaveCount(0);
});
