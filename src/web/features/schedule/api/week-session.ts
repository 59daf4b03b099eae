import { SkipTally, type Skipped } from '@/api/lenient';
import { timeBlockWithTaskSchema } from '@/api/time-block';
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
    bytes(chunk) {
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
      parser.end();
      flush();
      post({ type: 'skipped', skipped: skips.result() });
    },
  };
};
