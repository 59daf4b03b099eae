import type { Locator, Page, Request } from '@playwright/test';
import { expect, requestsTo, test, type PlannerFixture } from './fixtures';

// Helpers of the Timeline specs. Each test has its own database; within a test, each pick is a task not picked
// before, so two picks never act on the same task.

export const LANE_H = 30;
const used = new Set<number>();
let usedIn = '';

export interface Candidate {
  id: number;
  name: string;
  start_date: string;
  end_date: string;
  project_id: number | null;
  user_id: number;
}

export function pickTask(app: PlannerFixture, extra = '', having = ''): Candidate {
  const rows = app.sql<Candidate>(
    `SELECT t.id, t.name, t.start_date, t.end_date, t.project_id, MIN(a.user_id) AS user_id
       FROM tasks t JOIN task_assignees a ON a.task_id = t.id LEFT JOIN projects p ON p.id = t.project_id
      WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND t.private = 0
        AND (p.id IS NULL OR (p.private = 0 AND p.archived_at IS NULL AND p.deleted_at IS NULL AND p.draft = 0))
        AND t.start_date >= date('now') AND julianday(t.end_date) - julianday(t.start_date) BETWEEN 1 AND 4 ${extra}
      GROUP BY t.id HAVING COUNT(*) = 1 ${having} ORDER BY t.id`,
  );
  // A test's database is its own: tasks used by the worker's earlier tests are free again in the next test.
  const testId = test.info().testId;
  if (testId !== usedIn) {
    used.clear();
    usedIn = testId;
  }
  const task = rows.find((r) => !used.has(r.id));
  if (!task) throw new Error('no demo task left');
  used.add(task.id);
  return task;
}

export const shift = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export const dbTask = (app: PlannerFixture, id: number) =>
  app.sql<{ start_date: string; end_date: string; project_id: number | null }>(
    'SELECT start_date, end_date, project_id FROM tasks WHERE id = ?',
    id,
  )[0];
export const dbWeight = (app: PlannerFixture, id: number, type: string, key: number) =>
  app.sql<{ weight: number }>(
    'SELECT weight FROM task_lanes WHERE task_id = ? AND group_type = ? AND group_key = ?',
    id,
    type,
    key,
  )[0]?.weight;

export async function openTimeline(page: Page, group: string, start: string) {
  // Generous: the shared test machine is sometimes very busy.
  await page.goto(`/timeline?group=${group}&zoom=day&start=${shift(start, -2)}`);
  await expect(page.getByTestId('timeline-scroll')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-bar-id]').first()).toBeVisible({ timeout: 30_000 });
  await bookedTimeShown(page);
}

/**
 * Waits until the bars' booked time is in: it follows the bars (a second read, folded in a worker) and changes
 * their names, so a name read before it would not be the name a test sees later.
 */
export async function bookedTimeShown(page: Page) {
  await expect(page.locator('section.tl-page')).toHaveAttribute('data-booked-time', 'shown', {
    timeout: 30_000,
  });
}

export function bar(page: Page, id: number, row?: string): Locator {
  return page.locator(`${row ? `[data-row="${row}"] ` : ''}[data-bar-id="${id}"]`);
}

/** Rows are virtualized: scroll down until the bar's row is rendered, then bring the bar into view. */
export async function reveal(page: Page, el: Locator) {
  const scroller = page.getByTestId('timeline-scroll');
  for (let i = 0; i < 60 && (await el.count()) === 0; i++) {
    await scroller.evaluate((s) => s.scrollBy(0, s.clientHeight * 0.6));
    await page.waitForTimeout(30);
  }
  await el.scrollIntoViewIfNeeded();
}

/** A pointer drag in small steps (past dnd-kit's activation distance); checks the drag state on the way. */
export async function drag(page: Page, el: Locator, dx: number, dy: number) {
  await reveal(page, el);
  const box = (await el.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 10 });
  await expect(el).toHaveAttribute('data-dragging', 'true');
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}

export const patchResponse = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/tasks\/groups\//.test(r.url()));
export const patches = (log: Request[]) => requestsTo(log, 'PATCH', /tasks\/groups/);

/**
 * Arrow-key moves of a picked-up bar, each confirmed by the drag overlay moving. dnd-kit's keyboard sensor
 * starts listening a tick after the pick-up, so a press that lands before that is lost: it is pressed again.
 */
export async function keyMove(
  page: Page,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
  times: number,
) {
  const overlay = page.locator('.tl-overlay').first();
  await expect(overlay).toBeVisible();
  for (let i = 0; i < times; i++) {
    const before = (await overlay.boundingBox())!;
    const moved = async () => {
      const now = (await overlay.boundingBox())!;
      return now.x !== before.x || now.y !== before.y;
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.keyboard.press(key);
      try {
        await expect.poll(moved, { timeout: 1500 }).toBe(true);
        break;
      } catch (err) {
        if (attempt === 2) throw err;
      }
    }
  }
}

/** Scrolls the timeline so that the element sits near the top of the rows, far from the auto-scroll edges. */
export async function bringNearTop(page: Page, el: Locator) {
  const scroller = page.getByTestId('timeline-scroll');
  await el.evaluate(
    (node, s) => {
      const top = node.getBoundingClientRect().top - (s as HTMLElement).getBoundingClientRect().top;
      (s as HTMLElement).scrollTop += top - 90;
    },
    await scroller.elementHandle(),
  );
  await page.waitForTimeout(100);
}
