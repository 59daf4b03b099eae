/**
 * `npm run screenshots [-- --only NAME] [-- --out DIR]`: the README's pictures of the views, taken by Playwright's
 * Chromium against a planner on the demo data (a fresh temporary database, the built app), one PNG per entry of
 * shots.ts. Pictures are taken at a device pixel ratio of 1 and, where `pngquant` is installed, quantized to 256
 * colours, so that each stays small in the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT, startPlanner } from '../../src/server/main';
import { browserExecutable } from '../browser/find-browser';
import { SHOTS, SIZES } from './shots';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const out = resolve(argument('out') ?? join(ROOT, 'docs', 'screenshots'));
  const only = argument('only');
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'planner-shots-'));
  const planner = await startPlanner({
    env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: join(dir, 'planner.db'), LOG_LEVEL: 'silent' },
    log: () => {},
  });
  const browser = await chromium.launch({ executablePath: browserExecutable(), args: ['--no-sandbox'] });
  const quantize = spawnSync('pngquant', ['--version']).status === 0;
  try {
    for (const shot of SHOTS.filter((s) => !only || s.name.includes(only))) {
      const phone = shot.size === 'phone';
      const context = await browser.newContext({
        viewport: SIZES[shot.size],
        deviceScaleFactor: 1,
        hasTouch: phone,
        isMobile: phone,
        colorScheme: shot.scheme,
        timezoneId: 'Europe/Berlin',
        locale: 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(planner.url + shot.path);
      await page.locator(shot.ready).first().waitFor();
      // Streams and late reads settle; no spinner or half-drawn grid in the picture.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const file = join(out, `${shot.name}.png`);
      await page.screenshot({ path: file });
      if (quantize)
        spawnSync('pngquant', ['--force', '--skip-if-larger', '--output', file, '256', '--', file]);
      console.log(`${file}  ${Math.round(statSync(file).size / 1024)} KiB`);
      await context.close();
    }
  } finally {
    await browser.close();
    await planner.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
