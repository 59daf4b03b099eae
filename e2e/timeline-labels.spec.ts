import type { Page } from '@playwright/test';
import { expectAxeCleanInBothSchemes } from './axe-helpers';
import { expect, test } from './fixtures';
import { bar, reveal, shift } from './timeline-helpers';

// Bar labels: the name has priority over the estimate and stays in view when the bar starts off screen.

/**
 * Every bar with more than `minPx` of its width in view: its name's text is non-empty, starts inside the view,
 * shows at least a few characters, and an estimate beside it shows only after the whole name, inside the bar.
 * Returns the offenders (empty when all is well) and how many bars were looked at.
 */
async function labelOffenders(page: Page, minPx = 60) {
  return page.getByTestId('timeline-scroll').evaluate((scroller, min) => {
    const s = scroller.getBoundingClientRect();
    const names = scroller.querySelector('.tl-row-head')!.getBoundingClientRect();
    const header = scroller.querySelector('.tl-header')!.getBoundingClientRect();
    const view = {
      left: names.right,
      right: s.left + scroller.clientWidth,
      top: header.bottom,
      bottom: s.bottom,
    };
    const offenders: string[] = [];
    let checked = 0;
    let cut = 0;
    for (const el of scroller.querySelectorAll<HTMLElement>('.tl-bar[data-bar-id]')) {
      const b = el.getBoundingClientRect();
      const shown = Math.min(b.right, view.right) - Math.max(b.left, view.left);
      if (shown <= min || b.top < view.top || b.bottom > view.bottom) continue;
      checked++;
      if (b.left < view.left) cut++;
      const id = el.dataset.barId;
      const name = el.querySelector<HTMLElement>('.tl-bar-name');
      if (!name?.textContent?.trim()) {
        offenders.push(`${id}: no name`);
        continue;
      }
      const n = name.getBoundingClientRect();
      const visible = Math.min(n.right, b.right - 4, view.right) - Math.max(n.left, view.left);
      if (n.left < view.left - 1 || n.left > view.right) offenders.push(`${id}: name starts out of view`);
      else if (n.top < b.top - 1 || n.bottom > b.bottom + 1) offenders.push(`${id}: name not on the bar`);
      else if (visible < Math.min(24, name.scrollWidth))
        offenders.push(`${id}: only ${visible}px of the name`);
      const meta = el.querySelector<HTMLElement>('.tl-bar-meta');
      if (meta) {
        const m = meta.getBoundingClientRect();
        const onBar = m.top < b.bottom - 2;
        if (onBar && name.scrollWidth > name.clientWidth) offenders.push(`${id}: estimate beside a cut name`);
        if (onBar && m.right > b.right + 0.5) offenders.push(`${id}: estimate cut`);
      }
    }
    return { offenders, checked, cut };
  }, minPx);
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('every bar wide enough shows its name in view, also bars that start before the view', async ({
    page,
    app,
  }) => {
    const first = app.sql<{ d: string }>(
      "SELECT MIN(start_date) AS d FROM tasks WHERE workspace_id = 5200 AND start_date >= date('now')",
    )[0].d;
    for (const zoom of ['day', 'week', 'month']) {
      await page.goto(`/timeline?group=users&zoom=${zoom}&start=${shift(first, 2)}`);
      await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
      // Half a column further: bars are cut at the left edge by a fraction of a day as well.
      await page.getByTestId('timeline-scroll').evaluate((s) => s.scrollBy(13, 0));
      // The labels follow the scroll in the next frames; on a loaded machine (a full suite, two workers) 100 ms
      // was not always enough: wait until they are in place, as a user would see them a moment later.
      await expect.poll(async () => (await labelOffenders(page)).offenders, { message: zoom }).toEqual([]);
      const { checked, cut } = await labelOffenders(page);
      expect(checked, zoom).toBeGreaterThan(zoom === 'month' ? 0 : 5);
      if (zoom === 'day') expect(cut).toBeGreaterThan(0);
    }
  });

  test('a five-day bar with an estimate shows its name first', async ({ page, app }) => {
    const t = app.sql<{ id: number; name: string; start_date: string }>(
      `SELECT t.id, t.name, t.start_date FROM tasks t JOIN task_assignees a ON a.task_id = t.id
        WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
          AND t.estimated_mins > 0 AND julianday(t.end_date) - julianday(t.start_date) = 4
          AND t.start_date >= date('now') ORDER BY t.id LIMIT 1`,
    )[0];
    await page.goto(`/timeline?group=users&zoom=week&start=${shift(t.start_date, -3)}`);
    await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
    const el = bar(page, t.id).first();
    await reveal(page, el);
    const name = el.locator('.tl-bar-name');
    await expect(name).toBeVisible();
    const text = (await name.textContent())!;
    expect(text).toBe(t.name);
    // At least a third of the bar's width is name (the bar showed only "32 h 30 min left").
    const [b, n] = [(await el.boundingBox())!, (await name.boundingBox())!];
    expect(n.width).toBeGreaterThan(Math.min(b.width / 3, (await name.evaluate((x) => x.scrollWidth)) - 1));
    const { offenders } = await labelOffenders(page);
    expect(offenders).toEqual([]);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('on a phone every bar wide enough shows its name in view', async ({ page, app }) => {
    const first = app.sql<{ d: string }>(
      "SELECT MIN(start_date) AS d FROM tasks WHERE workspace_id = 5200 AND start_date >= date('now')",
    )[0].d;
    await page.goto(`/timeline?group=users&zoom=week&start=${shift(first, 3)}`);
    await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
    const { offenders, checked } = await labelOffenders(page);
    expect(offenders).toEqual([]);
    expect(checked).toBeGreaterThan(2);
    await expectAxeCleanInBothSchemes(page);
  });
});
