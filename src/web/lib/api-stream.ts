import type { z } from 'zod';
import type { QueryValue } from '@/api/common';
import { send } from './api-client';
import { ApiError } from './api-error';
import { arrayStreamParser, type ElementRules } from './array-stream-parser';

interface StreamOptions<S extends z.ZodType> extends ElementRules<S> {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Items per yielded batch (a render per batch, not per item). */
  batch?: number;
  /** Main-thread time (its own and its consumer's) after which the reading lets the browser run (SLICE_MS). */
  sliceMs?: number;
}

/**
 * A stream whose bytes are already in is read in microtasks, one chunk after another, and kept the main thread
 * for seconds: the other reads' answers waited (the Schedule's next page of people started 1.5 s after the
 * previous one ended on the dense week), as did input and frames. After this much work the reading steps aside.
 */
const SLICE_MS = 12;

/** A task for the continuation (a MessageChannel message: no timer clamping, no priority over other tasks). */
function stepAside(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Reads an endpoint that answers one (streamed) JSON array, through the same proxy, headers and errors as `api`,
 * yielding parsed items in batches as they arrive: one request however large the range. Each element is read
 * on its own (`parseLeniently`): one that cannot be used costs itself, counted into `skips`, not the stream.
 */
export async function* streamJsonArray<S extends z.ZodType>(
  path: string,
  opts: StreamOptions<S>,
): AsyncGenerator<z.output<S>[]> {
  const response = await send('focus', path, { query: opts.query, signal: opts.signal });
  if (!response.body)
    throw new ApiError(response.status, 'invalid_response', 'The server sent an empty answer.');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = arrayStreamParser(opts);
  const size = opts.batch ?? 500;
  let pending: z.output<S>[] = [];
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  for (;;) {
    if (performance.now() - sliceStart >= sliceMs) {
      await stepAside();
      sliceStart = performance.now();
    }
    const { value, done } = await reader.read();
    if (done) break;
    for (const item of parser.push(value)) {
      pending.push(item);
      if (pending.length >= size) {
        yield pending;
        pending = [];
      }
    }
  }
  if (pending.length) yield pending;
}
