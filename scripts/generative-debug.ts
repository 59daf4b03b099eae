/**
 * Opens one view of the planner against the generative stub upstream, to look at a failure of
 * e2e/generative.spec.ts by hand: `npx tsx scripts/generative-debug.ts SEED PATH [variation-json]`, e.g.
 * `npx tsx scripts/generative-debug.ts 5 '/timeline?group=users'` or `... 101 /schedule '{"unknownEnums":0.3}'`.
 * Prints the page's uncaught errors, its API requests and what the view shows; saves a screenshot.
 */
import { chromium } from '@playwright/test';
import { startGenerativeUpstream } from '../spec/generative-upstream';
import { variationForSeed } from '../spec/openapi';
import { startPlanner } from '../src/server/main';
import { browserExecutable } from './browser/find-browser';

const [seedArg, path = '/timeline', extra] = process.argv.slice(2);
const seed = Number(seedArg ?? 0);
const stub = await startGenerativeUpstream({
  seed,
  variation: { ...variationForSeed(seed), ...(extra ? JSON.parse(extra) : {}) },
});
const planner = await startPlanner({
  env: {
    PORT: '0',
    LOG_LEVEL: 'silent',
    TOGGL_FOCUS_API_KEY: 'toggl_sk_generative_debug',
    TOGGL_API_TOKEN: 'generative_debug_token',
    FOCUS_API_URL: stub.focusBase,
    TRACK_API_URL: stub.trackBase,
  },
  app: 'build',
  log: (line) => console.log(line),
});
const browser = await chromium.launch({ executablePath: browserExecutable(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  page.on('pageerror', (e) => console.log(`page error: ${e.name}: ${e.message}`));
  // Errors an error boundary caught are logged, not thrown: they are what a failure is made of.
  page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text().slice(0, 2000)}`));
  page.on(
    'request',
    (r) =>
      r.url().includes('/api/') && console.log(`request: ${r.method()} ${r.url().slice(planner.url.length)}`),
  );
  await page.goto(`${planner.url}${path}`);
  await page.waitForTimeout(4000);
  const shown = await Promise.race([
    page.locator('main').innerText(),
    new Promise<string>((resolve) => setTimeout(() => resolve('(the page does not respond)'), 5000)),
  ]);
  console.log(`main shows:\n${shown.slice(0, 2000)}`);
  await page.screenshot({ path: 'test-results/generative-debug.png' }).catch(() => undefined);
  console.log('screenshot: test-results/generative-debug.png');
} finally {
  await browser.close();
  await planner.close();
  await stub.close();
}
