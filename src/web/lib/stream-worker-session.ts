import { SkipTally, type Skipped } from '@/api/lenient';
import { ApiError } from './api-error';
import { arrayStreamParser } from './array-stream-parser';
import { streamKinds, type StreamKind } from './stream-kinds';

/** Page → worker: the stream's bytes as they arrive, then its end. */
export type ToWorker =
  { type: 'start'; kind: StreamKind; batch: number } | { type: 'chunk'; bytes: Uint8Array } | { type: 'end' };

/**
 * Worker → page. A batch's items carry the index of their shared value (`share.key`) in its place; each shared
 * value is sent once, in the batch where it first appears, so the page keeps one object per task as the
 * in-page reading does (structured clone copies a value again in every message).
 */
export type FromWorker =
  | { type: 'batch'; items: unknown[]; shared: unknown[] }
  | { type: 'done'; skipped: Skipped[] }
  | { type: 'failed'; status: number; code: string; message: string };

/**
 * The worker's side of one streamed read: decodes and parses what `chunk` is given (`arrayStreamParser` with the
 * kind's rules) and posts the usable items in batches of `batch`. Kept apart from the worker's global scope so
 * it runs in tests as it runs in the worker.
 */
export function streamWorkerSession(kind: StreamKind, batch: number, post: (message: FromWorker) => void) {
  const rules = streamKinds[kind];
  const skips = new SkipTally();
  const parser = arrayStreamParser({ ...rules, skips });
  const decoder = new TextDecoder();
  const key = rules.share.key;
  const indexOf = new Map<unknown, number>();
  let pending: unknown[] = [];
  let shared: unknown[] = [];
  let failed = false;

  const flush = () => {
    if (!pending.length) return;
    post({ type: 'batch', items: pending, shared });
    pending = [];
    shared = [];
  };
  const read = (text: string) => {
    if (failed) return;
    try {
      for (const item of parser.push(text)) {
        const record = item as Record<string, unknown>;
        const value = record[key];
        if (value != null) {
          let index = indexOf.get(value);
          if (index === undefined) {
            index = indexOf.size;
            indexOf.set(value, index);
            shared.push(value);
          }
          record[key] = index;
        }
        pending.push(record);
        if (pending.length >= batch) flush();
      }
    } catch (err) {
      failed = true;
      const e =
        err instanceof ApiError
          ? err
          : new ApiError(200, 'invalid_response', 'The answer could not be read.');
      post({ type: 'failed', status: e.status, code: e.code, message: e.message });
    }
  };
  return {
    chunk(bytes: Uint8Array) {
      read(decoder.decode(bytes, { stream: true }));
    },
    end() {
      read(decoder.decode());
      if (failed) return;
      flush();
      post({ type: 'done', skipped: skips.result() });
    },
  };
}
