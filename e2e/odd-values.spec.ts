import type { Locator, Page } from '@playwright/test';
import { editAnswer, expect, openApp, requestsTo, test } from './fixtures';
import { bar, LANE_H, openTimeline, pickTask, reveal, shift } from './timeline-helpers';

// Values Toggl's schema allows that cannot be drawn as they are: a lane (weight) without bound, a colour that is
// any string. The record is drawn all the same, in reach and in the view's own colour.

type GroupsPage = { data: { id: number; tasks: Record<string, unknown>[] }[] };

/** What the page's CSS makes of `value` (a colour, or a var() of the page) as a computed colour. */
const resolved = (page: Page, value: string) =>
  page.evaluate((v) => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = v;
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, value);

/** A bar or block as it is painted: its tinted fill and its coloured stripe on the left. */
async function expectPainted(el: Locator, stripe: string) {
  await expect(el).toHaveCSS('border-left-style', 'solid');
  await expect(el).not.toHaveCSS('border-left-width', '0px');
  await expect(el).toHaveCSS('border-left-color', stripe);
  await expect(el).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
}

for (const weight of [1_000_000, 2 ** 40])
  test(`a task whose lane (weight) is ${weight} is drawn in reach, in a row a few lanes tall`, async ({
    page,
    app,
  }) => {
    const task = pickTask(app);
    let tasksInRow = 0;
    await editAnswer(page, /\/tasks\/groups\/users$/, (body) => {
      const groups = body as GroupsPage;
      for (const g of groups.data)
        for (const t of g.tasks)
          if (t.id === task.id) {
            t.weight = weight;
            tasksInRow = g.tasks.length;
          }
      return groups;
    });
    await openTimeline(page, 'users', task.start_date);
    const row = page.locator(`[data-row="users:${task.user_id}"]`);
    await reveal(page, bar(page, task.id));
    await expect(bar(page, task.id)).toBeInViewport();
    expect(tasksInRow).toBeGreaterThan(0);
    // Before, the row was weight lanes tall (30,000,100 px for 1,000,000) and the bar at its bottom.
    const rowBox = (await row.boundingBox())!;
    const barBox = (await bar(page, task.id).boundingBox())!;
    expect(rowBox.height).toBeLessThanOrEqual((2 * tasksInRow + 1) * LANE_H + 12);
    expect(barBox.y).toBeGreaterThanOrEqual(rowBox.y);
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
  });

for (const color of ['', 'not-a-colour'])
  test(`a bar whose colour is ${JSON.stringify(color)} is drawn in the default colour`, async ({
    page,
    app,
  }) => {
    const task = pickTask(app, 'AND t.project_id IS NOT NULL');
    await editAnswer(page, /\/tasks\/groups\/users$/, (body) => {
      const groups = body as GroupsPage;
      for (const g of groups.data)
        for (const t of g.tasks)
          if (t.id === task.id) {
            t.project = { ...(t.project as object), color };
            t.color = color;
          }
      return groups;
    });
    await openTimeline(page, 'users', task.start_date);
    await reveal(page, bar(page, task.id));
    // Before, the bar had neither fill nor stripe: its text floated on the grid.
    await expectPainted(bar(page, task.id), await resolved(page, '#8a7f94'));
  });

test("time blocks whose task and project colours are Go's empty string or no colour are drawn in the default colour", async ({
  page,
}) => {
  await openApp(page, '/schedule?view=week');
  const drawn = page.locator('[data-testid="time-block"]');
  await expect(drawn.first()).toBeVisible();
  const shown = new Set(
    await drawn.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-block-id')))),
  );
  const changed: number[] = [];
  await editAnswer(page, /\/time-blocks\/stream$/, (body) => {
    const blocks = body as { id: number; task?: { color?: unknown; project?: { color?: unknown } | null } }[];
    const picked = blocks.filter((b) => shown.has(b.id) && b.task?.project).slice(0, 2);
    picked.forEach((b, i) => {
      const color = ['', 'not-a-colour'][i];
      b.task!.color = color;
      b.task!.project!.color = color;
    });
    changed.splice(0, changed.length, ...picked.map((b) => b.id));
    return blocks;
  });
  await page.reload();
  await expect(drawn.first()).toBeVisible();
  expect(changed).toHaveLength(2);
  // Before, these blocks had no fill and no stripe: nothing showed where they were but their text.
  const accent = await resolved(page, 'var(--accent)');
  for (const id of changed)
    await expectPainted(page.locator(`[data-testid="time-block"][data-block-id="${id}"]`), accent);
});

test('a milestone whose colour is no colour has the default frame', async ({ page, app }) => {
  const [m] = app.sql<{ id: number; due_date: string }>(
    `SELECT id, due_date FROM milestones WHERE workspace_id = 5200 AND deleted_at IS NULL AND completed_at IS NULL
        AND due_date >= date('now') ORDER BY due_date LIMIT 1`,
  );
  await editAnswer(page, /\/milestones$/, (body) => {
    const list = body as { data: Record<string, unknown>[] };
    for (const x of list.data) if (x.id === m.id) x.color = 'not-a-colour';
    return list;
  });
  await openTimeline(page, 'users', m.due_date);
  const flag = page.locator(`[data-milestone-id="${m.id}"]`);
  await expect(flag).toBeVisible();
  // Before, its frame was voided (no border) and its mark took the text colour.
  await expect(flag).toHaveCSS('border-top-style', 'solid');
  await expect(flag).toHaveCSS('border-top-color', await resolved(page, 'var(--today)'));
});

test('a task dated to 9999-12-31 (the last day a date may be) is moved no further on, and moved back whole', async ({
  page,
  app,
  apiLog,
}) => {
  const task = pickTask(app);
  await editAnswer(page, /\/tasks\/groups\/users$/, (body) => {
    const groups = body as GroupsPage;
    for (const g of groups.data) for (const t of g.tasks) if (t.id === task.id) t.end_date = '9999-12-31';
    return groups;
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 300)));
  await openTimeline(page, 'users', task.start_date);
  const el = bar(page, task.id);
  await reveal(page, el);
  const patches = () => requestsTo(apiLog, 'PATCH', /\/tasks\/groups\//);

  // One keyboard step and the drop. (The sensor starts listening in a timer set at the pick-up: a press before
  // it runs is lost. The preview of a bar this long fills the chart either way: no movement to wait for.)
  const step = async (key: 'ArrowLeft' | 'ArrowRight') => {
    await el.focus();
    await page.keyboard.press('Space');
    await expect(el).toHaveAttribute('data-dragging', 'true');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    await page.keyboard.press('Enter');
  };

  // A day on: the drag shows, nothing breaks, and nothing is sent (the task can go no further).
  await step('ArrowRight');
  await expect(el).not.toHaveAttribute('data-dragging', 'true');
  await expect(page.getByText(/could not be shown/)).toHaveCount(0);
  expect(patches()).toHaveLength(0);

  // Back: one PATCH, the task whole (its end as far back as its start), dates the API takes. (A preview as wide
  // as the chart may scroll it on the way: the shift is read off what was sent.)
  await step('ArrowLeft');
  await expect.poll(() => patches().length).toBe(1);
  const sent = patches()[0].postDataJSON()[0] as { id: number; start_date: string; end_date: string };
  const back = (Date.parse(task.start_date) - Date.parse(sent.start_date)) / 86_400_000;
  expect(back).toBeGreaterThanOrEqual(1);
  expect(sent).toMatchObject({ id: task.id, end_date: shift('9999-12-31', -back) });
  await expect
    .poll(() => app.sql('SELECT start_date, end_date FROM tasks WHERE id = ?', task.id)[0])
    .toEqual({ start_date: sent.start_date, end_date: sent.end_date });
  expect(errors).toEqual([]);
});

test('an assignee or a tag no longer in the organization shows as "User N" / "Tag N" in the details, not a bare number', async ({
  page,
  app,
}) => {
  const task = pickTask(app);
  const gone = (body: unknown) => {
    const t = body as { assignee_user_ids?: number[]; tag_ids?: number[] };
    if (t && Array.isArray(t.assignee_user_ids)) t.assignee_user_ids = [...t.assignee_user_ids, 999999];
    if (t && Array.isArray(t.tag_ids)) t.tag_ids = [...t.tag_ids, 888888];
    return t;
  };
  await editAnswer(page, new RegExp(`/tasks/${task.id}$`), gone);
  await openTimeline(page, 'users', task.start_date);
  const el = bar(page, task.id);
  await reveal(page, el);
  await el.click();
  const panel = page.getByRole('complementary');
  const assignees = panel.getByRole('list', { name: 'Assignees: selected' });
  await expect(assignees.getByRole('listitem').filter({ hasText: 'User 999999' })).toHaveCount(1);
  await expect(assignees.getByRole('button', { name: 'Remove User 999999' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Tags: selected' })).toContainText('Tag 888888');
  await expect(assignees).not.toContainText(/^999999/);
});

test('an empty name (the schema allows it) is never a blank label: projects, people, rows and bars are named', async ({
  page,
  app,
}) => {
  type Named = { id: number; name: string; email?: string; tasks?: { id: number; name: string }[] };
  await editAnswer(page, /\/workspaces\/5200\/projects$/, (body) => {
    const b = body as { data: Named[] };
    if (b.data?.[0]) b.data[0].name = '';
    return b;
  });
  let email = '';
  await editAnswer(page, /\/organizations\/4100\/users$/, (body) => {
    const users = body as Named[];
    if (users[0]) {
      users[0].name = '';
      email = users[0].email ?? '';
    }
    return users;
  });
  const task = pickTask(app, 'AND t.project_id IS NOT NULL');
  await editAnswer(page, /\/tasks\/groups\/projects$/, (body) => {
    const b = body as { data: Named[] };
    for (const g of b.data ?? [])
      for (const t of g.tasks ?? [])
        if (t.id === task.id) {
          g.name = '';
          t.name = '';
        }
    return b;
  });

  await openApp(page, '/projects');
  const row = page.getByTestId('project-row').filter({ hasText: 'Untitled project' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('button', { name: 'Edit Untitled project' })).toBeVisible();

  await openApp(page, '/team');
  await expect(page.getByTestId('team-member').first()).toBeVisible();
  expect(email).toContain('@');
  // The person without a name goes by their email.
  const named = page.getByTestId('team-member').locator('td:first-child');
  await expect(named.filter({ hasText: email })).toHaveCount(1);

  await openTimeline(page, 'projects', task.start_date);
  await expect(page.locator(`[data-row="projects:${task.project_id}"]`).first()).toContainText(
    `#${task.project_id}`,
  );
  const el = bar(page, task.id).first();
  await reveal(page, el);
  await expect(el).toHaveAttribute('aria-label', /^Untitled, /);
});

test('a 10,000-character name without a space keeps the tables and cards usable', async ({ page }) => {
  test.setTimeout(90_000);
  const long = 'W'.repeat(10_000);
  type Named = { name: string };
  await editAnswer(page, /\/workspaces\/5200\/projects$/, (body) => {
    const b = body as { data: Named[] };
    if (b.data?.[0]) b.data[0].name = long;
    return b;
  });
  await editAnswer(page, /\/organizations\/4100\/users$/, (body) => {
    const users = body as Named[];
    if (users[0]) users[0].name = long;
    return users;
  });
  await editAnswer(page, /\/organizations\/4100\/groups$/, (body) => {
    const groups = body as Named[];
    if (groups[0]) groups[0].name = long;
    return groups;
  });
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;

  await openApp(page, '/projects');
  const row = page.getByTestId('project-row').filter({ hasText: 'WWWW' });
  await expect(row).toHaveCount(1);
  const rowBox = (await row.boundingBox())!;
  expect(rowBox.height).toBeLessThan(200);
  const edit = (await row.getByRole('button', { name: /^Edit / }).boundingBox())!;
  expect(edit.width).toBeGreaterThan(30);
  expect(edit.height).toBeLessThan(60);

  await openApp(page, '/team');
  await expect(page.getByTestId('team-member').first()).toBeVisible();
  const member = page.getByTestId('team-member').filter({ hasText: 'WWWW' });
  expect((await member.boundingBox())!.height).toBeLessThan(200);
  expect((await member.locator('td[data-label="Email"]').boundingBox())!.width).toBeGreaterThan(100);

  await openApp(page, '/groups');
  await expect(page.getByTestId('group-card').first()).toBeVisible();
  expect((await box('[data-testid="group-card"] h2')).height).toBeLessThan(120);
});

test('a task whose end comes before its start is not drawn, and the Timeline says so by name', async ({
  page,
  app,
}) => {
  const task = pickTask(app);
  await editAnswer(page, /\/tasks\/groups\/users$/, (body) => {
    const groups = body as GroupsPage;
    for (const g of groups.data)
      for (const t of g.tasks)
        if (t.id === task.id) [t.start_date, t.end_date] = [task.end_date, task.start_date];
    return groups;
  });
  await openTimeline(page, 'users', task.start_date);
  await expect(page.getByTestId('undrawable-notice')).toHaveText(
    `1 task is not on the timeline: its dates are out of order or no calendar days (‘${task.name}’). Open it in Toggl to fix the dates.`,
  );
  await expect(bar(page, task.id)).toHaveCount(0);
});

test('a workspace with no projects and an organization with nobody in it say so, not "no match" or an empty table', async ({
  page,
}) => {
  await editAnswer(page, /\/workspaces\/5200\/projects$/, () => ({
    data: [],
    page: 1,
    per_page: 25,
    total: 0,
  }));
  await editAnswer(page, /\/organizations\/4100\/users$/, () => []);
  await openApp(page, '/projects');
  await expect(page.getByText('This workspace has no active projects yet.')).toBeVisible();
  await openApp(page, '/team');
  await expect(page.getByText('No people to show in this organization.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
