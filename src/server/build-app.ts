import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under `dir` (recursive), 0 when it does not exist. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `dist/` is missing or older than the web sources. */
export function appBuildIsStale(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(root, 'src', 'web')),
    newestMtime(join(root, 'src', 'api')),
    newestMtime(join(root, 'index.html')),
    newestMtime(join(root, 'public')),
  );
  return sources > statSync(built).mtimeMs;
}

/** Builds the web app with Vite when needed. */
export async function buildAppIfNeeded(root: string, log: (msg: string) => void): Promise<void> {
  if (!appBuildIsStale(root)) return;
  log('Building the web app...');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
