import { expect, historyKey, requestsTo, test } from './fixtures';
import { axeClean, noRequest, oneRequest, taskRow } from './task-edit-helpers';
import { bar, LANE_H, openTimeline, pickTask, reveal, shift } from './timeline-helpers';

// Acting on a bar: rename in place, its menu, archive and delete (asked first) with Ctrl+Z, and a new task
// with its details from the draw gesture. Each action is one request; its inverse (undo) is one request too.

const TASK = /\/tasks\/\d+$/;

test('double-click renames in place: one PATCH, persisted; an empty name is refused in words and sends nothing', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  await reveal(page, bar(page, t.id));
  await bar(page, t.id).dblclick();
  const box = bar(page, t.id).getByRole('textbox', { name: 'Task name' });
  await expect(box).toBeFocused();
  await noRequest(page, apiLog, async () => {
    await box.fill(' ');
    await box.press('Enter');
  });
  await expect(bar(page, t.id).getByRole('alert')).toHaveText('Name cannot be empty.');
  const sent = await oneRequest(page, apiLog, 'PATCH', TASK, async () => {
    await box.fill('Renamed on the bar');
    await box.press('Enter');
  });
  expect(sent.postDataJSON()).toEqual({ name: 'Renamed on the bar' });
  await expect(bar(page, t.id)).toBeFocused();
  await expect(bar(page, t.id)).toHaveAccessibleName(/^Renamed on the bar, /);
  expect(taskRow(app, t.id).name).toBe('Renamed on the bar');
  // F2 renames from the keyboard; Escape leaves the name as it was.
  await page.keyboard.press('F2');
  await page.keyboard.type('Not kept');
  await noRequest(page, apiLog, () => page.keyboard.press('Escape'));
  await expect(bar(page, t.id)).toHaveAccessibleName(/^Renamed on the bar, /);
  // Undo is one PATCH back to the old name.
  const back = await oneRequest(page, apiLog, 'PATCH', TASK, () => historyKey(page, 'Control+z'));
  expect(back.postDataJSON()).toEqual({ name: t.name });
  await page.reload();
  await reveal(page, bar(page, t.id));
  await expect(bar(page, t.id)).toHaveAccessibleName(new RegExp(`^${t.name}, `));
});

test('the bar menu (right-click, Shift+F10): archive is one POST, Ctrl+Z one unarchive; keyboard and axe', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  await reveal(page, bar(page, t.id));
  await bar(page, t.id).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: `Actions for “${t.name}”` });
  await expect(menu.getByRole('menuitem', { name: /Open details/ })).toBeFocused();
  await axeClean(page, '[data-testid="bar-menu"]');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(bar(page, t.id)).toBeFocused();

  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Archive' })).toBeFocused();
  await oneRequest(page, apiLog, 'POST', /\/tasks\/\d+\/archive$/, () => page.keyboard.press('Enter'));
  await expect(bar(page, t.id)).toHaveCount(0);
  expect(taskRow(app, t.id).archived_at).not.toBeNull();

  await oneRequest(page, apiLog, 'POST', /\/tasks\/\d+\/unarchive$/, () => historyKey(page, 'Control+z'));
  await expect(bar(page, t.id)).toHaveCount(1);
  expect(taskRow(app, t.id).archived_at).toBeNull();
  await page.reload();
  await reveal(page, bar(page, t.id));
  await expect(bar(page, t.id)).toBeVisible();
});

test('an archived task is restored from "Archived tasks" after a reload: one POST and a block re-read, its bar back at once; axe clean', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  await reveal(page, bar(page, t.id));
  await bar(page, t.id).click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Archive' }).click();
  await expect(bar(page, t.id)).toHaveCount(0);
  await expect.poll(() => taskRow(app, t.id).archived_at).not.toBeNull();
  // A reload forgets the undo: the list of archived tasks is the way back.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Archived tasks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archived tasks' });
  const item = dialog.locator(`[data-testid="archived-task"][data-task-id="${t.id}"]`);
  await expect(item).toContainText(t.name);
  await axeClean(page, 'dialog');
  // One POST; its time blocks come back with it, so the booked-time window read without them is read again.
  const from = apiLog.length;
  await item.getByRole('button', { name: `Restore ${t.name}` }).click();
  await expect(item).toHaveCount(0);
  await expect
    .poll(() => apiLog.slice(from).map((r) => `${r.method()} ${new URL(r.url()).pathname}`))
    .toEqual([
      `POST /api/focus/organizations/4100/workspaces/5200/tasks/${t.id}/unarchive`,
      'GET /api/focus/organizations/4100/workspaces/5200/time-blocks/stream',
    ]);
  expect(taskRow(app, t.id).archived_at).toBeNull();
  // The focus stays in the dialog: on Close, as nothing else is archived.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await reveal(page, bar(page, t.id).first());
  await expect(bar(page, t.id).first()).toBeVisible();
  // Undo archives it again (one POST), and the list, opened again, has it again (read anew on each opening).
  await oneRequest(page, apiLog, 'POST', /\/tasks\/\d+\/archive$/, () => historyKey(page, 'Control+z'));
  expect(taskRow(app, t.id).archived_at).not.toBeNull();
  await page.getByRole('button', { name: 'Archived tasks' }).click();
  await expect(item).toContainText(t.name);
});

test('Delete asks first; confirming is one DELETE (soft), Ctrl+Z one restore, Ctrl+Shift+Z deletes again', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  await reveal(page, bar(page, t.id));
  await bar(page, t.id).focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: `Delete “${t.name}”?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await axeClean(page, 'dialog');
  // Escape keeps the task, and the focus is back on its bar.
  await noRequest(page, apiLog, () => page.keyboard.press('Escape'));
  await expect(dialog).toHaveCount(0);
  await expect(bar(page, t.id)).toBeFocused();
  // Asked from the bar's menu (whose item is gone when the question closes), the focus comes back to the bar too.
  await bar(page, t.id).click({ button: 'right' });
  await page
    .getByRole('menu', { name: `Actions for “${t.name}”` })
    .getByRole('menuitem', { name: 'Delete…' })
    .click();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await noRequest(page, apiLog, () => page.keyboard.press('Escape'));
  await expect(bar(page, t.id)).toBeFocused();

  await bar(page, t.id).focus();
  await page.keyboard.press('Delete');
  await oneRequest(page, apiLog, 'DELETE', /\/tasks\/\d+$/, () =>
    dialog.getByRole('button', { name: 'Delete task' }).click(),
  );
  await expect(bar(page, t.id)).toHaveCount(0);
  expect(taskRow(app, t.id).deleted_at).not.toBeNull();

  await oneRequest(page, apiLog, 'PATCH', /\/tasks\/\d+\/restore$/, () => historyKey(page, 'Control+z'));
  await expect(bar(page, t.id)).toBeVisible();
  expect(taskRow(app, t.id).deleted_at).toBeNull();
  await oneRequest(page, apiLog, 'DELETE', /\/tasks\/\d+$/, () => historyKey(page, 'Control+Shift+z'));
  await expect(bar(page, t.id)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(bar(page, t.id)).toHaveCount(0);
  expect(taskRow(app, t.id).deleted_at).not.toBeNull();
});

test('drawing opens a dialog for the details: one POST with project, assignee and estimate; Ctrl+Z deletes it', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const row = page.locator(`[data-row="users:${t.user_id}"]`);
  await reveal(page, row);
  const track = (await row.locator('.tl-track').boundingBox())!;
  const y = track.y + track.height - 6 - LANE_H / 2;
  const x = (await page.getByTestId('timeline-scroll').boundingBox())!.x + 220 + 4 * 56 + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 2 * 56, y, { steps: 8 });
  await page.mouse.up();

  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByLabel('Assignee')).toHaveValue(String(t.user_id));
  await axeClean(page, 'dialog');
  await noRequest(page, apiLog, async () => {
    await dialog.getByLabel('Name').fill('');
    await dialog.getByRole('button', { name: 'Create task' }).click();
  });
  await expect(dialog.getByTestId('tl-new-name-error')).toHaveText('Name cannot be empty.');
  await dialog.getByLabel('Name').fill('Drawn with details');
  await dialog.getByLabel('Project').focus();
  await expect(dialog.getByLabel('Project').locator('option', { hasText: 'Data platform' })).toBeAttached();
  await dialog.getByLabel('Project').selectOption({ label: 'Data platform' });
  await dialog.getByLabel('Estimate (hours)').fill('3');
  const posted = await oneRequest(page, apiLog, 'POST', /\/tasks$/, () =>
    dialog.getByLabel('Name').press('Enter'),
  );
  const body = posted.postDataJSON();
  expect(body).toMatchObject({
    name: 'Drawn with details',
    project_id: 3004,
    assignee_user_ids: [t.user_id],
    estimated_mins: 180,
  });
  expect(body.end_date > body.start_date).toBe(true);
  const [created] = app.sql<{ id: number; project_id: number; estimated_mins: number }>(
    "SELECT id, project_id, estimated_mins FROM tasks WHERE name = 'Drawn with details'",
  );
  expect(created).toMatchObject({ project_id: 3004, estimated_mins: 180 });
  // The server's task replaced the placeholder: a real bar, in this person's row, without a re-read.
  await expect(row.locator(`[data-bar-id="${created.id}"]`)).toHaveAccessibleName(
    /^Drawn with details, .*Data platform/,
  );
  expect(requestsTo(apiLog, 'GET', /tasks\/groups/)).toHaveLength(1);

  await oneRequest(page, apiLog, 'DELETE', new RegExp(`/tasks/${created.id}$`), () =>
    historyKey(page, 'Control+z'),
  );
  await expect(row.locator(`[data-bar-id="${created.id}"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(`[data-bar-id="${created.id}"]`)).toHaveCount(0);
  expect(taskRow(app, created.id).deleted_at).not.toBeNull();
});

test('New task, from the keyboard alone: the dialog asks the dates too; one POST; an end before the start is refused in words', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const button = page.getByRole('button', { name: 'New task', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await axeClean(page, 'dialog');
  const start = shift(t.start_date, 1);
  await page.keyboard.type('Offsite agenda');
  await dialog.getByLabel('Start date').fill(start);
  await dialog.getByLabel('End date').fill(shift(start, -1));
  await noRequest(page, apiLog, () => dialog.getByLabel('Name').press('Enter'));
  await expect(dialog).toContainText('The end date cannot be before the start date.');
  await dialog.getByLabel('End date').fill(shift(start, 3));
  await dialog.getByLabel('Assignee').focus();
  await dialog.getByLabel('Assignee').selectOption(String(t.user_id));
  const posted = await oneRequest(page, apiLog, 'POST', /\/tasks$/, () =>
    dialog.getByLabel('Name').press('Enter'),
  );
  expect(posted.postDataJSON()).toMatchObject({
    name: 'Offsite agenda',
    start_date: start,
    end_date: shift(start, 3),
    assignee_user_ids: [t.user_id],
  });
  await expect(dialog).toHaveCount(0);
  const [created] = app.sql<{ id: number; start_date: string }>(
    "SELECT id, start_date FROM tasks WHERE name = 'Offsite agenda'",
  );
  expect(created.start_date).toBe(start);
  await reveal(page, bar(page, created.id));
  await expect(bar(page, created.id)).toBeVisible();
});
