import type { Page } from '@playwright/test';
import { editAnswer, expect, historyKey, openApp, requestsTo, test } from './fixtures';
import { axeClean } from './task-edit-helpers';

// A time block belongs to whoever books it: the OpenAPI's block payloads (timeblock.Payload,
// PayloadWithTaskID, PartialUpdatePayloadWithID) carry no user. So while a task is dragged, only the user's own
// row is a target: a teammate's row does not light up, a hint says why before the drop, and letting go there
// sends nothing.

test("a task dragged over a teammate's row: no highlight, a plain-words hint, nothing sent; my row lights up", async ({
  page,
  apiLog,
}) => {
  await openApp(page, '/schedule');
  await expect(page.getByTestId('time-block').first()).toBeVisible();
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-row="u1001"]')).toHaveAttribute('data-bookable', 'true');
  await expect(page.locator('[data-row="u1002"]')).toHaveAttribute('data-bookable', 'false');

  const task = page.getByTestId('schedule-task').first();
  const mine = page.locator('[data-row="u1001"] [data-testid="schedule-track"]');
  const theirs = page.locator('[data-row="u1002"] [data-testid="schedule-track"]');
  const from = (await task.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 - 20, from.y + from.height / 2, { steps: 4 });

  const hint = page.getByTestId('booking-hint');
  await expect(hint).toHaveText(
    'Time blocks belong to the person who books them: drop the task on your own row (marked “you”).',
  );
  await axeClean(page, '[data-testid="booking-hint"]');
  for (let i = 0; i < 2; i++) {
    const box = (await theirs.boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 10 });
  }
  await expect(theirs).not.toHaveClass(/\bover\b/);
  for (let i = 0; i < 2; i++) {
    const box = (await mine.boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 10 });
  }
  await expect(mine).toHaveClass(/\bover\b/);
  // Back over the teammate and let go: no block is booked, the hint goes.
  for (let i = 0; i < 2; i++) {
    const box = (await theirs.boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 10 });
  }
  await expect(mine).not.toHaveClass(/\bover\b/);
  await page.mouse.up();
  await expect(hint).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText('Not booked: drop the task on your own row.');
  expect(requestsTo(apiLog, 'POST', /time-blocks/)).toHaveLength(0);
});

/**
 * Opens the Schedule and books its side list's first task on my row from the keyboard: Space picks it up beside
 * the grid, up and down move it a day along the week (the people mode), my row lights up under it (the only row
 * that takes a task, as under a pointer), Enter books it. Answers the task's id.
 */
async function bookFirstTaskFromKeyboard(page: Page): Promise<{ taskId: number; said: string }> {
  await openApp(page, '/schedule');
  await expect(page.locator('section.sch-page')).toHaveAttribute('aria-busy', 'false');
  const task = page.getByTestId('schedule-task').first();
  const taskId = Number(await task.getAttribute('data-task-id'));
  await task.focus();
  await page.keyboard.press('Space');
  await expect(task).toHaveAttribute('data-dragging', 'true');
  // dnd-kit's keyboard sensor starts listening in a timer set at the pick-up (see schedule.spec.ts).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(MINE)).toHaveClass(/\bover\b/);
  // Each step says where the booking would start (a pointer sees it).
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toHaveText(/^Books at \w{3} \d\d-\d\d, \d\d:\d\d\.$/);
  const said = (await live.textContent()) ?? '';
  await page.keyboard.press('Enter');
  return { taskId, said };
}

const MINE = '[data-row="u1001"] [data-testid="schedule-track"]';

test('a task is booked from the keyboard: Space picks it up beside the grid, arrows bring it over my row, Enter books it', async ({
  page,
  app,
  apiLog,
}) => {
  const newest = () => app.sql<{ id: number }>('SELECT MAX(id) AS id FROM time_blocks')[0].id;
  const last = newest();
  const { taskId, said } = await bookFirstTaskFromKeyboard(page);
  const mine = page.locator(MINE);
  const track = (await mine.boundingBox())!;

  await expect.poll(() => requestsTo(apiLog, 'POST', /time-blocks/).length).toBe(1);
  await expect.poll(newest).toBeGreaterThan(last);
  // The one new block is the task's, and mine, and starts where the live region said.
  expect(app.sql('SELECT task_id, toggl_user_id FROM time_blocks WHERE id > ?', last)).toEqual([
    { task_id: taskId, toggl_user_id: 1001 },
  ]);
  const start = app.sql<{ start: string }>('SELECT start FROM time_blocks WHERE id > ?', last)[0].start;
  const berlin = new Date(start).toLocaleString('en-GB', {
    timeZone: 'Europe/Berlin',
    weekday: 'short',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  // "Wed 02/12, 11:00" as en-GB writes it; the demo user writes "Wed 12-02, 11:00".
  const [, wd, dd, mm, hm] = /^(\w{3}),? (\d\d)\/(\d\d),? (\d\d:\d\d)$/.exec(berlin)!;
  expect(said).toBe(`Books at ${wd} ${mm}-${dd}, ${hm}.`);
  await expect(page.getByTestId('announcer')).not.toContainText('Not booked');
  // The new block is drawn on my row, within the week's days.
  const drawn = mine.locator('[data-testid="time-block"]').last();
  const box = (await drawn.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(track.x);
  expect(box.x + box.width).toBeLessThanOrEqual(track.x + track.width);
});

test('a booking is undone and redone like a move: Ctrl+Z deletes the block, Ctrl+Shift+Z brings the same block back; a deletion is undone too', async ({
  page,
  app,
  apiLog,
}) => {
  const { taskId } = await bookFirstTaskFromKeyboard(page);
  await expect.poll(() => requestsTo(apiLog, 'POST', /time-blocks/).length).toBe(1);
  const live = () =>
    app.sql<{ id: number; deleted_at: string | null }>(
      'SELECT id, deleted_at FROM time_blocks WHERE task_id = ? ORDER BY id DESC LIMIT 1',
      taskId,
    )[0];
  await expect.poll(() => live()?.deleted_at).toBeNull();
  const id = live().id;
  const drawn = page.locator(`[data-testid="time-block"][data-block-id="${id}"]`);
  await expect(drawn).toHaveCount(1);

  await historyKey(page, 'Control+z');
  await expect.poll(() => requestsTo(apiLog, 'DELETE', /time-blocks\/bulk/).length).toBe(1);
  await expect.poll(() => live().deleted_at).not.toBeNull();
  await expect(drawn).toHaveCount(0);

  await historyKey(page, 'Control+Shift+z');
  await expect
    .poll(() => requestsTo(apiLog, 'PATCH', new RegExp(`/time-blocks/${id}/restore$`)).length)
    .toBe(1);
  await expect.poll(() => live()).toEqual({ id, deleted_at: null });
  await expect(drawn).toHaveCount(1);

  // Deleted from the keyboard (asked first), then brought back by Ctrl+Z: the same block.
  await drawn.focus();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => live().deleted_at).not.toBeNull();
  await historyKey(page, 'Control+z');
  await expect.poll(() => live()).toEqual({ id, deleted_at: null });
  await expect(drawn).toHaveCount(1);
});

test("a booking on a day outside the task's dates says so, as the Timeline does for a move", async ({
  page,
}) => {
  // The side list's first task, dated a month from now: any day of this week is outside its dates.
  const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  let name = '';
  await editAnswer(page, /\/workspaces\/5200\/tasks$/, (body) => {
    const b = body as { data: { name: string; start_date: string; end_date: string }[] };
    if (b.data?.[0] && !name) {
      b.data[0].start_date = later(30);
      b.data[0].end_date = later(33);
      name = b.data[0].name;
    }
    return b;
  });
  // The booking re-reads the task list (its unscheduled time): that second read lands before the test ends.
  let taskReads = 0;
  const reread = new Promise<void>((done) =>
    page.on('response', (r) => {
      const list =
        r.request().method() === 'GET' && /\/workspaces\/5200\/tasks$/.test(new URL(r.url()).pathname);
      if (list && ++taskReads === 2) done();
    }),
  );
  await bookFirstTaskFromKeyboard(page);
  await reread;
  const warning = page.getByRole('alert').filter({ hasText: 'outside its dates' });
  await expect(warning).toContainText(
    `'${name}' now has 1 time block outside its dates (${later(30).slice(5)} – ${later(33).slice(5)}).`,
  );
  await expect(page.getByTestId('announcer')).toHaveText('Booked 1 time block.');
});
