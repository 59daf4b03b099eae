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

test("six milestones on six days of a week: the month's name stays readable, no flag covers another", async ({
  page,
  app,
}) => {
  // The first six days of the month after next (the demo's own milestones may be there too).
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1)).toISOString().slice(0, 10);
  const names = ['Trial kick-off', 'Trial design', 'Trial API', 'Trial beta', 'Trial docs', 'Trial launch'];
  const insert = app.planner.db!.prepare(
    `INSERT INTO milestones (workspace_id, name, color, due_date, created_at, updated_at)
     VALUES (5200, ?, '#1e88e5', ?, datetime('now'), datetime('now'))`,
  );
  names.forEach((name, i) => insert.run(name, shift(first, i)));
  await page.goto(`/timeline?group=users&zoom=week&start=${first}`);
  const ours = names.map((n) => page.getByRole('button', { name: new RegExp(`^Milestone ${n}, due`) }));
  for (const f of ours) await expect(f).toBeVisible({ timeout: 30_000 });

  // The month's name (the issue: "December 2026" behind the flags) is what the eye sees at its place.
  const month = new Date(`${first}T12:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const label = page.locator('.tl-month span', { hasText: month });
  const seen = await label.evaluate((span) => {
    const r = span.getBoundingClientRect();
    const points = [0.1, 0.5, 0.9].map((f) =>
      document.elementFromPoint(r.left + r.width * f, r.top + r.height / 2),
    );
    return points.every((hit) => hit === span || span.contains(hit));
  });
  expect(seen).toBe(true);
  // At the view's left, right of the names (it sat 228 px into its month, behind the flags of the issue).
  const corner = (await page.locator('.tl-corner').boundingBox())!;
  const at = (await label.boundingBox())!;
  expect(at.x).toBeGreaterThanOrEqual(corner.x + corner.width);
  expect(at.x).toBeLessThan(corner.x + corner.width + 20);

  // Flags a day apart do not pile up: each ends before the next begins; the last of the run keeps its name.
  const boxes = await Promise.all(ours.map(async (f) => (await f.boundingBox())!));
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i - 1].x + boxes[i - 1].width, names[i]).toBeLessThanOrEqual(boxes[i].x + 0.5);
  await expect(ours[5]).toContainText('Trial launch');
  // A flag shown as its mark alone still says its name: to a screen reader, and on hover.
  await expect(ours[0]).toHaveAttribute('title', /^Trial kick-off, due/);

  // Scrolled into the middle of the month at the day zoom: its name is still the first thing in the header.
  await page.goto(`/timeline?group=users&zoom=day&start=${shift(first, 12)}`);
  await expect(label).toBeVisible({ timeout: 30_000 });
  const mid = (await label.boundingBox())!;
  expect(mid.x).toBeGreaterThanOrEqual(corner.x + corner.width);
  expect(mid.x).toBeLessThan(corner.x + corner.width + 20);
});

test('milestones due the same day: each flag shows and takes its own click, none covers another', async ({
  page,
  app,
}) => {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 10)).toISOString().slice(0, 10);
  const names = ['Same day A', 'Same day B', 'Same day C'];
  const insert = app.planner.db!.prepare(
    `INSERT INTO milestones (workspace_id, name, color, due_date, created_at, updated_at)
     VALUES (5200, ?, '#1e88e5', ?, datetime('now'), datetime('now'))`,
  );
  for (const name of names) insert.run(name, day);
  await page.goto(`/timeline?group=users&zoom=week&start=${shift(day, -7)}`);
  const flags = names.map((n) => page.getByRole('button', { name: new RegExp(`^Milestone ${n}, due`) }));
  for (const f of flags) await expect(f).toBeVisible({ timeout: 30_000 });
  // What the eye and the pointer find at each flag's middle is that flag.
  for (const f of flags)
    expect(
      await f.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return (
          document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('button') === el
        );
      }),
    ).toBe(true);
  await flags[0].click();
  await expect(page.getByRole('dialog').getByLabel('Name')).toHaveValue('Same day A');
});
