import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlanner } from '../../src/server/main';
import { freshBrowserPage } from './launch';
import { pickTarget } from './pick';

export interface SessionResult {
  total: number;
  steps: { step: string; requests: number; paths: string[] }[];
  /** Steps that did not do what they should (a drag that wrote nothing, ...). */
  problems: string[];
}

/**
 * Drags a visible item by `dx` px in small steps and waits for the write it causes. Tries up to three
 * items not dragged before (a drop onto a conflict or a no-op writes nothing).
 */
async function dragItem(
  page: Page,
  selector: string,
  used: number[],
  dx: number,
  write: RegExp,
): Promise<boolean> {
  for (let tries = 0; tries < 3; tries++) {
    const target = await pickTarget(page, selector, { minWidth: 30, dx, skip: used });
    if (!target) return false;
    used.push(target.id);
    const response = page
      .waitForResponse((r) => r.request().method() === 'PATCH' && write.test(new URL(r.url()).pathname), {
        timeout: 4000,
      })
      .then(
        () => true,
        () => false,
      );
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.mouse.move(target.x + 8, target.y, { steps: 4 });
    await page.mouse.move(target.x + dx, target.y, { steps: 10 });
    await page.mouse.up();
    if (await response) return true;
  }
  return false;
}

/**
 * The planning session on a planner with the demo data, counting the requests that reach the
 * upstream (every /api/ request of the page; the proxy forwards them 1:1).
 */
export async function planningSession(): Promise<SessionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'planner-bench-session-'));
  const planner = await startPlanner({
    env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: join(dir, 'planner.db'), LOG_LEVEL: 'silent' },
    app: 'skip',
    log: () => {},
  });
  const { page, close } = await freshBrowserPage().catch(async (err: unknown) => {
    await planner.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  const log: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) log.push(`${r.method()} ${url.pathname.replace(/\/\d+/g, '/:id')}`);
  });
  const steps: SessionResult['steps'] = [];
  const problems: string[] = [];
  let mark = 0;
  const usedBars: number[] = [];
  const usedBlocks: number[] = [];
  const settle = () => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(300));
  const step = async (name: string, action: () => Promise<unknown>) => {
    await action().catch((err: unknown) => {
      throw new Error(`step "${name}": ${err instanceof Error ? err.message : String(err)}`);
    });
    await settle();
    steps.push({ step: name, requests: log.length - mark, paths: log.slice(mark) });
    mark = log.length;
  };
  try {
    await step('open the app (/timeline, day zoom)', async () => {
      await page.goto(`${planner.url}/timeline?zoom=day`);
      await page.locator('[data-bar-id]').first().waitFor({ timeout: 30_000 });
    });
    const group = page.getByRole('group', { name: 'Group rows by' });
    await step('group by projects', () => group.getByRole('button', { name: 'Projects' }).click());
    await step('group by tags', () => group.getByRole('button', { name: 'Tags' }).click());
    const nav = page.getByRole('group', { name: 'Navigate' });
    for (const [i, name] of (['Next', 'Next', 'Previous'] as const).entries()) {
      await step(`range change ${i + 1} (${name})`, () => nav.getByRole('button', { name }).click());
    }
    await step('back to today', () => nav.getByRole('button', { name: 'Today' }).click());
    for (let i = 0; i < 10; i++) {
      await step(`task drag ${i + 1}`, async () => {
        if (!(await dragItem(page, '[data-bar-id]', usedBars, 56, /\/tasks\/groups\//)))
          problems.push(`task drag ${i + 1} wrote nothing`);
      });
    }
    await step('open the schedule', async () => {
      await page.getByRole('link', { name: 'Schedule' }).click();
      await page.locator('[data-testid="time-block"]').first().waitFor({ timeout: 30_000 });
    });
    for (let i = 0; i < 5; i++) {
      await step(`time-block drag ${i + 1}`, async () => {
        if (!(await dragItem(page, '[data-testid="time-block"]', usedBlocks, 20, /\/time-blocks/)))
          problems.push(`time-block drag ${i + 1} wrote nothing`);
      });
    }
    await step('undo once', () => page.getByRole('button', { name: 'Undo' }).click());
    return { total: log.length, steps, problems };
  } finally {
    await close();
    await planner.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
