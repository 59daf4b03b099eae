import { timeBlockWithTaskSchema } from '@/api/time-block';

/**
 * The streamed reads the stream worker can parse, by name: a worker is sent a name, not a schema (schemas
 * cannot be posted). Each entry is the reading rules of `arrayStreamParser`.
 */
export const streamKinds = {
  /** The Schedule's week: blocks with their tasks, each task parsed once and shared by its blocks. */
  blocksWithTask: {
    item: timeBlockWithTaskSchema,
    noun: 'time block',
    share: { key: 'task', schema: timeBlockWithTaskSchema.shape.task },
  },
} as const;

export type StreamKind = keyof typeof streamKinds;
