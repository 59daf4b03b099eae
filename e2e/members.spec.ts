import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Request } from '@playwright/test';
import { expect, openApp, test, type PlannerFixture } from './fixtures';

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const MANAGER = 5;
const MEMBER = 6;

/** Workspace users who are not direct members of the project. */
function nonMembers(app: PlannerFixture, projectId: number) {
  return app.sql<{ id: number; fullname: string }>(
    `SELECT u.id, u.fullname FROM users u JOIN workspace_users wu ON wu.user_id = u.id AND wu.workspace_id = 5200
      WHERE u.id NOT IN (SELECT user_id FROM project_users WHERE project_id = ?) ORDER BY u.id`,
    projectId,
  );
}

const memberRow = (page: Page, name: string) =>
  page.locator(`[data-testid="member-row"][data-name="${name}"]`);

test('add two users and one group with a role in one step: persisted after reload', async ({ page, app }) => {
  const [a, b] = nonMembers(app, 3003);
  const [group] = app.sql<{ id: number; name: string }>(
    'SELECT id, name FROM groups WHERE id NOT IN (SELECT group_id FROM project_groups WHERE project_id = 3003) ORDER BY id',
  );
  await openApp(page, '/projects/3003/members');
  await expect(page.getByRole('heading', { name: 'Members of Onboarding flow' })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'People and groups to add' });
  const list = page.getByRole('listbox', { name: 'People and groups to add' });
  // Keyboard only: type to filter, Enter picks the highlighted option.
  for (const name of [a.fullname, b.fullname, group.name]) {
    await picker.fill(name);
    await expect(list.getByRole('option', { name: new RegExp(name) })).toBeVisible();
    await picker.press('Enter');
  }
  await expect(page.getByRole('button', { name: `Remove ${group.name}` })).toBeVisible();
  // Members already on the project are not offered.
  const [existing] = app.sql<{ fullname: string }>(
    'SELECT u.fullname FROM project_users pu JOIN users u ON u.id = pu.user_id WHERE pu.project_id = 3003 LIMIT 1',
  );
  await picker.fill(existing.fullname);
  await expect(list.getByRole('option', { name: new RegExp(existing.fullname) })).toHaveCount(0);
  await picker.press('Escape');
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Project manager' });
  const post = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/projects/3003/members'),
  );
  await page.getByRole('button', { name: 'Add 3 members' }).click();
  expect((await post).status()).toBe(204);
  expect((await post).request().postDataJSON()).toEqual({
    role_id: MANAGER,
    user_ids: [a.id, b.id],
    group_ids: [group.id],
  });

  await page.reload();
  for (const name of [a.fullname, b.fullname, group.name]) {
    await expect(memberRow(page, name).getByRole('combobox', { name: `Role of ${name}` })).toHaveValue(
      String(MANAGER),
    );
    await expect(memberRow(page, name)).toContainText('Manager');
  }
  expect(
    app.sql(
      'SELECT user_id, role_id FROM project_users WHERE project_id = 3003 AND user_id IN (?, ?) ORDER BY user_id',
      a.id,
      b.id,
    ),
  ).toEqual([
    { user_id: a.id, role_id: MANAGER },
    { user_id: b.id, role_id: MANAGER },
  ]);
  expect(
    app.sql('SELECT role_id FROM project_groups WHERE project_id = 3003 AND group_id = ?', group.id),
  ).toEqual([{ role_id: MANAGER }]);
});

/**
 * Picks each person by keyboard as a person types: the name key by key (not `fill`, which replaces the box and
 * so would hide text left over from the last pick), then Enter. Each pick shows as a chip and empties the box,
 * which keeps the focus.
 */
async function pickByKeyboard(page: Page, picker: Locator, names: string[]) {
  for (const name of names) {
    await picker.pressSequentially(name);
    await expect(page.getByRole('option', { name: new RegExp(name) })).toBeVisible();
    await picker.press('Enter');
    await expect(page.getByRole('button', { name: `Remove ${name}`, exact: true })).toBeVisible();
    await expect(picker).toHaveValue('');
    await expect(picker).toBeFocused();
  }
}

/** Enter on text that matches nobody: nothing is sent, the picks and the text stay. */
async function enterOnNoMatch(page: Page, picker: Locator, apiLog: Request[], kept: string) {
  const before = apiLog.filter((r) => r.method() !== 'GET').length;
  await picker.pressSequentially('zzz nobody');
  await expect(page.getByRole('option', { name: 'No match' })).toBeVisible();
  await picker.press('Enter');
  await expect(picker).toHaveValue('zzz nobody');
  await expect(picker).toBeFocused();
  await expect(page.getByRole('button', { name: `Remove ${kept}`, exact: true })).toBeVisible();
  expect(apiLog.filter((r) => r.method() !== 'GET')).toHaveLength(before);
  await picker.fill('');
}

test('members: two people picked by keyboard, Enter on the empty box adds both', async ({
  page,
  app,
  apiLog,
}) => {
  const [a, b] = nonMembers(app, 3003);
  await openApp(page, '/projects/3003/members');
  const picker = page.getByRole('combobox', { name: 'People and groups to add' });
  await picker.focus();
  await pickByKeyboard(page, picker, [a.fullname]);
  await enterOnNoMatch(page, picker, apiLog, a.fullname);
  await pickByKeyboard(page, picker, [b.fullname]);
  await expect(page.getByRole('button', { name: 'Add 2 members' })).toBeEnabled();
  const post = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/projects/3003/members'),
  );
  await picker.press('Enter');
  expect((await post).status()).toBe(204);
  expect((await post).request().postDataJSON()).toMatchObject({ user_ids: [a.id, b.id], group_ids: [] });
  // Ready for the next add, still by keyboard.
  await expect(picker).toBeFocused();
  expect(
    app.sql<{ user_id: number }>(
      'SELECT user_id FROM project_users WHERE project_id = 3003 AND user_id IN (?, ?) ORDER BY user_id',
      a.id,
      b.id,
    ),
  ).toEqual([{ user_id: a.id }, { user_id: b.id }].sort((x, y) => x.user_id - y.user_id));
  await page.reload();
  for (const name of [a.fullname, b.fullname]) await expect(memberRow(page, name)).toBeVisible();
});

test('groups: two people picked by keyboard, Enter on the empty box adds both to the group', async ({
  page,
  app,
  apiLog,
}) => {
  const [group] = app.sql<{ id: number; name: string }>(
    'SELECT id, name FROM groups WHERE organization_id = 4100 ORDER BY id LIMIT 1',
  );
  const [a, b] = app.sql<{ id: number; fullname: string }>(
    `SELECT u.id, u.fullname FROM users u
      JOIN organization_users ou ON ou.user_id = u.id AND ou.organization_id = 4100 AND ou.active = 1
      WHERE ou.deleted_at IS NULL AND u.id NOT IN (SELECT user_id FROM group_users WHERE group_id = ?)
      ORDER BY u.id`,
    group.id,
  );
  await openApp(page, '/groups');
  const card = page
    .getByTestId('group-card')
    .filter({ has: page.getByRole('heading', { name: group.name }) });
  const picker = card.getByRole('combobox', { name: `Users to add to ${group.name}` });
  await picker.focus();
  await pickByKeyboard(page, picker, [a.fullname]);
  await enterOnNoMatch(page, picker, apiLog, a.fullname);
  await pickByKeyboard(page, picker, [b.fullname]);
  await picker.press('Enter');
  const users = card.getByRole('list', { name: `Users of ${group.name}` });
  await expect(users).toContainText(a.fullname);
  await expect(users).toContainText(b.fullname);
  await expect(picker).toBeFocused();
  await expect
    .poll(() =>
      app.sql(
        'SELECT user_id FROM group_users WHERE group_id = ? AND user_id IN (?, ?) ORDER BY user_id',
        group.id,
        a.id,
        b.id,
      ),
    )
    .toEqual([{ user_id: Math.min(a.id, b.id) }, { user_id: Math.max(a.id, b.id) }]);
  await page.reload();
  for (const name of [a.fullname, b.fullname]) await expect(users).toContainText(name);
});

test("change a member's role and remove a member: both persisted", async ({ page, app }) => {
  const members = app.sql<{ id: number; fullname: string; role_id: number }>(
    `SELECT u.id, u.fullname, pu.role_id FROM project_users pu JOIN users u ON u.id = pu.user_id
      WHERE pu.project_id = 3005 AND u.id <> 1001 ORDER BY pu.role_id DESC, u.id`,
  );
  const target = members.find((m) => m.role_id === MEMBER)!;
  const leaving = members.find((m) => m.id !== target.id)!;
  await openApp(page, '/projects/3005/members');
  const select = page.getByRole('combobox', { name: `Role of ${target.fullname}` });
  await expect(select).toHaveValue(String(MEMBER));
  const put = page.waitForResponse((r) => r.request().method() === 'PUT');
  await select.selectOption({ label: 'Project manager' });
  expect((await put).request().postDataJSON()).toEqual({ user_id: target.id, role_id: MANAGER });
  await expect(memberRow(page, target.fullname)).toContainText('Manager');

  await page.getByRole('button', { name: `Remove ${leaving.fullname}` }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${leaving.fullname}?` });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const del = page.waitForResponse((r) => r.request().method() === 'DELETE');
  await confirm.getByRole('button', { name: 'Remove member' }).click();
  expect((await del).request().postDataJSON()).toEqual({ user_id: leaving.id });
  await expect(memberRow(page, leaving.fullname)).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('combobox', { name: `Role of ${target.fullname}` })).toHaveValue(
    String(MANAGER),
  );
  await expect(memberRow(page, leaving.fullname)).toHaveCount(0);
  expect(
    app.sql('SELECT role_id FROM project_users WHERE project_id = 3005 AND user_id = ?', target.id),
  ).toEqual([{ role_id: MANAGER }]);
  expect(app.sql('SELECT 1 FROM project_users WHERE project_id = 3005 AND user_id = ?', leaving.id)).toEqual(
    [],
  );
});

test('a failed member write rolls back with the server message', async ({ page, app }) => {
  const [m] = app.sql<{ fullname: string }>(
    'SELECT u.fullname FROM project_users pu JOIN users u ON u.id = pu.user_id WHERE pu.project_id = 3001 AND u.id <> 1001 LIMIT 1',
  );
  app.faults.fail({
    method: 'DELETE',
    path: /\/projects\/3001\/members$/,
    status: 500,
    message: 'members store down',
  });
  await openApp(page, '/projects/3001/members');
  await page.getByRole('button', { name: `Remove ${m.fullname}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove member' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'members store down' })).toBeVisible();
  await expect(memberRow(page, m.fullname)).toHaveCount(1);
});

test('a failed add gives the picks back, to try again without picking everyone anew (members and a group)', async ({
  page,
  app,
}) => {
  const [a, b] = nonMembers(app, 3003);
  app.faults.fail({
    method: 'POST',
    path: /\/projects\/3003\/members$/,
    status: 500,
    message: 'members store down',
  });
  await openApp(page, '/projects/3003/members');
  const picker = page.getByRole('combobox', { name: 'People and groups to add' });
  await picker.focus();
  await pickByKeyboard(page, picker, [a.fullname, b.fullname]);
  await page.getByRole('button', { name: 'Add 2 members' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'members store down' })).toBeVisible();
  for (const name of [a.fullname, b.fullname]) await expect(memberRow(page, name)).toHaveCount(0);
  const picks = page.getByRole('list', { name: 'People and groups to add: selected' });
  for (const name of [a.fullname, b.fullname])
    await expect(picks.getByRole('button', { name: `Remove ${name}`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add 2 members' })).toBeEnabled();

  const [group] = app.sql<{ id: number; name: string }>(
    'SELECT id, name FROM groups WHERE organization_id = 4100 ORDER BY id LIMIT 1',
  );
  const [c] = app.sql<{ fullname: string }>(
    `SELECT u.fullname FROM users u
      JOIN organization_users ou ON ou.user_id = u.id AND ou.organization_id = 4100 AND ou.active = 1
      WHERE ou.deleted_at IS NULL AND u.id NOT IN (SELECT user_id FROM group_users WHERE group_id = ?)
      ORDER BY u.id`,
    group.id,
  );
  app.faults.fail({
    method: 'PATCH',
    path: new RegExp(`/groups/${group.id}$`),
    status: 500,
    message: 'groups store down',
  });
  await openApp(page, '/groups');
  const card = page
    .getByTestId('group-card')
    .filter({ has: page.getByRole('heading', { name: group.name }) });
  const groupPicker = card.getByRole('combobox', { name: `Users to add to ${group.name}` });
  await groupPicker.focus();
  await pickByKeyboard(page, groupPicker, [c.fullname]);
  await card.getByRole('button', { name: 'Add users' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'groups store down' })).toBeVisible();
  await expect(card.getByRole('list', { name: `Users of ${group.name}` })).not.toContainText(c.fullname);
  await expect(card.getByRole('button', { name: `Remove ${c.fullname}`, exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Add users' })).toBeEnabled();
});

test('a new group with a user, attached to a private project, gives that user access', async ({
  page,
  app,
}) => {
  // Someone who cannot see the private project 3004 yet (not a member, in no group with access).
  const [outsider] = app.sql<{ id: number; fullname: string; api_token: string }>(
    `SELECT u.id, u.fullname, u.api_token FROM users u JOIN organization_users ou ON ou.user_id = u.id AND ou.admin = 0
      WHERE u.id NOT IN (SELECT user_id FROM project_users WHERE project_id = 3004)
        AND u.id NOT IN (SELECT gu.user_id FROM group_users gu JOIN project_groups pg ON pg.group_id = gu.group_id AND pg.project_id = 3004)
      ORDER BY u.id LIMIT 1`,
  );
  expect(app.sql('SELECT private FROM projects WHERE id = 3004')).toEqual([{ private: 1 }]);
  const asOutsider = () =>
    page.request.get(`${app.planner.localApiUrl}/api/organizations/4100/workspaces/5200/projects/3004`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${outsider.api_token}:api_token`).toString('base64')}`,
      },
    });
  expect((await asOutsider()).status()).toBe(404);

  await openApp(page, '/groups');
  await page.getByLabel('New group name').fill('QA Crew');
  await page.getByRole('button', { name: 'Create group' }).click();
  const card = page.getByTestId('group-card').filter({ has: page.getByRole('heading', { name: 'QA Crew' }) });
  const picker = card.getByRole('combobox', { name: 'Users to add to QA Crew' });
  await picker.fill(outsider.fullname);
  await picker.press('Enter');
  await card.getByRole('button', { name: 'Add users' }).click();
  await expect(card.getByRole('list', { name: 'Users of QA Crew' })).toContainText(outsider.fullname);
  const [group] = app.sql<{ id: number }>("SELECT id FROM groups WHERE name = 'QA Crew'");
  await expect
    .poll(() => app.sql('SELECT user_id FROM group_users WHERE group_id = ?', group.id))
    .toEqual([{ user_id: outsider.id }]);

  await page.goto('/projects/3004/members');
  await page.getByRole('combobox', { name: 'Group', exact: true }).selectOption({ label: 'QA Crew' });
  await page.getByRole('button', { name: 'Give access' }).click();
  const access = page.getByTestId('access-group').filter({ hasText: 'QA Crew' });
  await expect(access).toContainText(outsider.fullname);
  await expect
    .poll(() =>
      app.sql('SELECT 1 AS x FROM project_groups WHERE project_id = 3004 AND group_id = ?', group.id),
    )
    .toEqual([{ x: 1 }]);
  // The members list shows the group, and the user as having access through it.
  await expect(memberRow(page, 'QA Crew')).toHaveCount(1);
  await expect(page.getByTestId('via-group-user').filter({ hasText: outsider.fullname })).toContainText(
    'through QA Crew',
  );
  await page.reload();
  await expect(page.getByTestId('via-group-user').filter({ hasText: outsider.fullname })).toContainText(
    'through QA Crew',
  );
  // And the local API now shows the private project to that user.
  const seen = await asOutsider();
  expect(seen.status()).toBe(200);
  expect(((await seen.json()) as { name: string }).name).toBe('Data platform');

  // Removing the access (after confirmation) takes it away again.
  await access.getByRole('button', { name: 'Remove access of group QA Crew' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove access' }).click();
  await expect(page.getByTestId('access-group').filter({ hasText: 'QA Crew' })).toHaveCount(0);
  await expect.poll(async () => (await asOutsider()).status()).toBe(404);
});

test('groups: rename, workspaces, per-operation failures, delete after confirmation', async ({
  page,
  app,
}) => {
  await openApp(page, '/groups');
  await page.getByLabel('New group name').fill('Temp team');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('button', { name: 'Rename Temp team' }).click();
  await page.getByRole('textbox', { name: 'New name for Temp team' }).fill('Night shift');
  await page.getByRole('button', { name: 'Save name' }).click();
  const card = page
    .getByTestId('group-card')
    .filter({ has: page.getByRole('heading', { name: 'Night shift' }) });
  await expect(card).toBeVisible();
  await expect
    .poll(() => app.sql("SELECT COUNT(*) AS n FROM groups WHERE name = 'Night shift'"))
    .toEqual([{ n: 1 }]);
  const [{ id }] = app.sql<{ id: number }>("SELECT id FROM groups WHERE name = 'Night shift'");

  await card
    .getByRole('combobox', { name: 'Workspace to add to Night shift' })
    .selectOption({ label: 'Demo Workspace' });
  await card.getByRole('button', { name: 'Add workspace' }).click();
  await expect
    .poll(() => app.sql('SELECT workspace_id FROM group_workspaces WHERE group_id = ?', id))
    .toEqual([{ workspace_id: 5200 }]);
  await card.getByRole('button', { name: 'Remove Demo Workspace from Night shift' }).click();
  await expect
    .poll(() => app.sql('SELECT workspace_id FROM group_workspaces WHERE group_id = ?', id))
    .toEqual([]);

  // Track applies patches one by one and reports the failed ones: each is shown on the card.
  await page.route(`**/api/track/organizations/4100/groups/${id}`, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            success: [],
            failure: [
              {
                patch: { op: 'add', path: '/workspaces', value: [5200] },
                message: 'Workspace 5200 is locked',
              },
            ],
          }),
        })
      : route.continue(),
  );
  await card
    .getByRole('combobox', { name: 'Workspace to add to Night shift' })
    .selectOption({ label: 'Demo Workspace' });
  await card.getByRole('button', { name: 'Add workspace' }).click();
  await expect(card.getByRole('alert')).toContainText('add workspaces 5200: Workspace 5200 is locked');
  await expect(card.getByRole('list', { name: 'Workspaces of Night shift' })).not.toContainText(
    'Demo Workspace',
  );
  await page.unroute(`**/api/track/organizations/4100/groups/${id}`);

  await card.getByRole('button', { name: 'Delete Night shift' }).click();
  await page
    .getByRole('dialog', { name: 'Delete group “Night shift”?' })
    .getByRole('button', { name: 'Delete group' })
    .click();
  await expect(card).toHaveCount(0);
  await expect.poll(() => app.sql('SELECT 1 FROM groups WHERE id = ?', id)).toEqual([]);
});

test('axe: members and groups pages have no serious or critical violation', async ({ page }) => {
  await openApp(page, '/projects/3002/members');
  await expect(page.getByTestId('member-row').first()).toBeVisible();
  await expectNoSeriousAxe(page);
  await page.getByRole('combobox', { name: 'People and groups to add' }).focus();
  await expect(page.getByRole('listbox', { name: 'People and groups to add' })).toBeVisible();
  await expectNoSeriousAxe(page);
  await page.goto('/groups');
  await expect(page.getByTestId('group-card').first()).toBeVisible();
  await expectNoSeriousAxe(page);
});
