import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlanner } from '../src/server/main';
import { describeOffenders, recordApiRequests } from './contract-check';

// Plain Playwright test (not ./fixtures): this test sends a bad request on purpose to see the recorder catch it.
base(
  'the contract recorder lists exactly the requests that break the OpenAPI documents',
  async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'planner-e2e-'));
    const planner = await startPlanner({
      env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: join(dir, 'planner.db'), LOG_LEVEL: 'silent' },
      app: 'skip',
      log: () => {},
    });
    try {
      const recorder = recordApiRequests(page);
      await page.goto(`${planner.url}/timeline`);
      await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/\d+/);
      const statuses = await page.evaluate(async () => {
        const send = (url: string, init: RequestInit = {}) =>
          fetch(url, {
            ...init,
            headers: { 'X-Requested-With': 'planner', 'Content-Type': 'application/json' },
          }).then((r) => r.status);
        const ws = '/api/focus/organizations/4100/workspaces/5200';
        return [
          await send(`${ws}/tasks/groups/teams?per_page=ten`),
          await send(`${ws}/projects/3001/pinned`, { method: 'DELETE', body: '{}' }),
        ];
      });
      expect(statuses.every((s) => s >= 200)).toBe(true);
      const offenders = recorder.offenders();
      expect(recorder.sent.length).toBeGreaterThan(offenders.length);
      expect(describeOffenders(offenders)).toBe(
        [
          '2 API request(s) do not conform to the OpenAPI documents (spec/):',
          '  GET /api/focus/organizations/4100/workspaces/5200/tasks/groups/teams?per_page=ten  [GET focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/groups/{group}]',
          '    path.group: must be one of projects, users, tags (got "teams")',
          '    query.per_page: must be an integer (got "ten")',
          '  DELETE /api/focus/organizations/4100/workspaces/5200/projects/3001/pinned  [DELETE focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/pinned]',
          '    body: this operation takes no body',
        ].join('\n'),
      );
    } finally {
      await planner.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
