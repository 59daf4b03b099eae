import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '@/server/main';

export interface ChildServer {
  child: ChildProcess;
  /** The app origin (web server + proxy). */
  url: string;
  /** The local API origin (Focus under /api, Track under /api/v9). */
  localApiUrl: string;
  /** Resolves with the exit signal or code. */
  exited: Promise<string>;
}

/**
 * Starts the planner in its own Node process (one process, `--import tsx`, so that SIGKILL hits the
 * server itself) and waits for the URLs it prints.
 */
export function startChildServer(
  env: Record<string, string>,
  entry = join(ROOT, 'src/server/reliability/serve-api.ts'),
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOCAL_API_PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`server did not start in 30 s: ${out}${err}`)), 30_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /Planner is running at (http:\/\/\S+)/.exec(out)?.[1];
      const localApiUrl = /Local API: (http:\/\/\S+)\/api /.exec(out)?.[1];
      if (url && localApiUrl) {
        clearTimeout(timer);
        resolve({ child, url, localApiUrl, exited });
      }
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before starting: ${out}${err}`)));
  });
}
