import { SkipTally, type Skipped } from '@/api/lenient';
import { timeBlockWithTaskSchema, type TimeBlockWithTask } from '@/api/time-block';
import type { QueryValue } from '@/api/common';
import { readInWorker } from '@/web/lib/api-stream-worker';
import { arrayStreamParser } from '@/web/lib/array-stream-parser';
import type { SessionFactory } from '@/web/lib/stream-job';

/**
 * Worker → page. A batch's items carry the index of their task in its place; each task is sent once, in the
 * batch where it first appears, so the page keeps one object per task as parsing on the page did (structured
 * clone copies a value again in every message).
 */
export type WeekMessage =
  { type: 'batch'; items: unknown[]; tasks: unknown[] } | { type: 'skipped'; skipped: Skipped[] };

/**
 * The worker's reading of a week's blocks: each parsed on its own, each task once per distinct text and shared
 * by its blocks (a dense week: 50,000 blocks of 10,000 tasks, 66 MB), posted in batches of `batch`.
 */
export const weekSession: SessionFactory<{ batch: number }, WeekMessage> = ({ batch }, post) => {
  const skips = new SkipTally();
  const parser = arrayStreamParser({
    item: timeBlockWithTaskSchema,
    noun: 'time block',
    share: { key: 'task', schema: timeBlockWithTaskSchema.shape.task },
    skips,
  });
  const indexOf = new Map<unknown, number>();
  let items: unknown[] = [];
  let tasks: unknown[] = [];
  const flush = () => {
    if (items.length) post({ type: 'batch', items, tasks });
    items = [];
    tasks = [];
  };
  return {
    text(chunk) {
      for (const block of parser.push(chunk)) {
        if (block.task) {
          let index = indexOf.get(block.task);
          if (index === undefined) {
            indexOf.set(block.task, (index = indexOf.size));
            tasks.push(block.task);
          }
          items.push({ ...block, task: index });
        } else items.push(block);
        if (items.length >= batch) flush();
      }
    },
    end() {
      flush();
      post({ type: 'skipped', skipped: skips.result() });
    },
  };
};

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
