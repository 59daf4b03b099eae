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

/** How long a fresh browser may take to give its page before it is given up and a new one tried. */
const OPEN_DEADLINE_MS = 60_000;

/**
 * A fresh browser (new process: its own renderer, heap, caches and compositor) with one page, for one
 * measured run; `initScripts` run before any page script. `close` ends the browser. Once in a full run a new
 * browser never gave its page (no renderer, no error, the bench waited 8 minutes): such a browser is closed
 * after OPEN_DEADLINE_MS and another one tried.
 */
export async function freshBrowserPage(
  initScripts: string[] = [],
): Promise<{ browser: Browser; page: Page; close(): Promise<void> }> {
  for (let attempt = 1; ; attempt++) {
    const browser = await launchBrowser();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`a fresh browser gave no page in ${OPEN_DEADLINE_MS / 1000} s`)),
        OPEN_DEADLINE_MS,
      );
    });
    try {
      const page = await Promise.race([openPage(browser, initScripts), deadline]);
      return { browser, page, close: () => browser.close() };
    } catch (err) {
      // A hung browser may not answer its close either: wait a little, then go on without it.
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
      if (attempt >= 2) throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

async function openPage(browser: Browser, initScripts: string[]): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  // tsx compiles functions passed to page.evaluate with esbuild's keepNames helper; give it a body.
  await context.addInitScript('window.__name = (f) => f');
  for (const script of initScripts) await context.addInitScript(script);
  return context.newPage();
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
