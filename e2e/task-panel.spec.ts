import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { assigneesOf, axeClean, noRequest, oneRequest, tagsOf, taskRow } from './task-edit-helpers';
import { bar, openTimeline, pickTask, reveal, shift } from './timeline-helpers';

// The Timeline's details panel edits every field the API allows: one PATCH of just that field per change,
// persisted (database and screen after a reload); mistakes are caught in the browser, in plain words.

const TASK = /\/api\/focus\/organizations\/\d+\/workspaces\/\d+\/tasks\/(\d+)$/;

async function openPanel(page: Page, id: number) {
  // A task with two assignees has a bar in each person's row: either opens the same details.
  const first = bar(page, id).first();
  await reveal(page, first);
  const detail = page.waitForResponse(
    (r) => r.request().method() === 'GET' && TASK.test(new URL(r.url()).pathname),
  );
  await first.click();
  expect((await detail).status()).toBe(200);
  const panel = page.getByRole('complementary');
  await expect(panel.getByLabel('Priority')).toBeEnabled();
  return panel;
}

test('each field of the panel saves with one PATCH of that field, persisted after a reload; axe clean', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  // Values the task does not have yet (each change must be a change).
  const was = taskRow(app, t.id);
  const status = was.status_id === 7004 ? 7001 : 7004;
  const priority = was.priority === 'high' ? 'low' : 'high';
  const project =
    t.project_id === 3005 ? { id: 3004, name: 'Data platform' } : { id: 3005, name: 'Brand refresh' };
  const mate = t.user_id === 1007 ? { id: 1006, name: 'Farid' } : { id: 1007, name: 'Greta' };
  const type = was.estimate_type === 'daily' ? 'total' : 'daily';
  const tag = tagsOf(app, t.id).includes(8005) ? { id: 8006, name: 'review' } : { id: 8005, name: 'urgent' };
  await openTimeline(page, 'users', t.start_date);
  const panel = await openPanel(page, t.id);
  const patchOf = async (action: () => Promise<unknown>) =>
    (await oneRequest(page, apiLog, 'PATCH', TASK, action)).postDataJSON();

  expect(
    await patchOf(async () => {
      await panel.getByLabel('Name').fill('Edited in the panel');
      await panel.getByLabel('Name').press('Enter');
    }),
  ).toEqual({ name: 'Edited in the panel' });
  await expect(bar(page, t.id)).toHaveAccessibleName(/^Edited in the panel, /);

  expect(await patchOf(() => panel.getByLabel('Status').selectOption(String(status)))).toEqual({
    status_id: status,
  });
  expect(await patchOf(() => panel.getByLabel('Priority').selectOption(priority))).toEqual({ priority });
  // The project list is read when the field is first used (a read, not part of the change).
  await panel.getByLabel('Project').focus();
  await expect(panel.getByLabel('Project').locator('option', { hasText: project.name })).toBeAttached();
  expect(await patchOf(() => panel.getByLabel('Project').selectOption({ label: project.name }))).toEqual({
    project_id: project.id,
  });
  await expect(bar(page, t.id)).toHaveAccessibleName(new RegExp(project.name));

  const people = panel.getByRole('combobox', { name: 'Assignees' });
  const both = [t.user_id, mate.id].sort((x, y) => x - y);
  expect(
    await patchOf(async () => {
      await people.fill(mate.name);
      await people.press('Enter');
    }),
  ).toEqual({ assignee_user_ids: [t.user_id, mate.id] });
  await people.press('Escape');
  // The teammate's row shows the task too.
  await expect(page.locator(`[data-row="users:${mate.id}"] [data-bar-id="${t.id}"]`)).toHaveCount(1);

  const end = shift(t.end_date, 2);
  expect(
    await patchOf(async () => {
      await panel.getByLabel('End date').fill(end);
      await panel.getByLabel('End date').press('Enter');
    }),
  ).toEqual({ end_date: end });
  expect(
    await patchOf(async () => {
      await panel.getByLabel('Estimate (hours)').fill('2.5');
      await panel.getByLabel('Estimate (hours)').press('Enter');
    }),
  ).toEqual({ estimated_mins: 150 });
  expect(await patchOf(() => panel.getByLabel('Estimate is').selectOption(type))).toEqual({
    estimate_type: type,
  });

  const tags = panel.getByRole('combobox', { name: 'Tags' });
  await tags.focus();
  await tags.fill(tag.name);
  await expect(panel.getByRole('option', { name: new RegExp(tag.name) })).toBeVisible();
  const tagsBefore = tagsOf(app, t.id);
  expect(await patchOf(() => tags.press('Enter'))).toEqual({ tag_ids: [...tagsBefore, tag.id] });
  await tags.press('Escape');

  expect(
    await patchOf(async () => {
      await panel.getByLabel('Notes').fill('Call the client first.');
      await panel.getByLabel('Name').focus();
    }),
  ).toEqual({ notes: 'Call the client first.' });

  await axeClean(page, '.tl-panel');

  const row = taskRow(app, t.id);
  expect(row).toMatchObject({
    name: 'Edited in the panel',
    status_id: status,
    priority,
    project_id: project.id,
    end_date: end,
    estimated_mins: 150,
    estimate_type: type,
    notes: 'Call the client first.',
  });
  expect(assigneesOf(app, t.id)).toEqual(both);
  expect(tagsOf(app, t.id)).toContain(tag.id);

  await page.reload();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  const again = await openPanel(page, t.id);
  await expect(again.getByLabel('Name')).toHaveValue('Edited in the panel');
  await expect(again.getByLabel('Status')).toHaveValue(String(status));
  await expect(again.getByLabel('Priority')).toHaveValue(priority);
  await expect(again.getByLabel('End date')).toHaveValue(end);
  await expect(again.getByLabel('Estimate (hours)')).toHaveValue('2.5');
  await expect(again.getByLabel('Notes')).toHaveValue('Call the client first.');
  await expect(again.getByRole('button', { name: `Remove ${tag.name}` })).toBeVisible();
});

test('mistakes are named beside the field in plain words and cost no request; a server refusal lands beside its field and rolls back', async ({
  page,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const panel = await openPanel(page, t.id);

  await noRequest(page, apiLog, async () => {
    await panel.getByLabel('Name').fill('   ');
    await panel.getByLabel('Name').press('Enter');
  });
  await expect(panel.getByTestId('tl-f-name-error')).toHaveText('Name cannot be empty.');
  await expect(panel.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await panel.getByLabel('Name').press('Escape');
  await expect(panel.getByLabel('Name')).toHaveValue(t.name);

  await noRequest(page, apiLog, async () => {
    await panel.getByLabel('End date').fill(shift(t.start_date, -1));
    await panel.getByLabel('End date').press('Enter');
  });
  await expect(panel.getByTestId('tl-f-end-error')).toHaveText(
    'The end date cannot be before the start date.',
  );

  // The estimate box ignores a minus sign; a pasted negative number is refused in words.
  const estimate = panel.getByLabel('Estimate (hours)');
  await estimate.fill('');
  await estimate.pressSequentially('-3');
  await expect(estimate).toHaveValue('3');
  await noRequest(page, apiLog, async () => {
    await estimate.fill('-3');
    await estimate.press('Enter');
  });
  await expect(panel.getByTestId('tl-f-estimate-error')).toHaveText('Estimate cannot be negative.');
  // Too large: the limit in hours, the box's unit (the API's is in minutes).
  await noRequest(page, apiLog, async () => {
    await estimate.fill('20000000');
    await estimate.press('Enter');
  });
  await expect(panel.getByTestId('tl-f-estimate-error')).toHaveText(
    'Estimate is too large (at most 16,666,666 hours).',
  );
  await estimate.press('Escape');

  // Only the server knows the project was deleted meanwhile: its 400 shows beside Project, the change goes back.
  await panel.getByLabel('Project').focus();
  await expect(
    panel.getByLabel('Project').locator('option', { hasText: 'Customer research' }),
  ).toBeAttached();
  app.planner
    .db!.prepare("UPDATE projects SET deleted_at = '2026-01-01T00:00:00.000000Z' WHERE id = 3006")
    .run();
  const refused = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && TASK.test(new URL(r.url()).pathname),
  );
  await panel.getByLabel('Project').selectOption({ label: 'Customer research' });
  expect((await refused).status()).toBe(400);
  await expect(panel.getByTestId('tl-f-project-error')).toHaveText(
    'Project no longer exists (it may have been deleted). Refresh and try again.',
  );
  await expect(panel.getByLabel('Project')).toHaveValue(String(t.project_id ?? ''));
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'failed and was undone' })
      .or(page.getByText(/failed and was undone/))
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/expected|>=|_id/)).toHaveCount(0);
  expect(taskRow(app, t.id).project_id).toBe(t.project_id);
});

test('a save that fails keeps what was typed in the field, says it was not saved, and Enter sends it again', async ({
  page,
  app,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const panel = await openPanel(page, t.id);
  const note = `A long note typed while the server was away (${Date.now()})`;
  // The server cannot be reached for the write (the change check before it still answers).
  await page.route(TASK, (route) =>
    route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.fallback(),
  );
  const notes = panel.getByLabel('Notes');
  await notes.fill(note);
  await panel.getByLabel('Name').focus();
  // The notice says the text is still there (the task itself is back as it was, but not the field).
  await expect(page.getByRole('alert').filter({ hasText: 'Saving the notes failed' })).toContainText(
    'What you typed is still in the field',
  );
  // The notice sits beside the panel, not over the fields it is about.
  const notices = (await page.locator('.toaster').boundingBox())!;
  expect(notices.x + notices.width).toBeLessThanOrEqual((await panel.boundingBox())!.x);
  await expect(notes).toHaveValue(note);
  await expect(panel.getByText(/^Not saved\./)).toBeVisible();
  expect(taskRow(app, t.id).notes).not.toBe(note);

  // Back: Ctrl+Enter in the note sends it again, and it is saved.
  await page.unroute(TASK);
  const sent = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && TASK.test(new URL(r.url()).pathname),
  );
  await notes.focus();
  await notes.press('Control+Enter');
  expect((await sent).status()).toBeLessThan(300);
  await expect.poll(() => taskRow(app, t.id).notes).toBe(note);
  await expect(panel.getByText(/^Not saved\./)).toHaveCount(0);

  // Escape drops a kept text and shows the saved one.
  await page.route(TASK, (route) =>
    route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.fallback(),
  );
  const name = panel.getByLabel('Name');
  await name.fill('A name that will not be saved');
  await name.press('Enter');
  await expect(panel.getByText(/^Not saved\./)).toBeVisible();
  await expect(name).toHaveValue('A name that will not be saved');
  await name.press('Escape');
  await expect(name).toHaveValue(t.name);
  await expect(panel.getByText(/^Not saved\./)).toHaveCount(0);
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
});
