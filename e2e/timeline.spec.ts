import { expect, historyKey, test } from './fixtures';
import {
  bar,
  dbTask,
  dbWeight,
  drag,
  bringNearTop,
  keyMove,
  LANE_H,
  openTimeline,
  patches,
  patchResponse,
  pickTask,
  reveal,
  shift,
} from './timeline-helpers';

// Timeline acceptance: pointer and keyboard drops, one PATCH per drop, rollback on failure, undo.

test('dragging a bar two days right sends one PATCH with the new dates and lane; it persists', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  const done = patchResponse(page);
  await drag(page, el, 2 * 56, 0);
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  const body = patches(apiLog)[0].postDataJSON();
  expect(body).toEqual([
    expect.objectContaining({
      id: t.id,
      op: 'move',
      source_group_id: t.user_id,
      target_group_id: t.user_id,
      start_date: shift(t.start_date, 2),
      end_date: shift(t.end_date, 2),
      weight: expect.any(Number),
    }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, 2),
    end_date: shift(t.end_date, 2),
  });
  expect(dbWeight(app, t.id, 'users', t.user_id)).toBe(body[0].weight);

  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await reveal(page, bar(page, t.id));
  await expect(bar(page, t.id)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${t.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `),
  );
  const label = await bar(page, t.id).getAttribute('aria-label');
  // The demo user writes dates as ISO (their Toggl setting): a day within the year is "12-05".
  const fmt = (d: string) => d.slice(5);
  expect(label).toContain(`${fmt(shift(t.start_date, 2))} – ${fmt(shift(t.end_date, 2))}`);
});

test("dragging a bar to another person's row reassigns the task", async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id, `users:${t.user_id}`);
  await reveal(page, el);
  // A neighbouring person's row that is on screen.
  const keys = await page
    .locator('[data-row^="users:"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')!));
  const i = keys.indexOf(`users:${t.user_id}`);
  const candidates = [keys[i + 1], keys[i - 1]].filter((k) => k && k !== 'users:0');
  const from = (await el.boundingBox())!;
  let target = '';
  let dy = 0;
  for (const k of candidates) {
    const box = (await page.locator(`[data-row="${k}"] .tl-track`).boundingBox())!;
    if (box.y > 100 && box.y + 40 < 900) {
      target = k!;
      dy = box.y + 6 + LANE_H / 2 - (from.y + from.height / 2);
      break;
    }
  }
  expect(target).not.toBe('');
  const targetUser = Number(target.split(':')[1]);
  const done = patchResponse(page);
  await drag(page, el, 0, dy);
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({
      id: t.id,
      source_group_id: t.user_id,
      target_group_id: targetUser,
      start_date: t.start_date,
      end_date: t.end_date,
    }),
  ]);
  expect(app.sql('SELECT user_id FROM task_assignees WHERE task_id = ?', t.id)).toEqual([
    { user_id: targetUser },
  ]);
  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await reveal(page, bar(page, t.id, target));
  await expect(bar(page, t.id, target)).toBeVisible();
  await expect(bar(page, t.id, `users:${t.user_id}`)).toHaveCount(0);
});

test('reordering lanes in the projects grouping persists the weight', async ({ page, app, apiLog }) => {
  const t = pickTask(app, 'AND t.project_id IS NOT NULL');
  await openTimeline(page, 'projects', t.start_date);
  const row = page.locator(`[data-row="projects:${t.project_id}"]`);
  const el = bar(page, t.id, `projects:${t.project_id}`);
  await reveal(page, el);
  // Keep the target lane far from the viewport's edges, so dnd-kit's auto-scroll does not join in.
  await bringNearTop(page, row);
  // Drop into the row's spare bottom lane: always free, so the weight must become that lane.
  const rowBox = (await row.boundingBox())!;
  const barBox = (await el.boundingBox())!;
  const lanes = Math.round((rowBox.height - 1 - 12) / LANE_H) - 1;
  const lane = Math.round((barBox.y - rowBox.y - 8) / LANE_H);
  expect(lanes).toBeGreaterThan(lane);
  const done = patchResponse(page);
  await drag(page, el, 0, (lanes - lane) * LANE_H);
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  const [item] = patches(apiLog)[0].postDataJSON();
  expect(item).toMatchObject({
    id: t.id,
    source_group_id: t.project_id,
    target_group_id: t.project_id,
    weight: lanes,
  });
  expect(dbWeight(app, t.id, 'projects', t.project_id!)).toBe(lanes);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });

  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await reveal(page, bar(page, t.id, `projects:${t.project_id}`));
  const after = (await bar(page, t.id, `projects:${t.project_id}`).boundingBox())!;
  const rowAfter = (await page.locator(`[data-row="projects:${t.project_id}"]`).boundingBox())!;
  expect(Math.round((after.y - rowAfter.y - 8) / LANE_H)).toBe(lanes);
});

test('a failed PATCH puts the bar back, says why, and changes nothing', async ({ page, app, apiLog }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await reveal(page, el);
  const before = (await el.boundingBox())!;
  const label = await el.getAttribute('aria-label');
  app.faults.fail({
    method: 'PATCH',
    path: /\/tasks\/groups\//,
    status: 500,
    message: 'The planner backend is on fire',
  });
  const done = patchResponse(page);
  await drag(page, el, 2 * 56, 0);
  expect((await done).status()).toBe(500);

  await expect(
    page.getByText(/Moving the task failed and was undone: The planner backend is on fire/),
  ).toBeVisible();
  await expect(el).toHaveAttribute('aria-label', label!);
  await expect.poll(async () => (await el.boundingBox())!.x).toBeCloseTo(before.x, 0);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
  expect(patches(apiLog)).toHaveLength(1);
});

test('a keyboard-only move persists, Ctrl+Z undoes it on the server and Ctrl+Y redoes it', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await reveal(page, el);
  await el.focus();
  await page.keyboard.press('Space');
  await expect(el).toHaveAttribute('data-dragging', 'true');
  await keyMove(page, 'ArrowRight', 3);
  let done = patchResponse(page);
  await page.keyboard.press('Enter');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: shift(t.start_date, 3), end_date: shift(t.end_date, 3) }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, 3),
    end_date: shift(t.end_date, 3),
  });
  await expect(page.getByTestId('announcer')).toContainText(`Moved '${t.name}' to`);

  done = patchResponse(page);
  await historyKey(page, 'Control+z');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(2);
  expect(patches(apiLog)[1].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: t.start_date, end_date: t.end_date }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });

  done = patchResponse(page);
  await historyKey(page, 'Control+y');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(3);
  expect(patches(apiLog)[2].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: shift(t.start_date, 3), end_date: shift(t.end_date, 3) }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, 3),
    end_date: shift(t.end_date, 3),
  });
});

test('dragging the end handle two days right and the start handle a day left resizes the bar, one PATCH each', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await reveal(page, el);
  await bringNearTop(page, el);
  // Grabs an edge of the bar (3 px in) and drags it sideways in small steps.
  const dragHandle = async (side: 'start' | 'end', dx: number) => {
    const box = (await el.boundingBox())!;
    const x = side === 'start' ? box.x + 3 : box.x + box.width - 3;
    const y = box.y + box.height / 2;
    const done = patchResponse(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y, { steps: 8 });
    await expect(el).toHaveAttribute('data-dragging', 'true');
    await page.mouse.move(x + dx, y, { steps: 8 });
    await page.mouse.up();
    expect((await done).status()).toBe(200);
  };

  const before = (await el.boundingBox())!;
  await dragHandle('end', 2 * 56);
  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, start_date: t.start_date, end_date: shift(t.end_date, 2) }),
  ]);
  await expect.poll(async () => Math.round((await el.boundingBox())!.width - before.width)).toBe(2 * 56);

  await dragHandle('start', -56);
  expect(patches(apiLog)).toHaveLength(2);
  expect(patches(apiLog)[1].postDataJSON()).toEqual([
    expect.objectContaining({
      id: t.id,
      start_date: shift(t.start_date, -1),
      end_date: shift(t.end_date, 2),
    }),
  ]);
  expect(dbTask(app, t.id)).toMatchObject({
    start_date: shift(t.start_date, -1),
    end_date: shift(t.end_date, 2),
  });
});

test('a bar dragged to the right edge of the grid scrolls the days; Escape puts it back', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await reveal(page, el);
  await bringNearTop(page, el);
  const scroller = page.getByTestId('timeline-scroll');
  const grid = (await scroller.boundingBox())!;
  const box = (await el.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, y, { steps: 5 });
  await expect(el).toHaveAttribute('data-dragging', 'true');
  // Short of the edge zone (the outer 5% of the width) nothing scrolls...
  await page.mouse.move(grid.x + grid.width * 0.9, y, { steps: 10 });
  const left = await scroller.evaluate((s) => s.scrollLeft);
  await page.waitForTimeout(300);
  expect(await scroller.evaluate((s) => s.scrollLeft)).toBe(left);
  // ...within it, 20 px from the edge, the days scroll under the pointer.
  await page.mouse.move(grid.x + grid.width - 20, y, { steps: 5 });
  await expect.poll(() => scroller.evaluate((s) => s.scrollLeft)).toBeGreaterThan(left + 100);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(el).not.toHaveAttribute('data-dragging', 'true');
  await page.waitForLoadState('networkidle');
  expect(patches(apiLog)).toHaveLength(0);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
});
