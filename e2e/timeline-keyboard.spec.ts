import { expect, test } from './fixtures';
import {
  bar,
  bringNearTop,
  keyMove,
  openTimeline,
  patches,
  patchResponse,
  pickTask,
  reveal,
  shift,
} from './timeline-helpers';

// The Timeline from the keyboard: entering the grid, moving a bar into another row, what is announced, Escape.

test('the first Tab into the grid lands on a bar in view, and the grid does not move', async ({
  page,
  app,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const scroller = page.getByTestId('timeline-scroll');
  // Scrolled down and a little sideways: rows and days just out of view are mounted (overscan).
  await scroller.evaluate((s) => s.scrollBy(37, 500));
  await page.waitForTimeout(300);
  const before = await scroller.evaluate((s) => [s.scrollLeft, s.scrollTop]);
  await page.getByRole('searchbox').focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await scroller.evaluate((s) => s.contains(document.activeElement))) break;
  }
  const focused = await scroller.evaluate((s) => {
    const el = document.activeElement as HTMLElement;
    const names = s.querySelector('.tl-row-head')!.getBoundingClientRect();
    const header = s.querySelector('.tl-header')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const box = s.getBoundingClientRect();
    return {
      bar: el.matches('.tl-bar[data-bar-id]'),
      shown: Math.min(r.right, box.left + s.clientWidth) - Math.max(r.left, names.right),
      top: r.top - header.bottom,
      bottom: box.top + s.clientHeight - r.bottom,
    };
  });
  expect(focused.bar).toBe(true);
  expect(focused.shown).toBeGreaterThan(10);
  expect(focused.top).toBeGreaterThanOrEqual(-1);
  expect(focused.bottom).toBeGreaterThanOrEqual(-1);
  await page.waitForTimeout(200);
  expect(await scroller.evaluate((s) => [s.scrollLeft, s.scrollTop])).toEqual(before);
});

test('a keyboard move into the next row keeps the focus on the moved bar and is announced by name', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const row = `users:${t.user_id}`;
  const el = bar(page, t.id, row);
  await reveal(page, el);
  // Near the top: arrows move the bar (near the bottom dnd-kit scrolls the grid instead).
  await bringNearTop(page, el);
  const keys = await page
    .locator('[data-row^="users:"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')!));
  const next = keys[keys.indexOf(row) + 1];
  expect(next).toBeTruthy();
  await el.focus();
  await page.keyboard.press('Space');
  await expect(el).toHaveAttribute('data-dragging', 'true');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(`Picked up ${t.name}.`);
  // Lane by lane until the moving bar's centre is below the row's bottom edge (its spare lane included),
  // measured before each press: counted once up front, a row that grew meanwhile (a full suite on a busy
  // machine) kept the drop in its own row.
  const overlay = page.locator('.tl-overlay').first();
  for (let i = 0; i < 60; i++) {
    const [o, r] = [
      (await overlay.boundingBox())!,
      (await page.locator(`[data-row="${row}"]`).boundingBox())!,
    ];
    if (o.y + o.height / 2 > r.y + r.height) break;
    await keyMove(page, 'ArrowDown', 1);
  }
  const done = patchResponse(page);
  await page.keyboard.press('Enter');
  expect((await done).status()).toBe(200);
  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({
      id: t.id,
      source_group_id: t.user_id,
      target_group_id: Number(next.split(':')[1]),
    }),
  ]);
  const moved = bar(page, t.id, next);
  await expect(moved).toBeFocused();
  await page.waitForTimeout(300);
  await expect(moved).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('Escape clears a selection', async ({ page, app }) => {
  const a = pickTask(app);
  await openTimeline(page, 'users', a.start_date);
  const first = bar(page, a.id).first();
  await reveal(page, first);
  const other = page
    .locator('.tl-bar[data-bar-id]')
    .filter({ hasNot: page.locator(`[data-bar-id="${a.id}"]`) });
  await first.click({ modifiers: ['Shift'] });
  const second = other.nth(1);
  await second.click({ modifiers: ['Shift'] });
  const selection = page.getByTestId('selection-bar');
  await expect(selection).toContainText('2 selected');
  await page.keyboard.press('Escape');
  await expect(selection).toBeHidden();
  await expect(page.locator('.tl-bar[aria-pressed="true"]')).toHaveCount(0);
});

test('arrow keys go from bar to bar: along the lane, and to the lane below and back', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  await reveal(page, bar(page, t.id).first());
  // A bar in view with another after it in its lane, and a lane below it.
  const startId = await page.evaluate(() => {
    const bars = [...document.querySelectorAll<HTMLElement>('.tl-bar[data-bar-id]')];
    const box = (b: HTMLElement) => b.getBoundingClientRect();
    const ok = bars.find((b) => {
      const r = box(b);
      return (
        r.top > 150 &&
        r.bottom < window.innerHeight - 100 &&
        bars.some((o) => Math.abs(box(o).top - r.top) < 2 && box(o).left > r.left) &&
        bars.some((o) => box(o).top > r.top + 2)
      );
    });
    return ok?.dataset.barId;
  });
  expect(startId).toBeDefined();
  const start = page.locator(`.tl-bar[data-bar-id="${startId}"]`).first();
  await start.focus();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { id: el.dataset.barId, top: Math.round(r.top), left: Math.round(r.left) };
    });
  const at = await focused();
  expect(at.id).toBe(startId);
  await page.keyboard.press('ArrowRight');
  const right = await focused();
  expect(right.id).not.toBe(at.id);
  expect(right.top).toBe(at.top);
  expect(right.left).toBeGreaterThan(at.left);
  await page.keyboard.press('ArrowLeft');
  expect((await focused()).id).toBe(at.id);
  await page.keyboard.press('ArrowDown');
  const below = await focused();
  expect(below.id).toMatch(/^\d+$/);
  expect(below.top).toBeGreaterThan(at.top);
  await page.keyboard.press('ArrowUp');
  expect((await focused()).top).toBe(at.top);
  // Going left and up bar after bar, each focused bar shows: right of the names column, under the date header
  // (not scrolled under them).
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowLeft']) {
    await page.keyboard.press(key);
    const shown = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      const names = document.querySelector('.tl-row-head')!.getBoundingClientRect();
      const header = document.querySelector('.tl-header')!.getBoundingClientRect();
      return { left: r.left >= names.right, top: r.top >= header.bottom };
    });
    expect(shown, key).toEqual({ left: true, top: true });
  }
  // Going from bar to bar sends nothing.
  expect(apiLog.filter((r) => r.method() !== 'GET')).toEqual([]);
});

test('bars are no Tab stops of their own: Tab enters the grid on a bar in view and the next Tab leaves the bars', async ({
  page,
  app,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const scroller = page.getByTestId('timeline-scroll');
  await expect(scroller.locator('.tl-bar[data-bar-id]').first()).toBeVisible();
  expect(await scroller.locator('.tl-bar[data-bar-id]:not([tabindex="-1"])').count()).toBe(0);
  await page.getByRole('searchbox').focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await scroller.evaluate((s) => s.contains(document.activeElement))) break;
  }
  const isBar = () => page.evaluate(() => !!document.activeElement?.matches('.tl-bar[data-bar-id]'));
  expect(await isBar()).toBe(true);
  // The arrow keys go from bar to bar; Tab goes on to the next control (a row's fold, a strip), not a bar.
  await page.keyboard.press('ArrowRight');
  expect(await isBar()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await isBar()).toBe(false);
});

test('each keyboard step of a move says the dates it would drop on', async ({ page, app }) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id, `users:${t.user_id}`);
  await reveal(page, el);
  await bringNearTop(page, el);
  await el.focus();
  await page.keyboard.press('Space');
  await expect(el).toHaveAttribute('data-dragging', 'true');
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toHaveText(`Picked up ${t.name}.`);
  await keyMove(page, 'ArrowRight', 2);
  // The demo user writes days as ISO: "12-05".
  await expect(live).toHaveText(`${shift(t.start_date, 2).slice(5)} – ${shift(t.end_date, 2).slice(5)}.`);
  await page.keyboard.press('Escape');
});
