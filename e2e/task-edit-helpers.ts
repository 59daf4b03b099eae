import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, type PlannerFixture } from './fixtures';

// Helpers of the task-editing specs: each action must cost exactly one write (an edit of fields also the one
// question before it: did a teammate change them?), and its result must be in the database (and on screen
// after a reload).

/** The question an edit of fields asks before it is sent: the tasks changed since the read, newest first. */
const CHANGE_CHECK = /^GET \/api\/focus\/organizations\/\d+\/workspaces\/\d+\/tasks\?order_by=-updated_at&/;

/**
 * Runs `action` and expects it to send exactly one write to the API, matching `method` and `path`, and that
 * request to succeed; besides it at most the change check before it, and nothing else (no re-read, no second
 * write). Gives the write.
 */
export async function oneRequest(
  page: Page,
  log: Request[],
  method: string,
  path: RegExp,
  action: () => Promise<unknown>,
): Promise<Request> {
  const from = log.length;
  const answered = page.waitForResponse(
    (r) => r.request().method() === method && path.test(new URL(r.url()).pathname),
  );
  await action();
  const res = await answered;
  expect(res.status(), `${method} ${res.url()}`).toBeLessThan(300);
  // Whatever the write set off (a re-read, a second write) would be on its way by the time the UI settled.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 150))));
  const sent = log
    .slice(from)
    .map((r) => `${r.method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`);
  const checks = sent.filter((l) => CHANGE_CHECK.test(l));
  const others = sent.filter((l) => !CHANGE_CHECK.test(l));
  expect(others, 'requests sent for the action').toHaveLength(1);
  expect(checks.length, 'change checks before it').toBeLessThanOrEqual(1);
  expect(others[0]).toMatch(new RegExp(`^${method} `));
  return log[from + sent.indexOf(others[0])];
}

/** Expects `action` to send no request at all (a mistake caught in the browser). */
export async function noRequest(page: Page, log: Request[], action: () => Promise<unknown>) {
  const from = log.length;
  await action();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 150))));
  expect(log.slice(from).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
}

export const taskRow = (app: PlannerFixture, id: number) =>
  app.sql<Record<string, unknown>>('SELECT * FROM tasks WHERE id = ?', id)[0];

export const assigneesOf = (app: PlannerFixture, id: number) =>
  app
    .sql<{ user_id: number }>('SELECT user_id FROM task_assignees WHERE task_id = ? ORDER BY user_id', id)
    .map((r) => r.user_id);

export const tagsOf = (app: PlannerFixture, id: number) =>
  app
    .sql<{ tag_id: number }>('SELECT tag_id FROM task_tags WHERE task_id = ? ORDER BY tag_id', id)
    .map((r) => r.tag_id);

/** No serious or critical axe violation inside `selector`. */
export async function axeClean(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}
