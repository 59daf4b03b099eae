import { expect, openApp, test } from './fixtures';

const NOTICE =
  'Your Toggl time zone "Mars/Olympus" is not one this browser knows; showing times in Europe/Berlin.';

declare global {
  interface Window {
    zoneNotices: number;
  }
}

test('a time zone setting the browser does not know falls back to the browser zone in both views, told once', async ({
  page,
  app,
}) => {
  // The upstream takes any string as a zone; Intl throws on this one.
  app.planner
    .db!.prepare('UPDATE users SET timezone = ? WHERE email = ?')
    .run('Mars/Olympus', 'demo@example.com');
  // Every notice the page ever adds about it (info notices fade after a few seconds, so count them as they come).
  await page.addInitScript(() => {
    window.zoneNotices = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (
            node instanceof HTMLElement &&
            node.matches('.toast') &&
            node.textContent?.includes('Mars/Olympus')
          )
            window.zoneNotices++;
    }).observe(document, { childList: true, subtree: true });
  });

  await openApp(page, '/timeline');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.tl-tick.is-today')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByTestId('time-block').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Europe/Berlin');
  // Times are the browser's (Berlin) clock: the block's label is its start in Berlin.
  const first = page.getByTestId('time-block').first();
  const id = Number(await first.getAttribute('data-block-id'));
  const [{ start }] = app.sql<{ start: string }>('SELECT start FROM time_blocks WHERE id = ?', id);
  const berlin = new Date(start).toLocaleTimeString('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  });
  await expect(first).toHaveAttribute('aria-label', new RegExp(`, ${berlin}–`));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => window.zoneNotices)).toBe(1);
});
