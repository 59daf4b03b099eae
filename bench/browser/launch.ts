import { chromium, type Browser, type Page } from '@playwright/test';
import { browserExecutable } from '../../scripts/browser/find-browser';

/** Issue 15's viewport. */
export const VIEWPORT = { width: 1600, height: 1000 };

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The same Chromium and flags as the e2e tests (scripts/browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: browserExecutable(), args: FLAGS });
}

/** The Chromium version, from a short-lived browser (for the report). */
export async function chromiumVersion(): Promise<string> {
  const browser = await launchBrowser();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

/**
 * A fresh browser (new process: its own renderer, heap, caches and compositor) with one page, for one
 * measured run; `initScripts` run before any page script. `close` ends the browser.
 */
export async function freshBrowserPage(
  initScripts: string[] = [],
): Promise<{ browser: Browser; page: Page; close(): Promise<void> }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    // tsx compiles functions passed to page.evaluate with esbuild's keepNames helper; give it a body.
    await context.addInitScript('window.__name = (f) => f');
    for (const script of initScripts) await context.addInitScript(script);
    const page = await context.newPage();
    return { browser, page, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** JS heap in MiB after two full garbage collections (CDP, so no --expose-gc flag is needed). */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round((usedSize / 2 ** 20) * 10) / 10;
  } finally {
    await cdp.detach();
  }
}

export const domCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);
