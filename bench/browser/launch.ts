import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { browserExecutable } from '../../scripts/browser/find-browser';

/** The same Chromium and flags as the e2e tests (scripts/browser). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserExecutable(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export const VIEWPORT = { width: 1400, height: 900 };

/** A fresh context per measurement: its own renderer, heap and cache. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  // tsx compiles functions passed to page.evaluate with esbuild's keepNames helper; give it a body.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  return { context, page };
}

/** JS heap in MiB after two full garbage collections (CDP, so no --expose-gc flag is needed). */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round((usedSize / 2 ** 20) * 10) / 10;
}

export const domCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);
