import type { Page } from '@playwright/test';
import { expect, test, type PlannerFixture } from './fixtures';
import { bar, drag, openTimeline, patches, patchResponse, pickTask, reveal } from './timeline-helpers';

// A drop onto Unassigned of a task someone else has too: on the users grouping the API's null target clears
// every assignee, so the planner asks and sends one PATCH for the choice, which the server keeps.

const WS = 5200;

/** The person whose row comes first after Unassigned (so a drag reaches Unassigned on screen). */
async function firstPersonRow(page: Page): Promise<number> {
  const keys = await page
    .locator('[data-row^="users:"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')!));
  expect(keys[0]).toBe('users:0');
  return Number(keys[1].split(':')[1]);
}

/** A task of one other person, given to `user` too through the API (as a teammate would). */
async function sharedTask(page: Page, app: PlannerFixture, user: number) {
  const t = pickTask(app, `AND a.user_id <> ${user}`);
  const other = app.sql<{ id: number; name: string }>(
    'SELECT id, fullname AS name FROM users WHERE id = ?',
    t.user_id,
  )[0];
  const org = app.sql<{ id: number }>('SELECT organization_id AS id FROM workspaces WHERE id = ?', WS)[0].id;
  const res = await page.request.patch(
    `/api/focus/organizations/${org}/workspaces/${WS}/tasks/groups/users`,
    {
      headers: { 'X-Requested-With': 'planner' },
      data: [{ id: t.id, op: 'move', source_group_id: null, target_group_id: user, weight: 0 }],
    },
  );
  expect(res.status()).toBe(200);
  return { ...t, other };
}

const assignees = (app: PlannerFixture, id: number) =>
  app
    .sql<{ user_id: number }>('SELECT user_id FROM task_assignees WHERE task_id = ? ORDER BY user_id', id)
    .map((r) => r.user_id);

/** Drags the task's bar from its person's row onto the Unassigned row and waits for the question. */
async function dropOnUnassigned(page: Page, taskId: number, user: number) {
  const el = bar(page, taskId, `users:${user}`);
  await reveal(page, el);
  const from = (await el.boundingBox())!;
  const none = (await page.locator('[data-row="users:0"] .tl-track').boundingBox())!;
  await drag(page, el, 0, none.y + 8 - from.y);
  const dialog = page.getByRole('dialog', { name: 'Move to Unassigned?' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function reopen(page: Page) {
  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
}

test('taking only this person off a shared task (keyboard): one remove, the other assignee keeps it', async ({
  page,
  app,
  apiLog,
}) => {
  await openTimeline(page, 'users', new Date().toISOString().slice(0, 10));
  const user = await firstPersonRow(page);
  const t = await sharedTask(page, app, user);
  await openTimeline(page, 'users', t.start_date);
  const dialog = await dropOnUnassigned(page, t.id, user);
  await expect(dialog).toContainText(`is also assigned to ${t.other.name}`);
  expect(patches(apiLog)).toHaveLength(0);
  // The safer choice has the focus: Enter takes it.
  await expect(dialog.getByRole('button', { name: /^Take only .* off$/ })).toBeFocused();
  const done = patchResponse(page);
  await page.keyboard.press('Enter');
  expect((await done).status()).toBe(200);
  await expect(dialog).toBeHidden();

  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, op: 'remove', source_group_id: user, target_group_id: null }),
  ]);
  expect(assignees(app, t.id)).toEqual([t.other.id]);
  // On screen at once, and after a reload: with the other person only.
  await expect(bar(page, t.id, `users:${user}`)).toHaveCount(0);
  await expect(bar(page, t.id, 'users:0')).toHaveCount(0);
  await reopen(page);
  await reveal(page, bar(page, t.id, `users:${t.other.id}`));
  await expect(bar(page, t.id, `users:${t.other.id}`)).toBeVisible();
  await expect(bar(page, t.id, `users:${user}`)).toHaveCount(0);
  await expect(bar(page, t.id, 'users:0')).toHaveCount(0);
});

test('unassigning everyone from a shared task: one null-target move, the task sits only in Unassigned', async ({
  page,
  app,
  apiLog,
}) => {
  await openTimeline(page, 'users', new Date().toISOString().slice(0, 10));
  const user = await firstPersonRow(page);
  const t = await sharedTask(page, app, user);
  await openTimeline(page, 'users', t.start_date);
  const dialog = await dropOnUnassigned(page, t.id, user);
  // Keyboard: one step back from the focused choice is "Unassign everyone".
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Unassign everyone' })).toBeFocused();
  const done = patchResponse(page);
  await page.keyboard.press('Enter');
  expect((await done).status()).toBe(200);

  expect(patches(apiLog)).toHaveLength(1);
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, op: 'move', source_group_id: user, target_group_id: null }),
  ]);
  expect(assignees(app, t.id)).toEqual([]);
  // The other person's copy leaves at once (the optimistic rows are the server's), and after a reload.
  await expect(bar(page, t.id, `users:${t.other.id}`)).toHaveCount(0);
  await expect(bar(page, t.id, 'users:0')).toBeVisible();
  await reopen(page);
  await reveal(page, bar(page, t.id, 'users:0'));
  await expect(bar(page, t.id, 'users:0')).toBeVisible();
  await expect(bar(page, t.id, `users:${user}`)).toHaveCount(0);
  await expect(bar(page, t.id, `users:${t.other.id}`)).toHaveCount(0);
});

test('Enter the moment the question shows takes the focused choice (no click of the drop swallows it)', async ({
  page,
  app,
  apiLog,
}) => {
  await openTimeline(page, 'users', new Date().toISOString().slice(0, 10));
  const user = await firstPersonRow(page);
  const t = await sharedTask(page, app, user);
  await openTimeline(page, 'users', t.start_date);
  const dialog = await dropOnUnassigned(page, t.id, user);
  const done = patchResponse(page);
  await page.keyboard.press('Enter');
  expect((await done).status()).toBe(200);
  await expect(dialog).toBeHidden();
  expect(patches(apiLog)[0].postDataJSON()).toEqual([
    expect.objectContaining({ id: t.id, op: 'remove', source_group_id: user, target_group_id: null }),
  ]);
  expect(assignees(app, t.id)).toEqual([t.other.id]);
});

test('Escape on the question sends nothing and leaves the task where it was', async ({
  page,
  app,
  apiLog,
}) => {
  await openTimeline(page, 'users', new Date().toISOString().slice(0, 10));
  const user = await firstPersonRow(page);
  const t = await sharedTask(page, app, user);
  await openTimeline(page, 'users', t.start_date);
  const dialog = await dropOnUnassigned(page, t.id, user);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(patches(apiLog)).toHaveLength(0);
  await expect(bar(page, t.id, `users:${user}`)).toBeVisible();
  // The keyboard goes on from the bar that was dragged.
  await expect(bar(page, t.id, `users:${user}`)).toBeFocused();
  expect(assignees(app, t.id)).toEqual([user, t.other.id].sort((a, b) => a - b));
});
