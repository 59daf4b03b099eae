import { expect, requestsTo, test, type PlannerFixture } from './fixtures';
import { formatMinutes } from '../src/web/lib/remaining-estimate';
import { bar, openTimeline, reveal } from './timeline-helpers';

// Timeline bars: booked days as marks and the remaining estimate, from one block read per loaded window.

const ZONE = 'Europe/Berlin'; // the demo user's setting and the browser's (playwright.config.ts)
const dayIn = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: ZONE });

interface Booked {
  id: number;
  start_date: string;
  end_date: string;
  estimated_mins: number;
}

/** A visible single-assignee task of a few days with an estimate and live blocks on several of its days. */
function bookedTask(app: PlannerFixture) {
  const tasks = app.sql<Booked>(
    `SELECT t.id, t.start_date, t.end_date, t.estimated_mins
       FROM tasks t LEFT JOIN projects p ON p.id = t.project_id
      WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
        AND t.estimated_mins > 0 AND julianday(t.end_date) - julianday(t.start_date) BETWEEN 2 AND 10
        AND (p.id IS NULL OR (p.private = 0 AND p.archived_at IS NULL AND p.deleted_at IS NULL AND p.draft = 0))
        AND (SELECT COUNT(*) FROM task_assignees a WHERE a.task_id = t.id) = 1
        AND (SELECT COUNT(DISTINCT substr(b.start, 1, 10)) FROM time_blocks b
              WHERE b.task_id = t.id AND b.deleted_at IS NULL AND b.archived_at IS NULL) >= 2
      ORDER BY t.id`,
  );
  for (const t of tasks) {
    const blocks = app.sql<{ start: string; duration: number; completed_at: string | null }>(
      'SELECT start, duration, completed_at FROM time_blocks WHERE task_id = ? AND deleted_at IS NULL AND archived_at IS NULL',
      t.id,
    );
    const days = new Set(blocks.map((b) => dayIn(b.start)));
    // Every booked day on the bar, so the marks count is the task's distinct booked days.
    if ([...days].every((d) => d >= t.start_date && d <= t.end_date)) {
      const bookedSecs = blocks.reduce((s, b) => s + b.duration, 0);
      return { task: t, days, bookedSecs };
    }
  }
  throw new Error('no demo task with blocks on its own days');
}

test('a bar marks its booked days, shows the remaining estimate, and the view reads blocks once per window', async ({
  page,
  app,
  apiLog,
}) => {
  const { task, days, bookedSecs } = bookedTask(app);
  await openTimeline(page, 'users', task.start_date);
  const el = bar(page, task.id);
  await reveal(page, el);
  await expect(el).toBeVisible();

  const left = Math.round(task.estimated_mins - bookedSecs / 60);
  const over = Math.round(bookedSecs / 60 - task.estimated_mins);
  const remaining =
    left > 0 ? `${formatMinutes(left)} left` : over > 0 ? `over by ${formatMinutes(over)}` : 'fully booked';
  await expect(el.locator('.tl-bar-meta')).toHaveText(remaining);
  await expect(el.locator('.tl-mark')).toHaveCount(days.size);
  const marked = await el
    .locator('.tl-mark')
    .evaluateAll((ms) => ms.map((m) => m.getAttribute('data-mark-day')));
  expect(marked.sort()).toEqual([...days].sort());
  await page.screenshot({ path: '/tmp/timeline-blocks.png' });
  const booked = `booked ${formatMinutes(Math.round(bookedSecs / 60))} of ${formatMinutes(task.estimated_mins)}`;
  await expect(el).toHaveAttribute('aria-label', new RegExp(`${booked}, ${remaining}$`));
  await expect(el).toHaveAttribute('title', new RegExp(booked));

  // One streamed block read per loaded window, the same windows the bars were read for.
  const windowStart = (iso: string) => dayIn(iso);
  const groupStarts = requestsTo(apiLog, 'GET', /tasks\/groups\/users/).map((r) =>
    new URL(r.url()).searchParams.get('start_date')!,
  );
  const blockReads = requestsTo(apiLog, 'GET', /time-blocks/);
  expect(blockReads.every((r) => new URL(r.url()).pathname.endsWith('/time-blocks/stream'))).toBe(true);
  const blockStarts = blockReads.map((r) => windowStart(new URL(r.url()).searchParams.get('date_from')!));
  expect(blockStarts.sort()).toEqual([...new Set(groupStarts)].sort());
  expect(blockReads).toHaveLength(groupStarts.length);
  // Opening the view reads one window (one page of groups) and its blocks once.
  expect(groupStarts).toHaveLength(1);

  // Zooming inside the cached window reads no blocks again.
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(el.locator('.tl-mark')).toHaveCount(days.size);
  expect(requestsTo(apiLog, 'GET', /time-blocks/)).toHaveLength(blockReads.length);
});

test('a block completed in the Schedule shows as done on the Timeline after one fresh read', async ({
  page,
  app,
  apiLog,
}) => {
  // A live, not yet completed block of a visible task, alone on its day for that task.
  const [b] = app.sql<{ id: number; task_id: number; start: string; start_date: string }>(
    `SELECT b.id, b.task_id, b.start, t.start_date FROM time_blocks b JOIN tasks t ON t.id = b.task_id
      LEFT JOIN projects p ON p.id = t.project_id
      WHERE b.workspace_id = 5200 AND b.archived_at IS NULL AND b.deleted_at IS NULL AND b.completed_at IS NULL
        AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
        AND (p.id IS NULL OR (p.private = 0 AND p.archived_at IS NULL AND p.deleted_at IS NULL AND p.draft = 0))
        AND substr(b.start, 1, 10) BETWEEN t.start_date AND t.end_date AND substr(b.start, 12, 2) BETWEEN '07' AND '09'
        AND b.start >= date('now', 'weekday 1', '-7 days') AND b.start < date('now', 'weekday 1', '-7 days', '+5 days')
        AND (SELECT COUNT(*) FROM time_blocks o WHERE o.task_id = b.task_id AND o.deleted_at IS NULL
              AND o.archived_at IS NULL AND substr(o.start, 1, 10) = substr(b.start, 1, 10)) = 1
        AND NOT EXISTS (SELECT 1 FROM time_blocks o WHERE o.toggl_user_id = b.toggl_user_id AND o.id <> b.id
              AND o.archived_at IS NULL AND o.start_ts < b.start_ts + b.duration AND o.start_ts + o.duration > b.start_ts)
      ORDER BY b.id`,
  );
  const day = dayIn(b.start);
  const mark = bar(page, b.task_id).locator(`.tl-mark[data-mark-day="${day}"]`);
  await openTimeline(page, 'users', b.start_date);
  await reveal(page, bar(page, b.task_id));
  await expect(mark).toBeVisible();
  await expect(mark).not.toHaveClass(/is-done/);
  const reads = () => requestsTo(apiLog, 'GET', /time-blocks\/stream/).length;
  const first = reads();

  // In-app navigation keeps the cache: the Schedule's write is what must make the Timeline read again.
  await page.getByRole('link', { name: 'Schedule' }).click();
  const el = page.locator(`[data-testid="time-block"][data-block-id="${b.id}"]`);
  await el.click();
  await page
    .getByRole('group', { name: 'Selected blocks' })
    .getByRole('button', { name: 'Mark complete' })
    .click();
  await expect
    .poll(() => app.sql('SELECT 1 FROM time_blocks WHERE id = ? AND completed_at IS NOT NULL', b.id).length)
    .toBe(1);

  // The Schedule streams its own week too: count from here.
  const beforeBack = reads();
  await page.goBack();
  await reveal(page, bar(page, b.task_id));
  await expect(mark).toHaveClass(/is-done/);
  // Each window read once more, no more.
  await expect.poll(reads).toBe(beforeBack + first);
  await page.waitForTimeout(300);
  expect(reads()).toBe(beforeBack + first);
});

test('a task restored from "Archived tasks" after a reload gets its booked days and time back: one block re-read', async ({
  page,
  app,
  apiLog,
}) => {
  const { task, days } = bookedTask(app);
  await openTimeline(page, 'users', task.start_date);
  const el = bar(page, task.id);
  await reveal(page, el);
  const meta = await el.locator('.tl-bar-meta').textContent();
  expect(meta).toMatch(/left$|^over by|^fully booked$/);
  await expect(el.locator('.tl-mark')).toHaveCount(days.size);

  await el.click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Archive' }).click();
  await expect(el).toHaveCount(0);
  // The API archives the task's blocks with it: the reload's block read has none of them.
  await expect
    .poll(
      () => app.sql('SELECT id FROM time_blocks WHERE task_id = ? AND archived_at IS NULL', task.id).length,
    )
    .toBe(0);
  await page.reload();
  await page.getByRole('button', { name: 'Archived tasks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archived tasks' });
  const blockReads = requestsTo(apiLog, 'GET', /time-blocks\/stream/).length;
  await dialog
    .locator(`[data-testid="archived-task"][data-task-id="${task.id}"]`)
    .getByRole('button', { name: /^Restore / })
    .click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await reveal(page, el);
  // Back with its blocks: the same marks and the same time left as before it was archived.
  await expect(el.locator('.tl-bar-meta')).toHaveText(meta!);
  await expect(el.locator('.tl-mark')).toHaveCount(days.size);
  expect(requestsTo(apiLog, 'GET', /time-blocks\/stream/).length - blockReads).toBe(1);
});
