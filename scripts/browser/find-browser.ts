import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** Command names of Chromium-family browsers, looked up on PATH in this order. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Install locations that are often not on PATH. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
}

/**
 * The Chromium the browser tests and benchmarks launch, without installing anything:
 * `CHROMIUM_PATH` when set (and then only that), else a system Chromium or Chrome, else a browser
 * that `npx playwright install chromium` downloaded earlier.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) return isExecutable(explicit) ? { path: explicit, source: 'CHROMIUM_PATH' } : undefined;
  for (const command of COMMANDS) {
    const path = onPath(command);
    if (path) return { path, source: 'system' };
  }
  for (const path of KNOWN_PATHS) if (isExecutable(path)) return { path, source: 'system' };
  const bundled = playwrightChromium();
  return bundled ? { path: bundled, source: 'playwright' } : undefined;
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The executable to hand to `chromium.launch`; undefined lets Playwright report its own error. */
export function browserExecutable(): string | undefined {
  return findBrowser()?.path;
}
