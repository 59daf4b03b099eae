import type { Locator, Page } from '@playwright/test';
import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';
import { apiTraffic } from './freshness-helpers';

// The Schedule's half of issue 13: a block drop on a week read minutes ago asks what changed first (one
// request), and a block someone else moved meanwhile is not moved back.

const block = (page: Page, id: number) => page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function monday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** A Monday-morning block (07:00-10:00 UTC) that overlaps no other block of its user. */
function freeBlock(app: PlannerFixture) {
  const day = monday();
  return app.sql<{ id: number; start: string; duration: number; task_id: number }>(
    `SELECT b.id, b.start, b.duration, b.task_id FROM time_blocks b
      WHERE b.workspace_id = 5200 AND b.archived_at IS NULL AND b.start >= ? AND b.start < ?
        AND NOT EXISTS (SELECT 1 FROM time_blocks o WHERE o.toggl_user_id = b.toggl_user_id AND o.id <> b.id
          AND o.archived_at IS NULL AND o.start_ts < b.start_ts + b.duration AND o.start_ts + o.duration > b.start_ts)
      ORDER BY b.start LIMIT 1`,
    `${day}T07:00:00Z`,
    `${day}T10:00:00Z`,
  )[0];
}

async function dragBy(page: Page, handle: Locator, dx: number) {
  const box = (await handle.boundingBox())!;
  const x = box.x + Math.min(6, box.width / 2);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 8, y, { steps: 4 });
  await page.mouse.move(x + dx, y, { steps: 10 });
  await page.mouse.up();
}

test("a block drop on a week read minutes ago does not move back a teammate's block; one click applies it", async ({
  page,
  app,
  apiLog,
}) => {
  const b = freeBlock(app);
  expect(b).toBeDefined();
  await page.clock.install();
  const traffic = apiTraffic(page);
  await openApp(page, '/schedule');
  await expect(block(page, b.id)).toBeVisible();
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('group', { name: 'Freshness of the schedule' })).toContainText(
    'Updated just now',
  );
  const hour = Number(await page.getByTestId('schedule-grid').getAttribute('data-px-per-hour'));

  // Someone else moves the block two hours later (the planner's own API, as their planner would).
  const org = app.sql<{ id: number }>('SELECT organization_id AS id FROM workspaces WHERE id = 5200')[0].id;
  const theirs = iso(Date.parse(b.start) + 2 * 3600_000);
  const res = await page.request.patch(`/api/focus/organizations/${org}/workspaces/5200/time-blocks/bulk`, {
    headers: { 'X-Requested-With': 'planner' },
    data: [{ id: b.id, start: theirs }],
  });
  expect(res.status()).toBe(204);

  await page.clock.fastForward('02:00');
  await traffic.settled();
  const mark = traffic.log.length;
  await dragBy(page, block(page, b.id), hour);
  const notice = page.getByRole('alert').filter({ hasText: 'while you were looking' });
  await expect(notice).toContainText('Someone else moved the ‘');
  await expect(notice).toContainText('your change was not applied.');
  await traffic.settled();
  const asked = traffic.since(mark).map((l) => l.replace(/\/\d+/g, '/:id'));
  expect(asked).toEqual([
    'GET /api/focus/organizations/:id/workspaces/:id/time-blocks',
    'GET /api/focus/organizations/:id/workspaces/:id/time-blocks/stream',
  ]);
  expect(requestsTo(apiLog, 'PATCH', /time-blocks\/bulk$/)).toHaveLength(0);
  expect(app.sql('SELECT start FROM time_blocks WHERE id = ?', b.id)).toEqual([{ start: theirs }]);

  await notice.getByRole('button', { name: 'Apply mine anyway' }).click();
  await expect.poll(() => requestsTo(apiLog, 'PATCH', /time-blocks\/bulk$/).length).toBe(1);
  const mine = iso(Date.parse(b.start) + 3600_000);
  expect(requestsTo(apiLog, 'PATCH', /time-blocks\/bulk$/)[0].postDataJSON()).toEqual([
    { id: b.id, start: mine },
  ]);
  await expect
    .poll(() => app.sql('SELECT start FROM time_blocks WHERE id = ?', b.id))
    .toEqual([{ start: mine }]);
});
