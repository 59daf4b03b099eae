import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installSteps } from './ensure-browser';
import { findBrowser } from './find-browser';

function fakeBrowser(mode: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'browser-')), 'chrome');
  writeFileSync(path, '#!/bin/sh\necho Chromium 1.0\n');
  chmodSync(path, mode);
  return path;
}

describe('findBrowser', () => {
  it('uses CHROMIUM_PATH when it names an executable', () => {
    const path = fakeBrowser(0o755);
    expect(findBrowser({ CHROMIUM_PATH: path })).toEqual({ path, source: 'CHROMIUM_PATH' });
  });

  it('finds nothing when CHROMIUM_PATH names a file that cannot run, instead of guessing another', () => {
    expect(findBrowser({ CHROMIUM_PATH: fakeBrowser(0o644) })).toBeUndefined();
    expect(findBrowser({ CHROMIUM_PATH: '/nonexistent/chrome' })).toBeUndefined();
  });

  it('finds a chromium command on PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'path-'));
    const path = join(dir, 'chromium');
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    const saved = process.env.PATH;
    process.env.PATH = dir;
    try {
      expect(findBrowser({})).toEqual({ path, source: 'system' });
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('installSteps', () => {
  const commands = (steps: ReturnType<typeof installSteps>) =>
    steps.map((s) => [s.command, ...s.args].join(' '));

  it("tries Playwright's download, then Debian's package as root", () => {
    expect(commands(installSteps({ privileged: 'root', debianLike: true }))).toEqual([
      'npx playwright install chromium',
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium',
    ]);
  });

  it('uses sudo without a password prompt when not root', () => {
    expect(commands(installSteps({ privileged: 'sudo', debianLike: true })).slice(1)).toEqual([
      'sudo -n apt-get update -qq',
      'sudo -n apt-get install -y -qq --no-install-recommends chromium',
    ]);
  });

  it('offers only the download where the package manager cannot be used', () => {
    expect(commands(installSteps({ privileged: false, debianLike: true }))).toEqual([
      'npx playwright install chromium',
    ]);
    expect(commands(installSteps({ privileged: 'root', debianLike: false }))).toEqual([
      'npx playwright install chromium',
    ]);
  });
});
