import type { Locator, Page } from '@playwright/test';
import { expect, openApp, requestsTo, test } from './fixtures';

interface BlockRow {
  id: number;
  task_id: number;
  toggl_user_id: number;
  start: string;
  duration: number;
}

/** Pointer drag with small steps, so dnd-kit's activation distance is passed. */
async function drag(page: Page, from: Locator, dx: number, dy = 0, at: 'center' | 'start' = 'start') {
  await from.scrollIntoViewIfNeeded();
  const box = (await from.boundingBox())!;
  const x = at === 'center' ? box.x + box.width / 2 : box.x + Math.min(8, box.width / 3);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}

const block = (page: Page, id: number) => page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);

async function openSchedule(page: Page) {
  await openApp(page, '/schedule');
  await expect(page.getByTestId('time-block').first()).toBeVisible();
}

test.describe.serial('schedule', () => {
  test('drag a block one hour later: one bulk PATCH, persisted', async ({ page, app, apiLog }) => {
    await openSchedule(page);
    const [b] = app.sql<BlockRow>(
      `SELECT id, task_id, toggl_user_id, start, duration FROM time_blocks
        WHERE workspace_id = 5200 AND archived_at IS NULL AND start >= ? ORDER BY start, id LIMIT 1`,
      '2026-11-23T00:00:00Z',
    );
    await drag(page, block(page, b.id), 20);
    await expect.poll(() => requestsTo(apiLog, 'PATCH', /time-blocks\/bulk$/).length).toBe(1);
    const body = requestsTo(apiLog, 'PATCH', /time-blocks\/bulk$/)[0].postDataJSON();
    const later = new Date(Date.parse(b.start) + 3600_000).toISOString().replace('.000Z', 'Z');
    expect(body).toEqual([{ id: b.id, start: later }]);
    await expect
      .poll(() => app.sql<BlockRow>('SELECT start FROM time_blocks WHERE id = ?', b.id)[0].start)
      .toBe(later);
    await page.reload();
    await expect(block(page, b.id)).toBeVisible();
  });
});
