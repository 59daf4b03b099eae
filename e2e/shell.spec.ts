import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test } from './fixtures';

test('opens the app, shows the demo workspace and its users', async ({ page, app, apiLog }) => {
  await openApp(page, '/team');
  const picker = page.getByRole('combobox', { name: 'Workspace' });
  await expect(picker.locator('option:checked')).toHaveText('Demo Workspace');
  await expect(page.getByRole('heading', { name: 'Team of Demo Workspace' })).toBeVisible();

  const names = app.sql<{ fullname: string }>(
    'SELECT u.fullname FROM users u JOIN workspace_users wu ON wu.user_id = u.id WHERE wu.workspace_id = 5200',
  );
  expect(names.length).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId('team-member')).toHaveCount(names.length);
  for (const { fullname } of names)
    await expect(page.getByRole('cell', { name: fullname, exact: true })).toBeVisible();

  // Every API call went through the proxy with the CSRF header; the token never reached the page.
  for (const req of apiLog) expect(req.headers()['x-requested-with']).toBe('planner');
  const me = requestsTo(apiLog, 'GET', /^\/api\/track\/me$/);
  expect(me).toHaveLength(1);
  const body = await (await me[0].response())!.text();
  expect(body).not.toContain('api_token');
});

test('navigation reaches every view without reloading the account', async ({ page, apiLog }) => {
  await openApp(page, '/timeline');
  for (const name of ['Schedule', 'Projects', 'Groups', 'Team', 'Timeline']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/${name.toLowerCase()}`));
  }
  // The profile and the workspaces are read once each, whatever the number of views visited.
  expect(requestsTo(apiLog, 'GET', /^\/api\/track\/me$/)).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', /^\/api\/track\/me\/workspaces$/)).toHaveLength(1);
});

test('leaving a view right after scrolling it stays on the new page', async ({ page }) => {
  await openApp(page, '/timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  // A sideways scroll schedules a debounced URL update; navigating away must win over it.
  await page.getByTestId('timeline-scroll').evaluate((el) => {
    el.scrollLeft += 600;
    el.dispatchEvent(new Event('scroll'));
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
});

test('the account reads leave while the page is still being parsed, once each, and the app uses their answers', async ({
  page,
  apiLog,
}) => {
  await openApp(page, '/timeline');
  const urls = ['/api/track/me', '/api/track/me/workspaces', '/api/focus/users/me/settings'];
  for (const url of urls) expect(requestsTo(apiLog, 'GET', new RegExp(`^${url}$`))).toHaveLength(1);
  // Sent from index.html before the parser finished (the app's own script runs only after that).
  const timing = await page.evaluate((list) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return list.map((url) => ({
      url,
      sentBeforeParsed:
        performance.getEntriesByName(new URL(url, location.href).href)[0].startTime < nav.domInteractive,
    }));
  }, urls);
  expect(timing).toEqual(urls.map((url) => ({ url, sentBeforeParsed: true })));
  // Their answers are what the app works with: the workspace picked from the account's workspace list.
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText(
    'Demo Workspace',
  );
});

/** Holds the app's chunk back until the returned function is called (the small entry runs meanwhile). */
async function holdApp(page: Page): Promise<() => void> {
  let letAppLoad!: () => void;
  const appHeld = new Promise<void>((resolve) => (letAppLoad = resolve));
  await page.route(/\/assets\/boot-[\w-]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  return letAppLoad;
}
const appRendered = (page: Page) =>
  page.evaluate(() => document.querySelector('#root')!.childElementCount > 0);

test("on /timeline the first rows and their people are asked for before the app's script has run, once each", async ({
  page,
  apiLog,
}) => {
  const letAppLoad = await holdApp(page);
  const firstRows = page.waitForRequest((r) => /\/tasks\/groups\/users\?.*page=1(&|$)/.test(r.url()));
  const people = page.waitForRequest((r) => /\/api\/track\/workspaces\/\d+\/users\?/.test(r.url()));
  await page.goto('/timeline?zoom=week');
  await Promise.all([firstRows, people]);
  expect(await appRendered(page)).toBe(false);

  letAppLoad();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-row^="users:"] .tl-fold').nth(1)).not.toHaveText(/^User \d+/);
  // The app took those answers: each was read once.
  const firstPages = requestsTo(apiLog, 'GET', /\/tasks\/groups\/users$/).filter(
    (r) => new URL(r.url()).searchParams.get('page') === '1',
  );
  expect(firstPages).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', /^\/api\/track\/workspaces\/\d+\/users$/)).toHaveLength(1);
});

test("on /schedule this week's blocks and the people are asked for before the app's script has run, once each", async ({
  page,
  apiLog,
}) => {
  const letAppLoad = await holdApp(page);
  const week = page.waitForRequest((r) => r.url().includes('/time-blocks/stream?'));
  const people = page.waitForRequest((r) => /\/api\/track\/workspaces\/\d+\/users\?/.test(r.url()));
  await page.goto('/schedule');
  await Promise.all([week, people]);
  expect(await appRendered(page)).toBe(false);

  letAppLoad();
  await expect(page.locator('[data-testid="time-block"]').first()).toBeVisible({ timeout: 30_000 });
  expect(requestsTo(apiLog, 'GET', /\/time-blocks\/stream$/)).toHaveLength(1);
  expect(requestsTo(apiLog, 'GET', /^\/api\/track\/workspaces\/\d+\/users$/)).toHaveLength(1);
});

test('with two workspaces and no pick, the view waits for the account: no read leaves for the one it does not open', async ({
  page,
  apiLog,
}) => {
  // Another workspace comes first in the list; the account's default (Demo Workspace) second, and /me is slow.
  await page.route(
    (url) => url.pathname === '/api/track/me/workspaces',
    async (route) => {
      const response = await route.fetch();
      const list = (await response.json()) as { id: number; name: string }[];
      await route.fulfill({ response, json: [{ ...list[0], id: 5300, name: 'Another Workspace' }, ...list] });
    },
  );
  await page.route(
    (url) => url.pathname === '/api/track/me',
    async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
    },
  );
  await page.goto('/timeline');
  await expect(page.getByText('Loading your workspaces…')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText(
    'Demo Workspace',
  );
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  const elsewhere = apiLog.filter((r) => /\/workspaces\/5300(\/|$)/.test(new URL(r.url()).pathname));
  expect(elsewhere.map((r) => r.url())).toEqual([]);
});
