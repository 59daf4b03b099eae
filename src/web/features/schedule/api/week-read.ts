import type { SkipTally } from '@/api/lenient';
import type { TimeBlockWithTask } from '@/api/time-block';
import type { QueryValue } from '@/api/common';
import { readInWorker } from '@/web/lib/read-in-worker';
import { weekSession } from './week-session';

/**
 * One week's blocks from the stream, parsed in a worker (`weekSession`), yielded in batches as they arrive;
 * what it left out is counted into `skips`.
 */
export async function* readWeek(
  path: string,
  opts: { query: Record<string, QueryValue>; skips?: SkipTally; signal?: AbortSignal; batch?: number },
): AsyncGenerator<TimeBlockWithTask[]> {
  const tasks: unknown[] = [];
  const read = {
    worker: () => new Worker(new URL('./week-worker.ts', import.meta.url), { type: 'module' }),
    session: weekSession,
    job: { batch: opts.batch ?? 500 },
  };
  for await (const message of readInWorker(path, read, opts)) {
    if (message.type === 'skipped') {
      opts.skips?.add(message.skipped);
      continue;
    }
    tasks.push(...message.tasks);
    const blocks = message.items as (Omit<TimeBlockWithTask, 'task'> & { task?: unknown })[];
    for (const block of blocks) if (typeof block.task === 'number') block.task = tasks[block.task];
    yield blocks as TimeBlockWithTask[];
  }
}
