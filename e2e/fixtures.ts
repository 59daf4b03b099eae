import { test as base, expect, type Page, type Request, type Route } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFaults, type Faults } from '../src/server/local-api/faults';
import { startPlanner, type Planner } from '../src/server/main';
import { describeOffenders, recordApiRequests } from './contract-check';

export interface PlannerFixture {
  planner: Planner;
  faults: Faults;
  /** Reads the SQLite database directly, to check what a UI action really stored. */
  sql<T = Record<string, unknown>>(query: string, ...args: unknown[]): T[];
}

/**
 * A planner per test: real server, real local API, fresh SQLite file with the demo data. Nothing leaks
 * between tests (rows, the proxy's quota gate, injected faults); a start costs a few hundred ms.
 * `faults` makes the local API fail chosen requests before they touch the database.
 */
export const test = base.extend<{ apiLog: Request[]; app: PlannerFixture; apiContract: void }>({
  app: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'planner-e2e-'));
      const faults = createFaults();
      const planner = await startPlanner({
        env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: join(dir, 'planner.db'), LOG_LEVEL: 'silent' },
        app: 'skip',
        faults,
        log: () => {},
      });
      // The demo data as a team's would be: written well before anyone opened the planner. A fresh database is
      // stamped the moment it is made, within the conflict checks' two-second clock margin of the first read,
      // so a check (a drop on rows over a minute old, a focus after a while) would take every task as changed.
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString().replace('Z', '000Z');
      for (const table of ['tasks', 'time_blocks'])
        planner.db!.prepare(`UPDATE ${table} SET updated_at = ?`).run(hourAgo);
      await use({
        planner,
        faults,
        sql: (query, ...args) => planner.db!.prepare(query).all(...args) as never,
      });
      await planner.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
  baseURL: async ({ app }, use) => use(app.planner.url),
  /** Every /api request the page sent, in order (to count requests and read PATCH bodies). */
  apiLog: async ({ page }, use) => {
    const log: Request[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).pathname.startsWith('/api/')) log.push(req);
    });
    await use(log);
  },
  /**
   * Every test: each request the page sent to /api/focus/* and /api/track/* must conform to the OpenAPI documents
   * (spec/), or the test fails listing the offenders. Checked after the test body, so it sees every request.
   */
  apiContract: [
    async ({ page }, use) => {
      const recorder = recordApiRequests(page);
      await use();
      const offenders = recorder.offenders();
      if (offenders.length) throw new Error(describeOffenders(offenders));
    },
    { auto: true },
  ],
});

export { expect };

/** Requests in the log with this method whose path matches. */
export function requestsTo(log: Request[], method: string, path: RegExp): Request[] {
  return log.filter((r) => r.method() === method && path.test(new URL(r.url()).pathname));
}

/** Answers a read with the local API's own answer, changed by `edit` (one record broken, as Toggl might send it). */
export async function editAnswer(page: Page, path: RegExp, edit: (body: unknown) => unknown) {
  await page.route(
    (url) => path.test(url.pathname),
    async (route: Route) => {
      // Reads only: a write to the same path goes through untouched.
      if (route.request().method() !== 'GET') return route.continue();
      try {
        const response = await route.fetch();
        await route.fulfill({ response, json: edit(await response.json()) });
      } catch (err) {
        // A read still on its way when the test ends (a refresh after its last write) finds the page gone.
        if (page.isClosed()) return;
        throw err;
      }
    },
  );
}

/** Waits until the app shell has loaded the workspace. */
export async function openApp(page: Page, path = '/timeline') {
  await page.goto(path);
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/\d+/);
}

/**
 * An undo or redo shortcut, pressed once the view's Undo (or Redo) button is enabled, as a user sees it: a step
 * reaches its stack when its write has settled, a moment after the response the test saw.
 */
export async function historyKey(page: Page, keys: 'Control+z' | 'Control+y' | 'Control+Shift+z') {
  const name = keys === 'Control+z' ? 'Undo' : 'Redo';
  await expect(
    page.getByRole('group', { name: 'History' }).first().getByRole('button', { name, exact: true }),
  ).toBeEnabled();
  await page.keyboard.press(keys);
}
