import type { Page } from '@playwright/test';
import { expect, requestsTo, test } from './fixtures';
import {
  berlinInstant,
  berlinToday,
  clearAvailability,
  DEMO,
  exec,
  mondayOf,
  shiftDay,
} from './capacity-helpers';

// The workload strip of the Timeline's People rows (issue 16): one /capacities read per window, time off
// and holidays shaded with their kind in words, over-allocation said in words.

const capacities = /\/capacities\/users$/;
const strip = (page: Page, userId: number) =>
  page.locator(`[data-row="users:${userId}"] [data-testid="workload-strip"]`);
const cell = (page: Page, userId: number, day: string) => strip(page, userId).locator(`[data-date="${day}"]`);

async function openPeople(page: Page, start: string, zoom = 'day') {
  await page.goto(`/timeline?group=users&zoom=${zoom}&start=${start}`);
  await expect(page.getByTestId('timeline-scroll')).toBeVisible({ timeout: 30_000 });
  await expect(strip(page, DEMO)).toBeVisible({ timeout: 30_000 });
}

test('a time off greys the day, named in the strip; one capacity read for everyone', async ({
  page,
  app,
  apiLog,
}) => {
  const monday = shiftDay(mondayOf(berlinToday()), 7);
  clearAvailability(app, DEMO, monday);
  const tuesday = shiftDay(monday, 1);
  const stamp = '2026-01-01T00:00:00Z';
  exec(
    app,
    `INSERT INTO time_off (organization_id, user_id, start_time, end_time, type, created_at, updated_at)
     VALUES (4100, ?, ?, ?, 'vacation', ?, ?)`,
    DEMO,
    berlinInstant(tuesday, 0),
    berlinInstant(shiftDay(tuesday, 1), 0),
    stamp,
    stamp,
  );
  await openPeople(page, shiftDay(monday, -2));
  const off = page.locator(`[data-row="users:${DEMO}"] [data-off-day="${tuesday}"]`);
  await expect(off).toHaveCount(1);
  await expect(cell(page, DEMO, tuesday)).toHaveAttribute('aria-label', /time off: 8 h/);
  await expect(page.locator(`[data-row="users:${DEMO}"] [data-off-day="${monday}"]`)).toHaveCount(0);
  // Every person row in view from one read.
  const reads = requestsTo(apiLog, 'GET', capacities);
  expect(reads).toHaveLength(1);
  const ids = new URL(reads[0].url()).searchParams.get('user_id')!.split(',');
  expect(ids.length).toBeGreaterThan(1);
  expect(await page.locator('[data-testid="workload-strip"]').count()).toBeGreaterThan(1);
});

test('the strip by keyboard: one tab stop, arrows read the days', async ({ page, app }) => {
  const monday = shiftDay(mondayOf(berlinToday()), 7);
  clearAvailability(app, DEMO, monday);
  await openPeople(page, shiftDay(monday, -2));
  const s = strip(page, DEMO);
  await expect(s).toHaveAttribute('aria-label', /^Workload of Demo Planner/);
  await s.focus();
  await page.keyboard.press('Home');
  const first = await s.getAttribute('aria-activedescendant');
  expect(first).toBeTruthy();
  await page.keyboard.press('ArrowRight');
  const next = await s.getAttribute('aria-activedescendant');
  expect(next).not.toBe(first);
  await expect(page.locator(`#${next}`)).toHaveAttribute('aria-label', /planned of|no working time/);
  await expect(page.locator('.tl-wl-tip')).toBeVisible();
});
