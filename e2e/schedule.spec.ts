import type { Locator, Page } from '@playwright/test';
import { expect, historyKey, openApp, requestsTo, test, type PlannerFixture } from './fixtures';

interface BlockRow {
  id: number;
  task_id: number;
  toggl_user_id: number;
  start: string;
  duration: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const block = (page: Page, id: number) => page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);
const bulk = /\/time-blocks\/bulk$/;

/** Monday of this week (the demo data's week), as a UTC date. */
function monday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Monday blocks in the visible morning (07:00-10:00 UTC) that overlap no other block of their user. */
function freeMondayBlocks(app: PlannerFixture, used: number[]): BlockRow[] {
  const day = monday();
  return app
    .sql<BlockRow>(
      `SELECT b.id, b.task_id, b.toggl_user_id, b.start, b.duration FROM time_blocks b
        WHERE b.workspace_id = 5200 AND b.archived_at IS NULL AND b.start >= ? AND b.start < ?
          AND NOT EXISTS (SELECT 1 FROM time_blocks o WHERE o.toggl_user_id = b.toggl_user_id AND o.id <> b.id
            AND o.archived_at IS NULL AND o.start_ts < b.start_ts + b.duration AND o.start_ts + o.duration > b.start_ts)
        ORDER BY b.toggl_user_id, b.start`,
      `${day}T07:00:00Z`,
      `${day}T10:00:00Z`,
    )
    .filter((b) => !used.includes(b.id));
}

/**
 * Pointer drag in small steps, so dnd-kit's activation distance is passed. `at: 'end'` grabs a block by its
 * resize end (the last pixels of its right edge) instead of its body.
 */
async function drag(page: Page, handle: Locator, dx: number, dy = 0, at: 'body' | 'end' = 'body') {
  const box = (await handle.boundingBox())!;
  const x = at === 'end' ? box.x + box.width - 2 : box.x + Math.min(6, box.width / 2);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (dx >= 0 ? 8 : -8), y, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}

/** The hour axis as drawn: pixels per hour and the first shown hour of each day (the night is cut out). */
interface Axis {
  hour: number;
  day: number;
  startHour: number;
}

async function openSchedule(page: Page): Promise<Axis> {
  await openApp(page, '/schedule');
  await expect(page.getByTestId('time-block').first()).toBeVisible();
  // The whole week has streamed in, so the shown hours (and with them the hour width) are final.
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  const grid = page.getByTestId('schedule-grid');
  const num = async (name: string) => Number(await grid.getAttribute(name));
  const hour = await num('data-px-per-hour');
  const startHour = await num('data-window-start');
  return { hour, startHour, day: ((await num('data-window-end')) - startHour) * hour };
}

const startOf = (app: PlannerFixture, id: number) =>
  app.sql<BlockRow>('SELECT start, duration FROM time_blocks WHERE id = ?', id)[0];

test.describe.serial('schedule', () => {
  const used: number[] = [];

  test('drag a block one hour later: one bulk PATCH, persisted', async ({ page, app, apiLog }) => {
    const axis = await openSchedule(page);
    const [b] = freeMondayBlocks(app, used);
    used.push(b.id);
    await drag(page, block(page, b.id), axis.hour);
    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
    const later = iso(Date.parse(b.start) + 3600_000);
    expect(requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON()).toEqual([{ id: b.id, start: later }]);
    await expect.poll(() => startOf(app, b.id).start).toBe(later);
    // The week came in one streamed read, and the drop did not reload it.
    expect(requestsTo(apiLog, 'GET', /\/time-blocks\/stream$/)).toHaveLength(1);
    await page.reload();
    await expect(block(page, b.id)).toBeVisible();
    const hm = (ms: number) => iso(ms + 3600_000).slice(11, 16); // Berlin is UTC+1 in November
    await expect(block(page, b.id)).toHaveAttribute('aria-label', new RegExp(`${hm(Date.parse(later))}–`));
  });

  test('resize a block by 30 minutes: duration grows by 1800, persisted', async ({ page, app, apiLog }) => {
    const axis = await openSchedule(page);
    const [b] = freeMondayBlocks(app, used);
    used.push(b.id);
    await drag(page, block(page, b.id), axis.hour / 2, 0, 'end');
    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
    expect(requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON()).toEqual([
      { id: b.id, duration: b.duration + 1800 },
    ]);
    await expect.poll(() => startOf(app, b.id).duration).toBe(b.duration + 1800);
    expect(startOf(app, b.id).start).toBe(b.start);
  });

  test('select three blocks of two users and move them a day: one bulk PATCH with three items', async ({
    page,
    app,
    apiLog,
  }) => {
    const axis = await openSchedule(page);
    const free = freeMondayBlocks(app, used);
    const users = [...new Set(free.map((b) => b.toggl_user_id))];
    const first = free.filter((b) => b.toggl_user_id === users[0]).slice(0, 2);
    const second = free.find((b) => b.toggl_user_id === users[1])!;
    const picked =
      first.length === 2
        ? [...first, second]
        : [first[0], second, free.find((b) => b.toggl_user_id === users[2])!];
    used.push(...picked.map((b) => b.id));

    await block(page, picked[0].id).click({ position: { x: 3, y: 10 } });
    for (const b of picked.slice(1))
      await block(page, b.id).click({ position: { x: 3, y: 10 }, modifiers: ['Control'] });
    for (const b of picked) await expect(block(page, b.id)).toHaveAttribute('aria-pressed', 'true');

    // One day width: the same hour of the next day (the hidden night is skipped).
    await drag(page, block(page, picked[2].id), axis.day);
    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
    const body = requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON() as { id: number; start: string }[];
    expect(body).toHaveLength(3);
    const expected = picked.map((b) => ({ id: b.id, start: iso(Date.parse(b.start) + 86_400_000) }));
    expect(body).toEqual(expect.arrayContaining(expected));
    for (const e of expected) await expect.poll(() => startOf(app, e.id).start).toBe(e.start);
  });

  test('drag a task onto my row: one bulk POST, the block appears, the unscheduled estimate drops', async ({
    page,
    app,
    apiLog,
  }) => {
    const axis = await openSchedule(page);
    // A task with at least 10 h left, pinned by id (its text changes with the drop).
    const taskId = Number(
      await page
        .getByTestId('schedule-task')
        .filter({ hasText: /\d\d h/ })
        .first()
        .getAttribute('data-task-id'),
    );
    const task = page.locator(`[data-testid="schedule-task"][data-task-id="${taskId}"]`);
    const before = await task.getByTestId('unscheduled').innerText();
    const blocksBefore = app.sql<{ n: number }>(
      'SELECT COUNT(*) AS n FROM time_blocks WHERE task_id = ?',
      taskId,
    )[0].n;

    const track = page.locator('[data-row="u1001"] [data-testid="schedule-track"]');
    const from = (await task.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 - 20, from.y + from.height / 2, { steps: 4 });
    // Monday 19:00 local on the demo user's row (measured again on arrival, in case the grid auto-scrolled).
    for (let i = 0; i < 2; i++) {
      const box = (await track.boundingBox())!;
      await page.mouse.move(box.x + (19 - axis.startHour) * axis.hour + 1, box.y + box.height / 2, {
        steps: 12,
      });
    }
    await page.mouse.up();

    await expect.poll(() => requestsTo(apiLog, 'POST', bulk).length).toBe(1);
    const body = requestsTo(apiLog, 'POST', bulk)[0].postDataJSON() as { time_blocks: BlockRow[] };
    expect(body.time_blocks).toHaveLength(1);
    expect(body.time_blocks[0]).toMatchObject({ task_id: taskId, start: `${monday()}T18:00:00Z` });
    await expect
      .poll(
        () => app.sql<{ n: number }>('SELECT COUNT(*) AS n FROM time_blocks WHERE task_id = ?', taskId)[0].n,
      )
      .toBe(blocksBefore + 1);
    const [created] = app.sql<BlockRow>(
      'SELECT id FROM time_blocks WHERE task_id = ? ORDER BY id DESC LIMIT 1',
      taskId,
    );
    await expect(block(page, created.id)).toBeVisible();
    await expect(task.getByTestId('unscheduled')).not.toHaveText(before);
    const minutes = (t: string) =>
      Number(/(\d+) h/.exec(t)?.[1] ?? 0) * 60 + Number(/(\d+) min/.exec(t)?.[1] ?? 0);
    expect(minutes(await task.getByTestId('unscheduled').innerText())).toBe(
      Math.max(0, minutes(before) - body.time_blocks[0].duration / 60),
    );
  });

  test('a failing bulk PATCH rolls every block back and shows the error', async ({ page, app, apiLog }) => {
    const axis = await openSchedule(page);
    const picked = freeMondayBlocks(app, used).slice(0, 2);
    const labels = await Promise.all(picked.map((b) => block(page, b.id).getAttribute('aria-label')));
    const boxes = await Promise.all(picked.map((b) => block(page, b.id).boundingBox()));
    app.faults.fail({
      method: 'PATCH',
      path: /time-blocks\/bulk/,
      status: 500,
      message: 'Database is on fire',
    });

    await block(page, picked[0].id).click({ position: { x: 3, y: 10 } });
    await block(page, picked[1].id).click({ position: { x: 3, y: 10 }, modifiers: ['Shift'] });
    await drag(page, block(page, picked[1].id), 2 * axis.hour);

    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
    expect(requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON()).toHaveLength(2);
    await expect(page.getByRole('alert').filter({ hasText: 'Database is on fire' })).toBeVisible();
    for (const [i, b] of picked.entries()) {
      const label = labels[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(block(page, b.id)).toHaveAttribute('aria-label', new RegExp(`^${label}`));
      expect((await block(page, b.id).boundingBox())!.x).toBeCloseTo(boxes[i]!.x, 0);
      expect(startOf(app, b.id).start).toBe(b.start);
    }
  });

  test('keyboard move: Space picks up, arrows move 15 min, Enter drops; Ctrl+Z undoes with a reverse PATCH, Ctrl+Shift+Z redoes', async ({
    page,
    app,
    apiLog,
  }) => {
    await openSchedule(page);
    const [b] = freeMondayBlocks(app, used);
    used.push(b.id);
    await block(page, b.id).focus();
    await page.keyboard.press('Space');
    // dnd-kit's keyboard sensor listens for arrows from the task after the pick-up.
    await expect(block(page, b.id)).toHaveAttribute('data-dragging', 'true');
    // dnd-kit's keyboard sensor starts listening in a timer set at the pick-up: a press before it runs is lost
    // (a clean-clone run moved 45 min for 4 presses). A timer set now runs after it.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    // Each step says where the block would start (Berlin is UTC+1 in November; the demo user writes ISO days).
    const later = iso(Date.parse(b.start) + 3600_000);
    const berlin = new Date(Date.parse(later) + 3600_000).toISOString();
    await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(
      new RegExp(`^Moves to \\w{3} ${berlin.slice(5, 10)}, ${berlin.slice(11, 16)}\\.$`),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
    expect(requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON()).toEqual([{ id: b.id, start: later }]);
    await expect.poll(() => startOf(app, b.id).start).toBe(later);
    await expect(page.getByTestId('announcer')).toContainText('Moving 1 time block: done');

    await historyKey(page, 'Control+z');
    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(2);
    expect(requestsTo(apiLog, 'PATCH', bulk)[1].postDataJSON()).toEqual([{ id: b.id, start: b.start }]);
    await expect.poll(() => startOf(app, b.id).start).toBe(b.start);

    await historyKey(page, 'Control+Shift+z');
    await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(3);
    expect(requestsTo(apiLog, 'PATCH', bulk)[2].postDataJSON()).toEqual([{ id: b.id, start: later }]);
    await expect.poll(() => startOf(app, b.id).start).toBe(later);
  });

  test('capacity follows a drag live; Escape cancels without a write', async ({ page, app, apiLog }) => {
    const axis = await openSchedule(page);
    const [b] = freeMondayBlocks(app, used);
    const tuesday = new Date(Date.parse(`${monday()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cap = page.locator(
      `[data-row="u${b.toggl_user_id}"] [data-testid="capacity"][data-day="${tuesday}"]`,
    );
    const before = await cap.innerText();
    const box = (await block(page, b.id).boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 14, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + 4 + axis.day, box.y + box.height / 2, { steps: 10 });
    await expect(block(page, b.id)).toHaveAttribute('data-dragging', 'true');
    await expect(cap).not.toHaveText(before);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(cap).toHaveText(before);
    expect(requestsTo(apiLog, 'PATCH', bulk)).toHaveLength(0);
  });
});

test('selected blocks: mark complete sends one bulk PATCH, Delete asks first and sends one bulk DELETE', async ({
  page,
  app,
  apiLog,
}) => {
  await openSchedule(page);
  const [a, b] = freeMondayBlocks(app, []).filter(
    (x) => app.sql('SELECT completed_at FROM time_blocks WHERE id = ?', x.id)[0].completed_at === null,
  );
  await block(page, a.id).click();
  await block(page, b.id).click({ modifiers: ['Control'] });
  await page
    .getByRole('group', { name: 'Selected blocks' })
    .getByRole('button', { name: 'Mark complete' })
    .click();
  await expect.poll(() => requestsTo(apiLog, 'PATCH', bulk).length).toBe(1);
  const body = requestsTo(apiLog, 'PATCH', bulk)[0].postDataJSON() as { id: number; completed: boolean }[];
  expect(body.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
  expect(body.every((i) => i.completed === true)).toBe(true);
  await expect
    .poll(
      () =>
        app.sql<{ n: number }>(
          'SELECT COUNT(*) AS n FROM time_blocks WHERE id IN (?, ?) AND completed_at IS NOT NULL',
          a.id,
          b.id,
        )[0].n,
    )
    .toBe(2);

  await page.getByRole('button', { name: /^Delete/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 2 time blocks?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => requestsTo(apiLog, 'DELETE', bulk).length).toBe(1);
  const ids = new URL(requestsTo(apiLog, 'DELETE', bulk)[0].url()).searchParams
    .get('ids')!
    .split(',')
    .map(Number);
  expect(ids.sort()).toEqual([a.id, b.id].sort());
  await expect(block(page, a.id)).toHaveCount(0);
  await expect(block(page, b.id)).toHaveCount(0);
  await expect
    .poll(
      () =>
        app.sql<{ n: number }>(
          'SELECT COUNT(*) AS n FROM time_blocks WHERE id IN (?, ?) AND deleted_at IS NOT NULL',
          a.id,
          b.id,
        )[0].n,
    )
    .toBe(2);
});

test('opened from the Timeline (after its booked-time read), the Schedule draws its week from that read: no second read, the same blocks', async ({
  page,
  apiLog,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const streams = () => requestsTo(apiLog, 'GET', /\/time-blocks\/stream$/);
  const drawn = () =>
    page
      .locator('[data-testid="time-block"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-block-id'))).sort((a, b) => a - b));
  await openApp(page, '/timeline');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  // The Timeline's block read is over: its booked days (and the few blocks around today) are in the cache.
  await expect.poll(() => streams().length).toBe(1);
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.locator('[data-testid="time-block"]').first()).toBeVisible();
  await expect(page.getByText(/could not be shown/i)).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(streams()).toHaveLength(1);
  const seeded = await drawn();
  expect(seeded.length).toBeGreaterThan(0);
  expect(errors.filter((e) => e.includes('failed to render'))).toEqual([]);

  // The Schedule opened on its own reads the week: it draws the same blocks.
  await page.reload();
  await expect(page.locator('[data-testid="time-block"]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(streams()).toHaveLength(2);
  expect(await drawn()).toEqual(seeded);
});
