import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Ctrl+wheel and Ctrl+= / Ctrl+- zoom the Timeline between its levels around the day under the pointer, and
// never the page.

test.use({ viewport: { width: 1600, height: 1000 } });

const zoomOf = (page: Page) => new URL(page.url()).searchParams.get('zoom');

/** The day whose header column is at x (day and week zooms have a tick per day). */
const dayAt = (page: Page, x: number) =>
  page.evaluate((px) => {
    const ticks = [...document.querySelectorAll<HTMLElement>('.tl-tick[data-day]')];
    return ticks.find((t) => {
      const r = t.getBoundingClientRect();
      return r.left <= px && px < r.right;
    })?.dataset.day;
  }, x);

test('Ctrl+wheel zooms in and out one level a notch around the day under the pointer, not the page', async ({
  page,
}) => {
  await page.goto('/timeline?group=users&zoom=week');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  const scroller = page.getByTestId('timeline-scroll');
  const box = (await scroller.boundingBox())!;
  // Whether the page's own handling of each wheel event (the browser's zoom) was prevented.
  await page.evaluate(() => {
    const w = window as unknown as { prevented: boolean[] };
    w.prevented = [];
    window.addEventListener('wheel', (e) => w.prevented.push(e.defaultPrevented));
  });
  const x = box.x + 220 + 500;
  const y = box.y + 300;
  const before = await dayAt(page, x);
  expect(before).toBeTruthy();

  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(page)).toBe('day');
  await page.waitForTimeout(300);
  expect(zoomOf(page)).toBe('day');
  // The same day under the pointer (to within a day at the wider zoom).
  await expect.poll(() => dayAt(page, x)).toBe(before);

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(page)).toBe('week');
  await expect.poll(() => dayAt(page, x)).toBe(before);

  const prevented = await page.evaluate(() => (window as unknown as { prevented: boolean[] }).prevented);
  expect(prevented.length).toBeGreaterThanOrEqual(2);
  expect(prevented.every(Boolean)).toBe(true);
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

  // A plain wheel still scrolls the rows and leaves the zoom alone.
  const top = await scroller.evaluate((s) => s.scrollTop);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => scroller.evaluate((s) => s.scrollTop)).toBeGreaterThan(top);
  expect(zoomOf(page)).toBe('week');
});

test('Ctrl+= and Ctrl+- zoom the Timeline, not the page', async ({ page }) => {
  await page.goto('/timeline?group=users&zoom=week');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as unknown as { keys: boolean[] };
    w.keys = [];
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Control') w.keys.push(e.defaultPrevented);
    });
  });
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+-');
  await expect.poll(() => zoomOf(page)).toBe('month');
  await page.keyboard.press('Control+-');
  await expect.poll(() => zoomOf(page)).toBe('quarter');
  // Already the widest: nothing changes.
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+=');
  await expect.poll(() => zoomOf(page)).toBe('month');
  expect(await page.evaluate(() => (window as unknown as { keys: boolean[] }).keys)).toEqual([
    true,
    true,
    true,
    true,
  ]);
});
