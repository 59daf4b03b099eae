import type { Locator, Page } from '@playwright/test';
import { reachable } from './touch-helpers';
import { expect, test } from './fixtures';
import { bar, dbTask, patches, pickTask, shift, type Candidate } from './timeline-helpers';
import { Finger } from './touch-helpers';

// The Timeline on a phone: a swipe that starts on a bar scrolls, press and hold then move drags.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const WEEK_PX = 24;

/** Week zoom on a phone, the task's bar fully in the track (right of the sticky names), near the top. */
async function openOnPhone(page: Page, t: Candidate) {
  await page.goto(`/timeline?group=users&zoom=week&start=${shift(t.start_date, -1)}`);
  const scroller = page.getByTestId('timeline-scroll');
  await expect(scroller).toBeVisible({ timeout: 30_000 });
  const el = bar(page, t.id, `users:${t.user_id}`);
  for (let i = 0; i < 60 && (await el.count()) === 0; i++) {
    await scroller.evaluate((s) => s.scrollBy(0, s.clientHeight * 0.6));
    await page.waitForTimeout(30);
  }
  // The bar half way down the rows: room to swipe both ways, and far from the edges where a drag auto-scrolls.
  await el.evaluate(
    (node, s) => {
      const scroll = s as HTMLElement;
      const top = node.getBoundingClientRect().top - scroll.getBoundingClientRect().top;
      scroll.scrollTop += top - scroll.clientHeight / 2;
    },
    await scroller.elementHandle(),
  );
  // Let the scroll's work finish (the rows it mounts, its settle check after 250 ms) before a finger lands: a
  // main thread busy past the press-and-hold delay (250 ms) would take a quick swipe for a hold, as a slow
  // phone would.
  await page.waitForTimeout(300);
  await el.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = (await el.boundingBox())!;
  const names = (await page.locator(`[data-row="users:${t.user_id}"] .tl-row-head`).boundingBox())!;
  expect(box.x).toBeGreaterThan(names.x + names.width);
  expect(box.x + box.width).toBeLessThan(390);
  return { scroller, el, box };
}

test('a swipe that starts on a Timeline bar scrolls the grid and writes nothing', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  const { scroller, box } = await openOnPhone(page, t);
  const finger = await Finger.on(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Upward, the swipe of the issue that handed the task to another person: the rows scroll instead.
  const top = await scroller.evaluate((el) => el.scrollTop);
  await finger.down(x, y);
  await finger.move(x, y - 120, 8, 10);
  await finger.up();
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(top + 40);
  await expect(page.locator('[data-dragging="true"]')).toHaveCount(0);
  // Sideways from the same point (whatever is under it now): the days scroll.
  const left = await scroller.evaluate((el) => el.scrollLeft);
  await finger.down(x, y);
  await finger.move(x - 100, y - 4, 8, 10);
  await finger.up();
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(left + 30);
  await expect(page.locator('[data-dragging="true"]')).toHaveCount(0);
  // Give a stray drop (or a task drawn by the swipe) the time to be sent: none may be.
  await page.waitForLoadState('networkidle');
  expect(patches(apiLog)).toHaveLength(0);
  expect(apiLog.filter((r) => r.method() !== 'GET')).toHaveLength(0);
  expect(dbTask(app, t.id)).toMatchObject({ start_date: t.start_date, end_date: t.end_date });
});

test('press and hold on a bar, then move: the task moves two days earlier with exactly one PATCH', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  const { el, box } = await openOnPhone(page, t);
  const finger = await Finger.on(page);
  // Near the bar's start and moved left: the finger stays out of the right edge's auto-scroll zone.
  const x = box.x + 12;
  const y = box.y + box.height / 2;
  await finger.down(x, y);
  await finger.hold();
  await expect(el).toHaveAttribute('data-dragging', 'true');
  await finger.move(x - 2 * WEEK_PX, y, 10, 16);
  await finger.up();
  await expect.poll(() => patches(apiLog).length).toBe(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({
      id: t.id,
      op: 'move',
      start_date: shift(t.start_date, -2),
      end_date: shift(t.end_date, -2),
    }),
  ]);
  await expect
    .poll(() => dbTask(app, t.id))
    .toMatchObject({ start_date: shift(t.start_date, -2), end_date: shift(t.end_date, -2) });
  await page.waitForLoadState('networkidle');
  expect(patches(apiLog)).toHaveLength(1);
});

/**
 * Scrolls the days so the bar's start sits at `x` (viewport px), then lets the scroll settle: the finger then
 * works where the did, right of the middle of a phone's screen but short of its edge.
 */
async function startBarAt(page: Page, el: Locator, x: number) {
  const scroller = page.getByTestId('timeline-scroll');
  await el.evaluate(
    (node, [s, to]) => {
      (s as HTMLElement).scrollLeft += node.getBoundingClientRect().left - (to as number);
    },
    [await scroller.elementHandle(), x] as const,
  );
  await page.waitForTimeout(400);
  await el.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = (await el.boundingBox())!;
  expect(Math.abs(box.x - x)).toBeLessThan(2);
  return box;
}

// The issue: 20% of a 390 px grid (78 px) at each side scrolled the days under a finger that was still, so a
// one-day drag right of x = 312 landed several days later. The bar starts at 300: both fingers below move
// through that old zone.
for (const kind of ['move', 'resize'] as const) {
  test(`on a phone a one-day touch ${kind} right of the screen's middle lands one day later`, async ({
    page,
    app,
    apiLog,
  }) => {
    const t = pickTask(app);
    const { el, scroller } = await openOnPhone(page, t);
    const box = await startBarAt(page, el, 300);
    const left = await scroller.evaluate((s) => s.scrollLeft);
    const finger = await Finger.on(page);
    // 6 px in from the start is on its resize edge; 16 px in, past the edge, moves the bar.
    const x = box.x + (kind === 'resize' ? 6 : 16);
    const y = box.y + box.height / 2;
    await finger.down(x, y);
    await finger.hold();
    await expect(el).toHaveAttribute('data-dragging', 'true');
    await finger.move(x + WEEK_PX, y, 6, 30);
    // A still finger for a moment, as a person's before lifting it: nothing may scroll meanwhile.
    await page.waitForTimeout(400);
    await finger.up();
    await expect.poll(() => patches(apiLog).length).toBe(1);
    const want =
      kind === 'move'
        ? { start_date: shift(t.start_date, 1), end_date: shift(t.end_date, 1) }
        : { start_date: shift(t.start_date, 1), end_date: t.end_date };
    await expect.poll(() => dbTask(app, t.id)).toMatchObject(want);
    expect(patches(apiLog)[0].postDataJSON()).toEqual([expect.objectContaining({ id: t.id, ...want })]);
    expect(await scroller.evaluate((s) => s.scrollLeft)).toBe(left);
  });
}

test('a tapped bar opens its details with every field in reach; the selection bar waits under the chart', async ({
  page,
  app,
}) => {
  const t = pickTask(app);
  const { el, scroller } = await openOnPhone(page, t);
  await el.tap();
  const panel = page.getByRole('complementary');
  await expect(panel.getByLabel('Priority')).toBeEnabled();
  await expect(panel.getByLabel('Notes')).toBeEnabled();
  // The issue: "1 selected" and its actions floated over Priority, Project, Assignees and Start date.
  const fields = [
    ...['Name', 'Status', 'Priority', 'Project', 'Start date', 'End date', 'Estimate (hours)'].map((n) =>
      panel.getByLabel(n, { exact: true }),
    ),
    panel.getByLabel('Estimate is'),
    panel.getByRole('combobox', { name: 'Assignees' }),
    panel.getByRole('combobox', { name: 'Tags' }),
    panel.getByLabel('Notes'),
    panel.getByRole('button', { name: 'Archive' }),
    panel.getByRole('button', { name: 'Delete…' }),
    panel.getByRole('button', { name: 'Close task details' }),
  ];
  for (const f of fields) expect(await reachable(f), String(f)).toBe(true);
  // Its actions are the panel's for this one task: the bar is not shown meanwhile.
  await expect(page.getByTestId('selection-bar')).toBeHidden();
  await panel.getByRole('button', { name: 'Close task details' }).tap();
  await expect(panel).toHaveCount(0);
  // Closed, the selection's actions show docked under the chart, covering none of it.
  const selection = page.getByTestId('selection-bar');
  await expect(selection).toBeVisible();
  const [chart, docked] = [(await scroller.boundingBox())!, (await selection.boundingBox())!];
  expect(docked.y).toBeGreaterThanOrEqual(chart.y + chart.height - 1);
  expect(docked.y + docked.height).toBeLessThanOrEqual(844);
  const clear = selection.getByRole('button', { name: 'Clear selection' });
  expect(await reachable(clear)).toBe(true);
  await clear.tap();
  await expect(selection).toHaveCount(0);
});
