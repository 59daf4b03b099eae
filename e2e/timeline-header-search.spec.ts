import { expectAxeCleanInBothSchemes } from './axe-helpers';
import { expect, openApp, test } from './fixtures';

// The quarter zoom's month names, and the message of a search that matches nothing.

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

test.use({ viewport: { width: 1600, height: 1000 } });

test('the quarter zoom names each month in full, uncut, and shows the year', async ({ page }) => {
  const year = new Date().getFullYear();
  await page.goto(`/timeline?group=users&zoom=quarter&start=${year}-11-20`);
  await expect(page.locator('.tl-month').first()).toBeVisible({ timeout: 30_000 });
  const months = await page.locator('.tl-month').evaluateAll((els) =>
    els.map((el) => {
      const span = el.querySelector('span')!;
      const style = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: span.textContent ?? '', width: span.getBoundingClientRect().width, room };
    }),
  );
  const named = months.filter((m) => m.text);
  expect(named.length).toBeGreaterThan(8);
  for (const m of named) {
    expect(m.text).toMatch(MONTHS);
    expect(m.width, m.text).toBeLessThanOrEqual(m.room + 0.5);
  }
  expect(named.map((m) => m.text)).toContain('December');
  // The years are in the lower row, one per year, the one in view at its left edge.
  const years = await page.locator('.tl-tick span').allTextContents();
  expect(years).toEqual(expect.arrayContaining([String(year), String(year + 1)]));
  const first = page.locator('.tl-tick span', { hasText: String(year) });
  const names = (await page.locator('.tl-corner').boundingBox())!;
  const box = (await first.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(names.x + names.width - 1);
  expect(box.x).toBeLessThan(1600);
  await expectAxeCleanInBothSchemes(page);
});

test('a search that matches nothing says so in plain words instead of showing empty rows', async ({
  page,
  apiLog,
}) => {
  await openApp(page, '/timeline?group=users&zoom=week');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('searchbox').fill('no such task zq');
  const message = page.getByTestId('timeline-no-match');
  await expect(message).toHaveText(/^No tasks match “no such task zq” around these dates\./);
  await expect(page.getByTestId('timeline-scroll')).toHaveCount(0);
  await expectAxeCleanInBothSchemes(page);
  expect(apiLog.some((r) => new URL(r.url()).searchParams.get('name') === 'no such task zq')).toBe(true);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  await expect(message).toHaveCount(0);
});
