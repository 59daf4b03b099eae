import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '@/server/main';

const SECRETS: Record<string, string> = {
  TOGGL_FOCUS_API_KEY: 'toggl_sk_buildscan_focus_4f1c9e',
  TOGGL_API_TOKEN: 'buildscantracktoken7d2a',
  TOGGL_EMAIL: 'buildscan-user@example.com',
  TOGGL_PASSWORD: 'buildscan-password-91b3',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const outDir = mkdtempSync(join(tmpdir(), 'planner-build-scan-'));
const saved = Object.fromEntries(Object.keys(SECRETS).map((k) => [k, process.env[k]]));
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(outDir, { recursive: true, force: true });
});

describe('production build', () => {
  it('contains none of the credentials present in the environment at build time', async () => {
    Object.assign(process.env, SECRETS);
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const files = filesUnder(outDir);
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    let bytes = 0;
    for (const file of files) {
      const text = readFileSync(file).toString('latin1');
      bytes += text.length;
      for (const [name, secret] of Object.entries(SECRETS)) {
        expect(text.includes(secret), `${name} in ${file}`).toBe(false);
        expect(text.includes(Buffer.from(secret).toString('base64')), `${name} (base64) in ${file}`).toBe(
          false,
        );
      }
    }
    console.log(`build scan: ${files.length} files, ${bytes} bytes, none holds a configured secret`);
  }, 240_000);
});
