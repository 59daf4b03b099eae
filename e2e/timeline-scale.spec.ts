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

test('rows paint from the first page of groups; the next pages are read as the rows are scrolled to, each once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pages: string[] = [];
  await page.route(/\/tasks\/groups\/users\?/, async (route) => {
    pages.push(new URL(route.request().url()).searchParams.get('page') ?? '');
    await route.continue();
  });
  await page.goto(`${planner.url}/timeline?group=users&zoom=week`);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 60_000 });
  const more = page.getByRole('status').filter({ hasText: /more rows/i });
  await expect(more).toHaveCount(1);
  // The first 100 rows fill the view: nothing more is read until they are scrolled through.
  await page.waitForTimeout(1000);
  expect(pages).toEqual(['1']);

  // 300 people: at least three pages of 100 groups, each asked for when the rows are scrolled near their end.
  const scroller = page.getByTestId('timeline-scroll');
  await expect
    .poll(
      async () => {
        await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        return more.count();
      },
      { intervals: [500], timeout: 60_000 },
    )
    .toBe(0);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages).toEqual(pages.map((_, i) => String(i + 1)));
  // The last rows are on screen, and nothing more is read.
  await expect(page.locator('[data-row]').last()).toBeInViewport();
  const read = pages.length;
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.waitForTimeout(800);
  expect(pages).toHaveLength(read);
  await expect(page.getByText('Could not load the timeline')).toHaveCount(0);
});

test('after a vertical scroll each row name and count sit at the top of their own row, a tall row keeps them in view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${planner.url}/timeline?group=users&zoom=week`);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 60_000 });
  const scroller = page.getByTestId('timeline-scroll');
  // Where each fully shown row's name and count are, from its top (6 px of padding), at a scroll depth.
  const labelsAt = (top: number) =>
    scroller.evaluate(async (el, top) => {
      el.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const view = el.getBoundingClientRect();
      const headerBottom = el.firstElementChild!.getBoundingClientRect().bottom;
      return [...el.querySelectorAll<HTMLElement>('[data-row]')].flatMap((row) => {
        const r = row.getBoundingClientRect();
        if (r.top < headerBottom || r.bottom > view.bottom) return [];
        const name = row.querySelector('.tl-fold')!.getBoundingClientRect().top - r.top;
        const count = row.querySelector('.tl-row-count')!.getBoundingClientRect().top - r.top;
        return [{ row: row.dataset.row, name: Math.round(name), count: Math.round(count) }];
      });
    }, top);
  let checked = 0;
  for (const depth of [2_000, 9_000, 20_000]) {
    const labels = await labelsAt(depth);
    checked += labels.length;
    for (const l of labels) {
      expect(l.name, `name of ${l.row} at ${depth}px`).toBeGreaterThanOrEqual(4);
      expect(l.name, `name of ${l.row} at ${depth}px`).toBeLessThanOrEqual(10);
      expect(l.count, `count of ${l.row} at ${depth}px`).toBeLessThanOrEqual(10);
    }
  }
  expect(checked).toBeGreaterThanOrEqual(3);

  // A tall row scrolled 60 px above the header's bottom: its name stays in view just below the header.
  const tall = await scroller.evaluate((el) => {
    const rows = [...el.querySelectorAll<HTMLElement>('[data-row]')];
    const row = rows.sort((a, b) => b.offsetHeight - a.offsetHeight)[0];
    return { key: row.dataset.row!, top: row.offsetTop, height: row.offsetHeight };
  });
  expect(tall.height).toBeGreaterThan(150);
  const placed = await scroller.evaluate(async (el, tall) => {
    el.scrollTop = tall.top + 60;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const row = el.querySelector<HTMLElement>(`[data-row="${tall.key}"]`)!;
    const headerBottom = el.firstElementChild!.getBoundingClientRect().bottom;
    return {
      rowTop: row.getBoundingClientRect().top - headerBottom,
      name: row.querySelector('.tl-fold')!.getBoundingClientRect().top - headerBottom,
    };
  }, tall);
  expect(Math.round(placed.rowTop)).toBe(-60);
  expect(placed.name).toBeGreaterThanOrEqual(0);
  expect(placed.name).toBeLessThanOrEqual(12);
});
