import { test, expect, type Locator } from '@playwright/test';
import type { Planner } from '../src/server/main';
import { startGeneratedPlanner } from './generated-planner';

// A big workspace (5,000 tasks in 300 people's rows): the DOM must follow the viewport, not the data.

let planner: Planner;
let close: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  ({ planner, close } = await startGeneratedPlanner({
    users: 300,
    projects: 40,
    tasks: 5000,
    timeBlocks: 50,
  }));
});

test.afterAll(async () => {
  await close?.();
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

// Where every row in view has its name and count after the scroller has moved 300 px a frame (as a user's fling
// does) to (top, left): the row's box, its head's and both labels' boxes, the header's bottom and the view's box.
async function scrollAndMeasure(scroller: Locator, to: { top: number; left: number }) {
  return scroller.evaluate(async (el, to) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    // At most 300 frames: a settled sideways scroll may move the canvas (a new window) and its scrollLeft.
    for (let i = 0; i < 300; i++) {
      if (Math.abs(el.scrollTop - to.top) <= 1 && Math.abs(el.scrollLeft - to.left) <= 1) break;
      const before = [el.scrollTop, el.scrollLeft];
      const step = (from: number, target: number) => from + Math.max(-300, Math.min(300, target - from));
      el.scrollTo({
        top: step(el.scrollTop, to.top),
        left: step(el.scrollLeft, to.left),
        behavior: 'instant',
      });
      await frame();
      if (el.scrollTop === before[0] && el.scrollLeft === before[1]) break; // the end of the content
    }
    await frame();
    await frame();
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      scrollTop: el.scrollTop,
      scrollLeft: el.scrollLeft,
      view: box(el),
      headerBottom: el.firstElementChild!.getBoundingClientRect().bottom,
      rows: [...el.querySelectorAll<HTMLElement>('[data-row]')].map((row) => ({
        key: row.dataset.row!,
        row: box(row),
        head: box(row.querySelector('.tl-row-head')!),
        name: box(row.querySelector('.tl-fold')!),
        count: box(row.querySelector('.tl-row-count')!),
      })),
    };
  }, to);
}

test('scrolled vertically and sideways, each row in view shows its name and count at the top of its own box, also when its top is above the view', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${planner.url}/timeline?group=users&zoom=week`);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 60_000 });
  const scroller = page.getByTestId('timeline-scroll');
  let atTop = 0; // rows whose top was in view: labels 4-10 px below it (the head's padding)
  const stops = [
    { top: 2_000, left: 0 },
    { top: 2_000, left: 1_500 },
    { top: 9_000, left: 1_500 },
    { top: 9_000, left: 300 },
    { top: 20_000, left: 2_400 },
    { top: 4_000, left: 2_400 },
  ];
  for (const stop of stops) {
    const m = await scrollAndMeasure(scroller, stop);
    const at = `at scrollTop ${m.scrollTop}, scrollLeft ${m.scrollLeft}`;
    const inView = m.rows.filter((r) => r.row.bottom > m.headerBottom && r.row.top < m.view.bottom);
    expect(inView.length, `rows in view ${at}`).toBeGreaterThan(0);
    for (const r of inView) {
      // The head stays at the left edge whatever the sideways scroll.
      expect(Math.abs(r.head.left - m.view.left), `head of ${r.key} ${at}`).toBeLessThanOrEqual(1);
      for (const [what, label] of [
        ['name', r.name],
        ['count', r.count],
      ] as const) {
        const of = `${what} of ${r.key} ${at}`;
        // Inside its own row's box: never below it, never in the row under it.
        expect(label.top, of).toBeGreaterThanOrEqual(r.row.top - 0.5);
        expect(label.bottom, of).toBeLessThanOrEqual(r.row.bottom + 0.5);
        expect(label.left, of).toBeGreaterThanOrEqual(m.view.left - 0.5);
        expect(label.right, of).toBeLessThanOrEqual(r.head.right + 0.5);
        if (r.row.top >= m.headerBottom) {
          expect(label.top - r.row.top, of).toBeGreaterThanOrEqual(4);
          expect(label.top - r.row.top, of).toBeLessThanOrEqual(10);
        } else if (r.row.bottom - m.headerBottom >= 50) {
          // Sticky: the row's top is under the header, its labels stay in view just below the header.
          expect(label.top - m.headerBottom, of).toBeGreaterThanOrEqual(-0.5);
          expect(label.top - m.headerBottom, of).toBeLessThanOrEqual(12);
        }
      }
      if (r.row.top >= m.headerBottom) atTop++;
    }
  }
  expect(atTop).toBeGreaterThanOrEqual(6);

  // A tall row scrolled 60 px above the header's bottom, the chart scrolled sideways too: its labels stay in
  // view, just below the header, inside the row.
  // Back to today (the stops above may have settled on a window far from the demo's tasks), then sideways a
  // little and wait: a settled sideways scroll moves the URL, which may read another window.
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  // Today's view is drawn (its render runs in a transition: until then the view before it, which may show a
  // long task's bar, is on screen, and its scrollLeft would send the next scroll a month too far).
  await expect(page.getByTestId('today-line')).toBeInViewport();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  const left = (await scroller.evaluate((el) => el.scrollLeft)) + 200;
  await scrollAndMeasure(scroller, { top: 4_000, left });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  const tall = await scroller.evaluate((el) => {
    const rows = [...el.querySelectorAll<HTMLElement>('[data-row]')];
    const row = rows.sort((a, b) => b.offsetHeight - a.offsetHeight)[0];
    return { key: row.dataset.row!, top: row.offsetTop, height: row.offsetHeight };
  });
  expect(tall.height).toBeGreaterThan(150);
  const m = await scrollAndMeasure(scroller, {
    top: tall.top + 60,
    left: await scroller.evaluate((el) => el.scrollLeft),
  });
  const row = m.rows.find((r) => r.key === tall.key)!;
  expect(Math.round(row.row.top - m.headerBottom)).toBe(-60);
  for (const label of [row.name, row.count]) {
    expect(label.top - m.headerBottom).toBeGreaterThanOrEqual(-0.5);
    expect(label.top - m.headerBottom).toBeLessThanOrEqual(12);
    expect(label.bottom).toBeLessThanOrEqual(row.row.bottom);
  }
});

test('the day lines and weekends are drawn once, behind every row in view, however far the rows are scrolled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${planner.url}/timeline?group=users&zoom=week`);
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 60_000 });
  const scroller = page.getByTestId('timeline-scroll');
  const backdrop = page.locator('.tl-backdrop > div');
  for (const y of [0, 20_000, 1e9]) {
    await scroller.evaluate((el, top) => el.scrollTo({ top }), y);
    await expect(page.locator('[data-bar-id]').first()).toBeVisible();
    const view = (await scroller.boundingBox())!;
    const header = (await page.locator('.tl-header').boundingBox())!;
    const drawn = (await backdrop.boundingBox())!;
    // It covers the rows' part of the view from the header down, at any scroll position.
    expect(drawn.y).toBeLessThanOrEqual(header.y + header.height);
    expect(drawn.y + drawn.height).toBeGreaterThanOrEqual(view.y + view.height - 1);
    expect(await backdrop.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
      'linear-gradient',
    );
  }
  // Not on each row's track, and it adds nothing to the height the grid scrolls.
  const tracks = await page
    .locator('.tl-track')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundImage));
  expect(tracks.length).toBeGreaterThan(0);
  expect(tracks.every((b) => b === 'none')).toBe(true);
  const heights = await scroller.evaluate((el) => ({
    scrolls: el.scrollHeight,
    content:
      el.querySelector<HTMLElement>('.tl-header')!.offsetHeight +
      el.querySelector<HTMLElement>('.tl-body')!.offsetHeight,
  }));
  expect(heights.scrolls).toBeLessThanOrEqual(heights.content + 1);
});
