import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test } from './fixtures';

const WS = '/api/focus/organizations/4100/workspaces/5200';

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const row = (page: Page, id: number) => page.locator(`[data-testid="project-row"][data-project-id="${id}"]`);

test('filters and paging live in the URL; the list is read once per filter set', async ({
  page,
  app,
  apiLog,
}) => {
  await openApp(page, '/projects');
  await expect(page.getByTestId('project-row')).toHaveCount(6);
  await page.getByRole('searchbox', { name: 'Name' }).fill('Mobile');
  await expect(page).toHaveURL(/name=Mobile/);
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Pinned' }).selectOption('yes');
  await expect(page).toHaveURL(/pinned=yes/);
  await expect(page.getByText('No project matches these filters.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Name' })).toHaveValue('Mobile');
  await expect(page.getByRole('combobox', { name: 'Pinned' })).toHaveValue('yes');
  await page.goto('/projects');
  await expect(page.getByTestId('project-row')).toHaveCount(6);
  apiLog.length = 0;
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Globex' });
  await expect(page).toHaveURL(/client=6002/);
  const globex = app.sql(
    'SELECT id FROM projects WHERE client_id = 6002 AND deleted_at IS NULL AND archived_at IS NULL',
  );
  await expect(page.getByTestId('project-row')).toHaveCount(globex.length);
  for (const r of await page.getByTestId('project-row').all())
    await expect(r.getByRole('cell').nth(1)).toHaveText('Globex');
  // Back to all clients: served from the cache, no second read of the same list.
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'All clients' });
  await expect(page.getByTestId('project-row')).toHaveCount(6);
  const lists = requestsTo(apiLog, 'GET', /\/workspaces\/5200\/projects$/);
  expect(lists.map((r) => new URL(r.url()).searchParams.get('client_id'))).toEqual(['6002']);
});

test('create and edit in a dialog: plain-words checks beside the field before any request, sub-projects in a tree', async ({
  page,
  app,
  apiLog,
}) => {
  await openApp(page, '/projects');
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await expect(dialog).toBeVisible();
  // Empty name: caught in the browser with the contract's rule, said in plain words beside the input; no request.
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByTestId('pf-name-error')).toHaveText('Name cannot be empty.');
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Name')).toBeFocused();
  // A name another project has: a warning (the API allows it), from the cached list.
  await dialog.getByLabel('Name').fill('website relaunch');
  await expect(dialog.getByTestId('pf-name-note')).toHaveText(
    'Another project is already called “Website relaunch”.',
  );
  await dialog.getByLabel('Name').fill('Launch checklist');
  await expect(dialog.getByTestId('pf-name-note')).toHaveCount(0);
  await dialog.getByLabel('Start date').fill('2026-06-10');
  await dialog.getByLabel('End date').fill('2026-06-01');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByTestId('pf-end-error')).toHaveText(
    'The end date cannot be before the start date.',
  );
  await expect(dialog.getByTestId('pf-name-error')).toHaveCount(0);
  // The estimate refuses a minus sign; a pasted negative number is named beside the field.
  const estimate = dialog.getByLabel('Estimate (hours)');
  await estimate.pressSequentially('-5');
  await expect(estimate).toHaveValue('5');
  await estimate.fill('-5');
  await expect(dialog.getByTestId('pf-estimate-error')).toHaveText('Estimate cannot be negative.');
  await estimate.fill('99999999');
  await expect(dialog.getByTestId('pf-estimate-error')).toHaveText(
    'Estimate is too large (at most 16,666,666 hours).',
  );
  expect(requestsTo(apiLog, 'POST', /\/projects$/)).toHaveLength(0);
  await dialog.getByLabel('End date').fill('2026-06-30');
  await dialog.getByLabel('Client').selectOption({ label: 'Initech' });
  await dialog.getByLabel('Estimate (hours)').fill('12.5');
  await dialog.getByLabel('Parent project').selectOption({ label: 'Website relaunch' });
  await dialog.getByLabel('Private (only members see it)').check();
  const tags = dialog.getByRole('combobox', { name: 'Tags' });
  await tags.fill('urg');
  await tags.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Remove urgent' })).toBeVisible();
  // The list stays open after a pick, for the next tag (the box is empty again); Escape closes it.
  await expect(tags).toHaveValue('');
  await tags.press('Escape');
  // What only the server knows (the parent was deleted meanwhile): its 400 lands beside that field, in plain words.
  const db = app.planner.db!;
  db.prepare("UPDATE projects SET deleted_at = '2026-01-01T00:00:00.000000Z' WHERE id = 3001").run();
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByTestId('pf-parent-error')).toHaveText(
    'Parent project no longer exists (it may have been deleted). Refresh and try again.',
  );
  db.prepare('UPDATE projects SET deleted_at = NULL WHERE id = 3001').run();
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog).toBeHidden();
  expect(requestsTo(apiLog, 'POST', /\/projects$/)).toHaveLength(2);

  const [created] = app.sql<{
    id: number;
    parent_project_id: number;
    private: number;
    estimated_mins: number;
    client_id: number;
  }>("SELECT * FROM projects WHERE name = 'Launch checklist'");
  expect(created).toMatchObject({
    parent_project_id: 3001,
    private: 1,
    estimated_mins: 750,
    client_id: 6003,
  });
  expect(app.sql('SELECT tag_id FROM project_tags WHERE project_id = ?', created.id)).toEqual([
    { tag_id: 8005 },
  ]);
  // Shown under its parent, one level deeper, and the parent can fold it away.
  await expect(row(page, created.id)).toHaveAttribute('data-depth', '1');
  const rows = await page
    .getByTestId('project-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-project-id')));
  expect(rows.indexOf(String(created.id))).toBe(rows.indexOf('3001') + 1);
  await page.getByRole('button', { name: 'Collapse sub-projects of Website relaunch' }).click();
  await expect(row(page, created.id)).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand sub-projects of Website relaunch' }).click();

  // Edit: the row changes, the DB too; Escape closes the dialog without saving.
  await row(page, created.id).getByRole('button', { name: 'Edit Launch checklist' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit project “Launch checklist”' });
  await edit.getByLabel('Name').fill('Launch list');
  await edit.getByLabel('Parent project').selectOption({ label: 'None (top level)' });
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row(page, created.id)).toContainText('Launch list');
  await expect(row(page, created.id)).toHaveAttribute('data-depth', '0');
  // The row is updated at once (optimistic); the write lands a moment later.
  await expect
    .poll(() => app.sql('SELECT name, parent_project_id FROM projects WHERE id = ?', created.id))
    .toEqual([{ name: 'Launch list', parent_project_id: null }]);
  await row(page, created.id).getByRole('button', { name: 'Edit Launch list' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('pin, and a failed write rolls back with the server message', async ({ page, app }) => {
  await openApp(page, '/projects');
  const pin = page.getByRole('button', { name: 'Pin Onboarding flow' });
  await pin.click();
  await expect(page.getByRole('button', { name: 'Unpin Onboarding flow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => app.sql('SELECT pinned FROM projects WHERE id = 3003')).toEqual([{ pinned: 1 }]);

  app.faults.fail({
    method: 'POST',
    path: /\/projects\/3006\/pinned$/,
    status: 500,
    message: 'pin store down',
  });
  await page.getByRole('button', { name: 'Pin Customer research' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'pin store down' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pin Customer research' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(app.sql('SELECT pinned FROM projects WHERE id = 3006')).toEqual([{ pinned: 0 }]);
});

test('archive and unarchive, delete and restore: persisted, and the timeline project rows follow', async ({
  page,
  app,
}) => {
  const groupIds = async () => {
    const res = await page.request.get(`${WS}/tasks/groups/projects?per_page=100`, {
      headers: { 'X-Requested-With': 'planner' },
    });
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { data: { id: number }[] }).data.map((g) => g.id);
  };
  await openApp(page, '/timeline?group=projects');
  const timelineRow = page.locator('[data-row="projects:3002"]');
  await expect(timelineRow).toBeVisible();
  expect(await groupIds()).toContain(3002);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'Archive Mobile app' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive “Mobile app”?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Archive project' }).click();
  await expect
    .poll(
      () => app.sql<{ a: number }>('SELECT archived_at IS NOT NULL AS a FROM projects WHERE id = 3002')[0].a,
    )
    .toBe(1);
  await expect(row(page, 3002)).toHaveCount(0); // the active list refetched without it
  expect(await groupIds()).not.toContain(3002);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('group', { name: 'Group rows by' }).getByRole('button', { name: 'Projects' }).click();
  await expect(page.locator('[data-row^="projects:"]').first()).toBeVisible();
  await expect(timelineRow).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('combobox', { name: 'State' }).selectOption('archived');
  await expect(page).toHaveURL(/archived=archived/);
  await page.getByRole('button', { name: 'Unarchive Mobile app' }).click();
  await expect(row(page, 3002)).toHaveCount(0);
  await expect
    .poll(() => app.sql('SELECT archived_at FROM projects WHERE id = 3002'))
    .toEqual([{ archived_at: null }]);
  expect(await groupIds()).toContain(3002);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('group', { name: 'Group rows by' }).getByRole('button', { name: 'Projects' }).click();
  await expect(page.locator('[data-row="projects:3002"]')).toBeVisible();

  // Delete asks first; Restore brings it back.
  await page.goto('/projects');
  await page.getByRole('button', { name: 'Delete Brand refresh' }).click();
  await page
    .getByRole('dialog', { name: 'Delete “Brand refresh”?' })
    .getByRole('button', { name: 'Delete project' })
    .click();
  await expect(row(page, 3005)).toHaveCount(0);
  await expect
    .poll(
      () => app.sql<{ d: number }>('SELECT deleted_at IS NOT NULL AS d FROM projects WHERE id = 3005')[0].d,
    )
    .toBe(1);
  expect(await groupIds()).not.toContain(3005);
  await page.getByRole('button', { name: 'Restore Brand refresh' }).click();
  await expect(row(page, 3005)).toBeVisible();
  expect(app.sql('SELECT deleted_at FROM projects WHERE id = 3005')).toEqual([{ deleted_at: null }]);
  expect(await groupIds()).toContain(3005);
});

test('axe: the projects page and its dialogs have no serious or critical violation', async ({ page }) => {
  await openApp(page, '/projects');
  await expect(page.getByTestId('project-row').first()).toBeVisible();
  await expectNoSeriousAxe(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog', { name: 'New project' }).getByRole('combobox', { name: 'Tags' }).focus();
  await expectNoSeriousAxe(page);
  await page.keyboard.press('Escape'); // closes the tag list
  await page.keyboard.press('Escape'); // closes the dialog
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
