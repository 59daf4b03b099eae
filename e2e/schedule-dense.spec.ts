import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import type { Planner } from '../src/server/main';
import { startGeneratedPlanner } from './generated-planner';

// The benchmark's dense week (issue 15): 50,000 time blocks over 300 people in one work week, about 167 blocks
// a row. The DOM must follow the viewport, not the blocks: what cannot be drawn one by one is drawn as a cluster.

let planner: Planner;
let close: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // As bench/lib/datasets.ts builds 'week-dense' (npm run seed with these numbers).
  ({ planner, close } = await startGeneratedPlanner({
    users: 300,
    projects: 30,
    tasks: 10_000,
    timeBlocks: 50_000,
    blockSpreadDays: 7,
  }));
});

test.afterAll(async () => {
  await close?.();
});

test('the dense week (50,000 blocks) stays under 3,000 DOM elements while scrolling; a cluster says what it holds', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const sizes: number[] = [];
  const count = () => page.evaluate(() => document.body.querySelectorAll('*').length);
  await page.goto(`${planner.url}/schedule?view=week`);
  const drawn = page.locator('[data-testid="time-block"], [data-testid="block-cluster"]');
  await expect(drawn.first()).toBeVisible({ timeout: 90_000 });
  // The whole week has streamed in (the DOM is measured with every block there).
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(page.getByTestId('capacity').first()).toBeVisible();
  sizes.push(await count());

  const grid = page.getByTestId('schedule-grid');
  for (const top of [2_000, 6_000, 11_000, 16_000]) {
    await grid.evaluate((el, top) => el.scrollTo({ top, behavior: 'instant' }), top);
    await expect(page.locator(`[data-testid="schedule-row"]`).first()).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    sizes.push(await count());
  }
  console.log(`Dense week DOM elements: ${sizes.join(', ')}`);
  for (const n of sizes) expect(n).toBeLessThan(3000);

  // A cluster states how many blocks it holds and the hours they cover, in its name and its title.
  const cluster = page.getByTestId('block-cluster').first();
  await expect(cluster).toBeVisible();
  const name = (await cluster.getAttribute('aria-label')) ?? '';
  expect(name).toMatch(/^\d+ blocks, .*\d{2}:\d{2}–.*\d{2}:\d{2}/);
  const held = Number(name.split(' ')[0]);
  expect(held).toBeGreaterThanOrEqual(2);
  expect(await cluster.getAttribute('data-count')).toBe(String(held));
  expect(await cluster.getAttribute('title')).toContain(`${held} blocks`);
  // The clusters pass axe (name, role, contrast) in both colour schemes; the page as a whole is axe.spec.ts's.
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('[data-testid="block-cluster"]').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.length}`),
      colorScheme,
    ).toEqual([]);
  }

  // Opening it from the keyboard (it is a button) zooms in on its blocks; the focus goes to the first of them,
  // in the same row, and the closer zoom's DOM still follows the viewport.
  const rowOf = (el: Element) => el.closest<HTMLElement>('[data-testid="schedule-row"]')?.dataset.row;
  const rowKey = await cluster.evaluate(rowOf);
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]zoom=wide\b/);
  await expect(grid).toHaveAttribute('data-px-per-hour', '40');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-testid', /^(time-block|block-cluster)$/);
  expect(await focused.evaluate(rowOf)).toBe(rowKey);
  await expect(focused).toBeInViewport();
  const zoomed = await count();
  console.log(`Dense week DOM elements after opening a cluster (wide zoom): ${zoomed}`);
  expect(zoomed).toBeLessThan(3000);
});
