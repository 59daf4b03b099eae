import type { z } from 'zod';
import type { QueryValue } from '@/api/common';
import type { SkipTally } from '@/api/lenient';
import { send } from './api-client';
import { ApiError } from './api-error';
import { streamJsonArray } from './api-stream';
import { streamKinds, type StreamKind } from './stream-kinds';
import type { FromWorker, ToWorker } from './stream-worker-session';

type ItemOf<K extends StreamKind> = z.output<(typeof streamKinds)[K]['item']>;

interface WorkerStreamOptions<K extends StreamKind> {
  query?: Record<string, QueryValue>;
  /** How the elements are read (`streamKinds`). */
  kind: K;
  skips?: SkipTally;
  signal?: AbortSignal;
  /** Items per yielded batch. */
  batch?: number;
}

/**
 * `streamJsonArray` with the splitting and parsing in a worker: the page only forwards the answer's bytes (each
 * chunk's buffer transferred, not copied) and takes the parsed items back in batches. The request itself is the
 * page's (`send`: the same proxy, headers, quota reading and errors). Without workers (tests in Node) the same
 * rules run on the page.
 */
export async function* streamInWorker<K extends StreamKind>(
  path: string,
  opts: WorkerStreamOptions<K>,
): AsyncGenerator<ItemOf<K>[]> {
  const rules = streamKinds[opts.kind];
  const batch = opts.batch ?? 500;
  if (typeof Worker === 'undefined') {
    const items = streamJsonArray(path, {
      ...rules,
      query: opts.query,
      skips: opts.skips,
      signal: opts.signal,
      batch,
    });
    yield* items as AsyncGenerator<ItemOf<K>[]>;
    return;
  }
  // Started before the request, so the worker's script loads while the answer is on its way.
  const worker = new Worker(new URL('./stream-worker.ts', import.meta.url), { type: 'module' });
  const inbox = mailbox<FromWorker | { type: 'lost'; error: unknown }>();
  worker.onmessage = (event: MessageEvent<FromWorker>) => inbox.put(event.data);
  worker.onerror = () => inbox.put({ type: 'lost', error: new Error('The stream worker could not run.') });
  const start: ToWorker = { type: 'start', kind: opts.kind, batch };
  worker.postMessage(start);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const response = await send('focus', path, { query: opts.query, signal: opts.signal });
    if (!response.body)
      throw new ApiError(response.status, 'invalid_response', 'The server sent an empty answer.');
    reader = response.body.getReader();
    forward(reader, worker).catch((error: unknown) => inbox.put({ type: 'lost', error }));
    const key = rules.share.key;
    const shared: unknown[] = [];
    for (;;) {
      const message = await inbox.take();
      if (message.type === 'lost') throw message.error;
      if (message.type === 'failed') throw new ApiError(message.status, message.code, message.message);
      if (message.type === 'done') {
        opts.skips?.add(message.skipped);
        return;
      }
      shared.push(...message.shared);
      for (const item of message.items as Record<string, unknown>[]) {
        const index = item[key];
        if (typeof index === 'number') item[key] = shared[index];
      }
      yield message.items as ItemOf<K>[];
    }
  } finally {
    worker.terminate();
    reader?.cancel().catch(() => {});
  }
}

/** Sends the answer's bytes to the worker as they arrive, then its end. */
async function forward(reader: ReadableStreamDefaultReader<Uint8Array>, worker: Worker): Promise<void> {
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    // A chunk that is a view into a larger buffer is copied; one that owns its buffer hands it over.
    const bytes =
      value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice();
    const chunk: ToWorker = { type: 'chunk', bytes };
    worker.postMessage(chunk, [bytes.buffer]);
  }
  const end: ToWorker = { type: 'end' };
  worker.postMessage(end);
}

/** Messages in arrival order, taken one at a time. */
function mailbox<T>() {
  const queue: T[] = [];
  let waiting: ((message: T) => void) | undefined;
  return {
    put(message: T) {
      if (waiting) {
        const wake = waiting;
        waiting = undefined;
        wake(message);
      } else queue.push(message);
    },
    take(): Promise<T> {
      const next = queue.shift();
      if (next !== undefined) return Promise.resolve(next);
      return new Promise((resolve) => (waiting = resolve));
    },
  };
}
