import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export interface ChildPlanner {
  pid: number;
  url: string;
  localApiUrl: string;
  stop(): Promise<void>;
}

const CHILD = join(import.meta.dirname, 'planner-child.ts');

/** Starts `planner-child.ts` on a database file and waits for its URLs. */
export async function spawnPlanner(dbFile: string): Promise<ChildPlanner> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`planner child exited with ${code}`)));
  });
  const { url, localApiUrl } = JSON.parse(first) as { url: string; localApiUrl: string };
  return {
    pid: child.pid!,
    url,
    localApiUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
