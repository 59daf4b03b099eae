import type { Page, Request } from '@playwright/test';
import { expect, historyKey, test, type PlannerFixture } from './fixtures';
import { shift } from './timeline-helpers';

// Milestones on the Timeline (issue 16): each change one request, optimistic, undoable, by pointer and by
// keyboard; a refused change rolls back with the reason.

const milestonePath = /\/workspaces\/\d+\/milestones(\/\d+)?(\/restore)?$/;
const writes = (log: Request[]) =>
  log.filter((r) => r.method() !== 'GET' && milestonePath.test(new URL(r.url()).pathname));

interface Row {
  id: number;
  name: string;
  due_date: string;
  completed_at: string | null;
  deleted_at: string | null;
}
const dbMilestone = (app: PlannerFixture, id: number) =>
  app.sql<Row>('SELECT id, name, due_date, completed_at, deleted_at FROM milestones WHERE id = ?', id)[0];

/** A live, open demo milestone from today on. */
function pickMilestone(app: PlannerFixture): Row {
  const [m] = app.sql<Row>(
    `SELECT id, name, due_date, completed_at, deleted_at FROM milestones
      WHERE workspace_id = 5200 AND deleted_at IS NULL AND completed_at IS NULL AND due_date >= date('now')
      ORDER BY due_date, id LIMIT 1`,
  );
  if (!m) throw new Error('no demo milestone');
  return m;
}

async function openAt(page: Page, day: string) {
  await page.goto(`/timeline?group=users&zoom=day&start=${shift(day, -3)}`);
  await expect(page.getByTestId('timeline-scroll')).toBeVisible({ timeout: 30_000 });
}
const flag = (page: Page, id: number) => page.locator(`[data-milestone-id="${id}"]`);

test('a milestone dragged to a new date: one request, kept after a reload, undone with one more', async ({
  page,
  app,
  apiLog,
}) => {
  const m = pickMilestone(app);
  await openAt(page, m.due_date);
  const f = flag(page, m.id);
  await expect(f).toHaveAccessibleName(new RegExp(`^Milestone ${m.name}, due`));
  // Its line down the rows (one element draws every milestone's line).
  await expect(page.locator(`[data-milestone-lines~="${m.id}"]`)).toHaveCount(1);
  const box = (await f.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 5 + 60, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + 5 + 112, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const due = shift(m.due_date, 2);
  await expect(f).toHaveAttribute('data-due', due);
  await expect.poll(() => dbMilestone(app, m.id).due_date).toBe(due);
  const sent = writes(apiLog);
  expect(sent.map((r) => `${r.method()} ${new URL(r.url()).pathname.split('/').slice(-1)[0]}`)).toEqual([
    `PATCH ${m.id}`,
  ]);
  expect(sent[0].postDataJSON()).toEqual({ due_date: due });

  await page.reload();
  await expect(flag(page, m.id)).toHaveAttribute('data-due', due);
  // The history is the page's: after a reload nothing to undo; a new move is undone with one request.
  await flag(page, m.id).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => dbMilestone(app, m.id).due_date).toBe(shift(m.due_date, -1));
  expect(writes(apiLog)).toHaveLength(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => dbMilestone(app, m.id).due_date).toBe(due);
  await expect(flag(page, m.id)).toHaveAttribute('data-due', due);
  expect(writes(apiLog)).toHaveLength(3);
});

test('create, rename, complete and delete a milestone by keyboard, one request each, delete undone', async ({
  page,
  app,
  apiLog,
}) => {
  const day = shift(new Date().toISOString().slice(0, 10), 10);
  await openAt(page, day);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  let dialog = page.getByRole('dialog', { name: 'New milestone' });
  await dialog.getByLabel('Name').fill('');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog.getByText('Give the milestone a name')).toBeVisible();
  expect(writes(apiLog)).toHaveLength(0);
  await dialog.getByLabel('Name').fill('Beta ready');
  await dialog.getByLabel('Due date').fill(day);
  await dialog.getByLabel('Name').press('Enter');
  const created = page.getByRole('button', { name: /^Milestone Beta ready, due/ });
  await expect(created).toBeVisible();
  await expect.poll(() => writes(apiLog).length).toBe(1);
  await expect(created).not.toHaveAttribute('data-milestone-id', /^-/);
  const id = Number(await created.getAttribute('data-milestone-id'));
  expect(dbMilestone(app, id)).toMatchObject({ name: 'Beta ready', due_date: day });

  await created.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog', { name: 'Milestone “Beta ready”' });
  await dialog.getByLabel('Name').fill('Beta shipped');
  await dialog.getByLabel('Name').press('Enter');
  await expect.poll(() => dbMilestone(app, id).name).toBe('Beta shipped');
  expect(writes(apiLog).at(-1)!.postDataJSON()).toEqual({ name: 'Beta shipped' });

  const renamed = flag(page, id);
  await renamed.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Complete' }).click();
  await expect(renamed).toHaveAccessibleName(/, completed$/);
  await expect.poll(() => dbMilestone(app, id).completed_at).not.toBeNull();

  await renamed.focus();
  await page.keyboard.press('Delete');
  await expect(flag(page, id)).toHaveCount(0);
  await expect.poll(() => dbMilestone(app, id).deleted_at).not.toBeNull();
  expect(writes(apiLog).map((r) => r.method())).toEqual(['POST', 'PATCH', 'PATCH', 'DELETE']);

  await historyKey(page, 'Control+z');
  await expect(flag(page, id)).toHaveCount(1);
  await expect.poll(() => dbMilestone(app, id).deleted_at).toBeNull();
  expect(new URL(writes(apiLog).at(-1)!.url()).pathname).toMatch(/\/restore$/);
  expect(writes(apiLog)).toHaveLength(5);
});

test('a refused milestone move is rolled back with the reason', async ({ page, app, apiLog }) => {
  const m = pickMilestone(app);
  await openAt(page, m.due_date);
  app.faults.fail({
    method: 'PATCH',
    path: /\/milestones\/\d+$/,
    status: 500,
    message: 'milestones are down',
  });
  await flag(page, m.id).focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Moving the milestone failed and was undone' }),
  ).toBeVisible();
  await expect(flag(page, m.id)).toHaveAttribute('data-due', m.due_date);
  expect(dbMilestone(app, m.id).due_date).toBe(m.due_date);
  expect(writes(apiLog)).toHaveLength(1);
});
