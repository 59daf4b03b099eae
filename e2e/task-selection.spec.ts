import type { Page } from '@playwright/test';
import { expect, historyKey, test, type PlannerFixture } from './fixtures';
import { assigneesOf, axeClean, noRequest, oneRequest, taskRow } from './task-edit-helpers';
import { bar, openTimeline, pickTask, reveal, shift, type Candidate } from './timeline-helpers';

// The selection: "n selected" and bulk actions, each one bulk request, each undone by one bulk request.

const BULK = /\/tasks\/bulk$/;

/** Two unused tasks of one person (earlier tests in this worker may have used a person's other tasks). */
function pickPair(app: PlannerFixture): [Candidate, Candidate] {
  for (;;) {
    const a = pickTask(app); // throws when no task is left
    try {
      return [a, pickTask(app, `AND t.id <> ${a.id}`, `AND MIN(a.user_id) = ${a.user_id}`)];
    } catch {
      // This person has no unused task left: try the next one.
    }
  }
}

async function selectTwo(page: Page, app: PlannerFixture): Promise<[Candidate, Candidate]> {
  const [a, b] = pickPair(app);
  await openTimeline(page, 'users', a.start_date < b.start_date ? a.start_date : b.start_date);
  await reveal(page, bar(page, a.id));
  await bar(page, a.id).click();
  await page.getByRole('button', { name: 'Close task details' }).click();
  await reveal(page, bar(page, b.id));
  await bar(page, b.id).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-bar')).toContainText('2 selected');
  return [a, b];
}

test('shift, assign and set the status of two tasks: one bulk PATCH each, undone by one bulk PATCH; axe clean', async ({
  page,
  app,
  apiLog,
}) => {
  const [a, b] = await selectTwo(page, app);
  const bar2 = page.getByTestId('selection-bar');
  await axeClean(page, '[data-testid="selection-bar"]');

  await noRequest(page, apiLog, async () => {
    await bar2.getByLabel('Shift dates by').fill('1.5');
    await bar2.getByRole('button', { name: 'Shift' }).click();
  });
  await expect(bar2.getByRole('alert')).toHaveText('Shift by a whole number of days, like 2 or -1.');
  await bar2.getByLabel('Shift dates by').fill('2');
  const shifted = await oneRequest(page, apiLog, 'PATCH', BULK, () =>
    bar2.getByRole('button', { name: 'Shift' }).click(),
  );
  expect(shifted.postDataJSON()).toEqual(
    expect.arrayContaining([
      { id: a.id, start_date: shift(a.start_date, 2), end_date: shift(a.end_date, 2) },
      { id: b.id, start_date: shift(b.start_date, 2), end_date: shift(b.end_date, 2) },
    ]),
  );
  expect(taskRow(app, a.id)).toMatchObject({
    start_date: shift(a.start_date, 2),
    end_date: shift(a.end_date, 2),
  });
  expect(taskRow(app, b.id).start_date).toBe(shift(b.start_date, 2));
  const undone = await oneRequest(page, apiLog, 'PATCH', BULK, () => historyKey(page, 'Control+z'));
  expect(undone.postDataJSON()).toEqual(
    expect.arrayContaining([{ id: a.id, start_date: a.start_date, end_date: a.end_date }]),
  );
  expect(taskRow(app, a.id).start_date).toBe(a.start_date);

  const mate = a.user_id === 1007 ? 1006 : 1007;
  const assigned = await oneRequest(page, apiLog, 'PATCH', BULK, () =>
    bar2.getByLabel('Assign the selected tasks to').selectOption(String(mate)),
  );
  expect(assigned.postDataJSON()).toEqual(
    expect.arrayContaining([
      { id: a.id, assignee_user_ids: [mate] },
      { id: b.id, assignee_user_ids: [mate] },
    ]),
  );
  await expect(page.locator(`[data-row="users:${mate}"] [data-bar-id="${a.id}"]`)).toHaveCount(1);
  expect(assigneesOf(app, a.id)).toEqual([mate]);
  expect(assigneesOf(app, b.id)).toEqual([mate]);

  const status = taskRow(app, a.id).status_id === 7004 ? 7001 : 7004;
  const set = await oneRequest(page, apiLog, 'PATCH', BULK, () =>
    bar2.getByLabel('Set the status of the selected tasks').selectOption(String(status)),
  );
  expect(set.postDataJSON()).toEqual(
    expect.arrayContaining([
      { id: a.id, status_id: status },
      { id: b.id, status_id: status },
    ]),
  );
  expect([taskRow(app, a.id).status_id, taskRow(app, b.id).status_id]).toEqual([status, status]);

  // Undo twice: the status, then the assignees, each one bulk PATCH.
  await oneRequest(page, apiLog, 'PATCH', BULK, () => historyKey(page, 'Control+z'));
  await oneRequest(page, apiLog, 'PATCH', BULK, () => historyKey(page, 'Control+z'));
  expect(assigneesOf(app, a.id)).toEqual([a.user_id]);
  await page.reload();
  await reveal(page, bar(page, a.id));
  await expect(page.locator(`[data-row="users:${a.user_id}"] [data-bar-id="${a.id}"]`)).toBeVisible();
});

test('archive two tasks, and delete them with the Delete key: one bulk request each, undone by one bulk request each', async ({
  page,
  app,
  apiLog,
}) => {
  const [a, b] = await selectTwo(page, app);
  const bar2 = page.getByTestId('selection-bar');
  const archived = await oneRequest(page, apiLog, 'POST', /\/tasks\/bulk\/archive$/, () =>
    bar2.getByRole('button', { name: 'Archive' }).click(),
  );
  expect(archived.postDataJSON().task_ids.sort()).toEqual([a.id, b.id].sort());
  await expect(bar(page, a.id)).toHaveCount(0);
  await expect(bar(page, b.id)).toHaveCount(0);
  expect(taskRow(app, a.id).archived_at).not.toBeNull();
  await oneRequest(page, apiLog, 'POST', /\/tasks\/bulk\/unarchive$/, () => historyKey(page, 'Control+z'));
  await expect(bar(page, a.id)).toHaveCount(1);
  expect(taskRow(app, b.id).archived_at).toBeNull();

  await bar(page, a.id).click();
  await bar(page, b.id).click({ modifiers: ['Shift'] });
  // The Delete key on a selected bar asks about the whole selection.
  await bar(page, b.id).focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete 2 tasks?' });
  const removed = await oneRequest(page, apiLog, 'DELETE', BULK, () =>
    dialog.getByRole('button', { name: 'Delete 2 tasks' }).click(),
  );
  expect(new URL(removed.url()).searchParams.get('ids')!.split(',').map(Number).sort()).toEqual(
    [a.id, b.id].sort(),
  );
  await expect(bar(page, a.id)).toHaveCount(0);
  expect(taskRow(app, a.id).deleted_at).not.toBeNull();
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);

  await oneRequest(page, apiLog, 'PATCH', /\/tasks\/bulk\/restore$/, () => historyKey(page, 'Control+z'));
  await expect(bar(page, b.id)).toHaveCount(1);
  expect([taskRow(app, a.id).deleted_at, taskRow(app, b.id).deleted_at]).toEqual([null, null]);
  await page.reload();
  await reveal(page, bar(page, b.id));
  await expect(bar(page, b.id)).toBeVisible();
});
