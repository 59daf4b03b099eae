import type { Browser, Page, Request } from '@playwright/test';
import { expect } from './fixtures';
import { describeOffenders, recordApiRequests } from './contract-check';

/**
 * Headless Chromium keeps every page visible and focused whatever happens (bringing another page to the
 * front or minimizing the window changes neither: checked), so tests switch a page's visibility the way a
 * browser does when a tab goes to the background and back: `document.visibilityState` / `hidden`, then the
 * `visibilitychange`, `blur` and `focus` events. Installed before the app loads.
 */
export async function controlVisibility(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(Document.prototype, 'visibilityState', { get: () => state, configurable: true });
    Object.defineProperty(Document.prototype, 'hidden', {
      get: () => state === 'hidden',
      configurable: true,
    });
    (window as unknown as Record<string, unknown>).__setVisibility = (next: DocumentVisibilityState) => {
      state = next;
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event(next === 'visible' ? 'focus' : 'blur'));
    };
  });
}

export const setVisibility = (page: Page, state: 'visible' | 'hidden') =>
  page.evaluate(
    (s) => (window as unknown as { __setVisibility: (v: string) => void }).__setVisibility(s),
    state,
  );

/** Every /api request of a page, and a wait until none is in flight. */
export function apiTraffic(page: Page) {
  const log: Request[] = [];
  let open = 0;
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/api/')) return;
    log.push(r);
    open++;
  });
  const done = (r: Request) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) open--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    log,
    /** Lines `METHOD /path` of the requests from `from` on (ids kept). */
    since: (from: number) => log.slice(from).map((r) => `${r.method()} ${new URL(r.url()).pathname}`),
    /** Resolves once nothing has been in flight for a moment (a check's re-read starts after its answer). */
    settled: async () => {
      for (let quiet = 0; quiet < 3;) {
        await page.waitForTimeout(60);
        quiet = open === 0 ? quiet + 1 : 0;
      }
    },
  };
}

/** A second person's browser on the same planner: its own context, page, traffic log and contract check. */
export async function teammate(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const contract = recordApiRequests(page);
  return {
    page,
    traffic: apiTraffic(page),
    async close() {
      const offenders = contract.offenders();
      await context.close();
      expect(offenders, describeOffenders(offenders)).toEqual([]);
    },
  };
}
