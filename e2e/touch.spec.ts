import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';
import { Finger } from './touch-helpers';

const bulk = /\/time-blocks\/bulk$/;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The Schedule on a phone (one day), with a block whose middle is on screen, and the grid's hour width. */
async function openOnPhone(page: Page, app: PlannerFixture) {
  await openApp(page, '/schedule');
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  const grid = page.getByTestId('schedule-grid');
  const gridBox = (await grid.boundingBox())!;
  const ids = await page
    .getByTestId('time-block')
    .evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.blockId)));
  for (const id of ids) {
    const el = page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);
    // The grid opens scrolled to the current hour: bring the block's hours into view (the demo's blocks lie
    // at fixed hours of the day, the test may run at any).
    await el.evaluate((e) => e.scrollIntoView({ block: 'nearest', inline: 'center' }));
    await page.waitForTimeout(50);
    const box = await el.boundingBox();
    // Fully inside the grid, right of the names column, with room to move one hour right.
    if (
      box &&
      box.x > gridBox.x + 110 &&
      box.x + box.width < gridBox.x + gridBox.width - 10 &&
      box.width > 20
    )
      return {
        grid,
        block: el,
        box,
        row: app.sql<{ start: string }>('SELECT start FROM time_blocks WHERE id = ?', id)[0],
        id,
        hour: Number(await grid.getAttribute('data-px-per-hour')),
      };
  }
  throw new Error('no block in view');
}

test('a swipe that starts on a Schedule block scrolls the grid and writes nothing', async ({
  page,
  app,
  apiLog,
}) => {
  const { grid, box, block } = await openOnPhone(page, app);
  const finger = await Finger.on(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Upward (the bar was handed to another person by an upward swipe): the rows scroll.
  const top = await grid.evaluate((el) => el.scrollTop);
  await finger.down(x, y);
  await finger.move(x, y - 100, 8, 10);
  await finger.up();
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(top + 30);
  // Sideways from the same block, where the rows' scroll has taken it (inside the grid): the hours scroll.
  const gridBox = (await grid.boundingBox())!;
  // (A row scrolled far enough out is unmounted: then from the grid's middle, over the rows.)
  const moved = await block.boundingBox({ timeout: 1_000 }).catch(() => null);
  const middle = gridBox.y + gridBox.height / 2;
  const sy = Math.min(
    Math.max(moved ? moved.y + moved.height / 2 : middle, gridBox.y + 60),
    gridBox.y + gridBox.height - 20,
  );
  const { left, max } = await grid.evaluate((el) => ({
    left: el.scrollLeft,
    max: el.scrollWidth - el.clientWidth,
  }));
  // Towards the later hours if there is room that way, else towards the earlier ones.
  const dx = max - left > 150 ? -120 : 120;
  await finger.down(x, sy);
  await finger.move(x + dx, sy - 4, 8, 10);
  await finger.up();
  await expect
    .poll(() => grid.evaluate((el, from) => Math.abs(el.scrollLeft - from), left))
    .toBeGreaterThan(40);
  await expect(page.locator('[data-dragging="true"]')).toHaveCount(0);
  // Give a stray drop the time to be sent: none may be.
  await page.waitForLoadState('networkidle');
  expect(requestsTo(apiLog, 'PATCH', bulk)).toHaveLength(0);
  expect(requestsTo(apiLog, 'POST', bulk)).toHaveLength(0);
});

test('press and hold, then move: the block is dragged one hour later with exactly one request', async ({
  page,
  app,
  apiLog,
}) => {
  const { block, box, row, id, hour } = await openOnPhone(page, app);
  const finger = await Finger.on(page);
  const x = box.x + Math.min(8, box.width / 3);
  const y = box.y + box.height / 2;
  await finger.down(x, y);
  await finger.hold();
  await expect(block).toHaveAttribute('data-dragging', 'true');
  await finger.move(x + hour, y, 10, 16);
  await finger.up();
  await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
  const later = iso(Date.parse(row.start) + 3600_000);
  expect(requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON()).toEqual([{ id, start: later }]);
  await expect
    .poll(() => app.sql<{ start: string }>('SELECT start FROM time_blocks WHERE id = ?', id)[0].start)
    .toBe(later);
  await page.waitForLoadState('networkidle');
  expect(requestsTo(apiLog, 'PATCH', bulk)).toHaveLength(1);
});
