import { expect, openApp, requestsTo, test } from './fixtures';
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
