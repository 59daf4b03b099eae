import { expect, openApp, test } from './fixtures';

/** Each view's first read, failing once: the view says what failed and why, and Retry reads it again. */
const VIEWS = [
  {
    view: 'Projects',
    path: '/projects',
    read: { method: 'GET', path: /\/workspaces\/\d+\/projects$/ },
    what: 'Could not load projects',
    loaded: '[data-testid="project-row"]',
  },
  {
    view: 'Members',
    path: '/projects/3001/members',
    read: { method: 'GET', path: /\/projects\/3001\/members$/ },
    what: 'Could not load the members',
    loaded: '[data-testid="member-row"]',
  },
  {
    view: 'Groups',
    path: '/groups',
    read: { method: 'GET', path: /\/organizations\/\d+\/groups$/ },
    what: 'Could not load groups',
    loaded: '[data-testid="group-card"]',
  },
  {
    view: 'Team',
    path: '/team',
    read: { method: 'GET', path: /\/organizations\/\d+\/users$/ },
    what: 'Could not load people',
    loaded: '[data-testid="team-member"]',
    freshness: true,
  },
  {
    view: 'Schedule',
    path: '/schedule',
    read: { method: 'GET', path: /\/time-blocks\/stream$/ },
    what: 'Could not load the schedule',
    loaded: '[data-testid="time-block"]',
    freshness: true,
  },
];

for (const v of VIEWS) {
  test(`${v.view}: a failed load says why and offers Retry, which loads the view`, async ({ page, app }) => {
    app.faults.fail({ ...v.read, status: 500, message: 'the store is down' });
    await openApp(page, v.path);
    const alert = page.getByRole('alert').filter({ hasText: v.what });
    await expect(alert).toContainText('the store is down');
    await expect(page.locator(v.loaded)).toHaveCount(0);
    // Its freshness does not claim "Updated just now" on the strength of the view's other reads.
    if (v.freshness)
      await expect(page.getByTestId('updated-ago')).toHaveText(/^(Could not load|Update failed)/);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator(v.loaded).first()).toBeVisible();
    await expect(alert).toHaveCount(0);
    if (v.freshness) await expect(page.getByTestId('updated-ago')).toHaveText('Updated just now');
  });
}

test('Members of a project that does not exist: says so, offers no access to give', async ({ page }) => {
  await openApp(page, '/projects/999999/members');
  await expect(page.getByText('This project does not exist, or you cannot see it.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No such project' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Give access' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'People and groups to add' })).toHaveCount(0);
});

test('Members: the search text is cleared after adding', async ({ page, app }) => {
  const [someone] = app.sql<{ fullname: string }>(
    `SELECT u.fullname FROM users u JOIN workspace_users wu ON wu.user_id = u.id AND wu.workspace_id = 5200
      WHERE u.id NOT IN (SELECT user_id FROM project_users WHERE project_id = 3003) ORDER BY u.id LIMIT 1`,
  );
  await openApp(page, '/projects/3003/members');
  const picker = page.getByRole('combobox', { name: 'People and groups to add' });
  await picker.fill(someone.fullname);
  await picker.press('Enter');
  await page.getByRole('button', { name: 'Add 1 member' }).click();
  await expect(page.locator(`[data-testid="member-row"][data-name="${someone.fullname}"]`)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'People and groups to add' })).toHaveValue('');
});

test('Groups: a failed create keeps the typed name, and the card it showed is gone', async ({
  page,
  app,
}) => {
  app.faults.fail({
    method: 'POST',
    path: /\/organizations\/\d+\/groups$/,
    status: 500,
    message: 'no more groups',
  });
  await openApp(page, '/groups');
  await expect(page.getByTestId('group-card').first()).toBeVisible();
  const input = page.getByLabel('New group name');
  await input.fill('Night shift');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no more groups' })).toBeVisible();
  await expect(input).toHaveValue('Night shift');
  await expect(page.getByRole('heading', { name: 'Night shift' })).toHaveCount(0);
  // Sent again, it is created and the box is emptied.
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { name: 'Night shift' })).toBeVisible();
  await expect(input).toHaveValue('');
  expect(app.sql("SELECT 1 FROM groups WHERE name = 'Night shift'")).toHaveLength(1);
});

for (const v of VIEWS.filter((view) => view.freshness)) {
  test(`${v.view}: a Refresh that fails keeps what was read before on screen, and says the update failed`, async ({
    page,
    app,
  }) => {
    await openApp(page, v.path);
    await expect(page.locator(v.loaded).first()).toBeVisible();
    const shown = await page.locator(v.loaded).count();
    app.faults.fail({ ...v.read, status: 500, message: 'the store is down' });
    await page.getByRole('button', { name: /^Refresh / }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'the store is down' })).toBeVisible();
    await expect(page.getByTestId('updated-ago')).toHaveText(/^Update failed; last updated/);
    // Still there: the rows read before the failed update.
    await expect(page.locator(v.loaded)).toHaveCount(shown);
  });
}
