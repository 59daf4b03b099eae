import { expectAxeCleanInBothSchemes } from './axe-helpers';
import { expect, historyKey, requestsTo, test, type PlannerFixture } from './fixtures';
import { bar, dbTask, drag, openTimeline, patches, patchResponse, reveal, shift } from './timeline-helpers';

// A move that leaves time blocks outside the task's new dates is flagged: a warning naming how many, and a
// mark on the bar; counted from the blocks the view already read (no request per move).

const ZONE = 'Europe/Berlin'; // the demo user's setting and the browser's (playwright.config.ts)
const dayIn = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: ZONE });

/** A visible single-assignee task of a few days whose live blocks all lie on its own days. */
function taskWithBlocks(app: PlannerFixture) {
  const tasks = app.sql<{ id: number; name: string; start_date: string; end_date: string; user_id: number }>(
    `SELECT t.id, t.name, t.start_date, t.end_date, MIN(a.user_id) AS user_id
       FROM tasks t JOIN task_assignees a ON a.task_id = t.id LEFT JOIN projects p ON p.id = t.project_id
      WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
        AND julianday(t.end_date) - julianday(t.start_date) BETWEEN 1 AND 3
        AND (p.id IS NULL OR (p.private = 0 AND p.archived_at IS NULL AND p.deleted_at IS NULL AND p.draft = 0))
        AND EXISTS (SELECT 1 FROM time_blocks b WHERE b.task_id = t.id AND b.deleted_at IS NULL AND b.archived_at IS NULL)
      GROUP BY t.id HAVING COUNT(*) = 1 ORDER BY t.id`,
  );
  for (const t of tasks) {
    const starts = app
      .sql<{ start: string }>(
        'SELECT start FROM time_blocks WHERE task_id = ? AND deleted_at IS NULL AND archived_at IS NULL',
        t.id,
      )
      .map((b) => dayIn(b.start));
    if (starts.every((d) => d >= t.start_date && d <= t.end_date)) return { ...t, blocks: starts.length };
  }
  throw new Error('no demo task with blocks on its own days');
}

test('moving a task past its booked days warns how many blocks are now outside its dates and marks the bar', async ({
  page,
  app,
  apiLog,
}) => {
  const t = taskWithBlocks(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id, `users:${t.user_id}`);
  await reveal(page, el);
  // The booked-day marks are there: the window's blocks are read.
  await expect(el.locator('.tl-mark').first()).toBeAttached();
  await expect(el).not.toHaveAttribute('data-outside');
  const blockReads = () => requestsTo(apiLog, 'GET', /time-blocks/).length;
  const reads = blockReads();

  // Four days later: every booked day is now before the task's start.
  const days = Math.round((Date.parse(t.end_date) - Date.parse(t.start_date)) / 86_400_000) + 1;
  const done = patchResponse(page);
  await drag(page, el, days * 56, 0);
  expect((await done).status()).toBe(200);
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, days),
    end_date: shift(t.end_date, days),
  });

  const n = `${t.blocks} time block${t.blocks === 1 ? '' : 's'}`;
  await expect(page.getByRole('alert').filter({ hasText: 'outside its dates' })).toContainText(
    `'${t.name}' now has ${n} outside its dates.`,
  );
  await expect(el).toHaveAttribute('data-outside', String(t.blocks));
  await expect(el.locator('.tl-bar-warn')).toBeVisible();
  await expect(el).toHaveAttribute('aria-label', new RegExp(`, ${n} outside its dates$`));
  await page.waitForLoadState('networkidle');
  expect(patches(apiLog)).toHaveLength(1);
  // No read for the check: the marks' blocks were enough.
  expect(blockReads()).toBe(reads);
  // The mark and the warning are readable in both schemes.
  await expectAxeCleanInBothSchemes(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Moved back over its blocks: the mark goes, and no warning is added.
  await drag(page, el, -days * 56, 0);
  await expect(el).not.toHaveAttribute('data-outside');
  await expect.poll(() => patches(apiLog).length).toBe(2);
  await expect(page.getByRole('alert').filter({ hasText: 'outside its dates' })).toHaveCount(1);
});

test('undoing the move takes its warning away with it', async ({ page, app, apiLog }) => {
  const t = taskWithBlocks(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id, `users:${t.user_id}`);
  await reveal(page, el);
  await expect(el.locator('.tl-mark').first()).toBeAttached();
  const days = Math.round((Date.parse(t.end_date) - Date.parse(t.start_date)) / 86_400_000) + 1;
  const done = patchResponse(page);
  await drag(page, el, days * 56, 0);
  expect((await done).status()).toBe(200);
  const warning = page.getByRole('alert').filter({ hasText: 'outside its dates' });
  await expect(warning).toHaveCount(1);

  await historyKey(page, 'Control+z');
  await expect.poll(() => patches(apiLog).length).toBe(2);
  await expect(el).not.toHaveAttribute('data-outside');
  await expect(warning).toHaveCount(0);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
});
