import type { z } from 'zod';
import { encodeQuery, type QueryValue } from '@/api/common';
import { ApiError } from './api-error';
import { JsonArraySplitter } from './json-array-splitter';

interface StreamOptions<S extends z.ZodType> {
  query?: Record<string, QueryValue>;
  /** Schema of one array element. */
  item: S;
  signal?: AbortSignal;
  /** Items per yielded batch (a render per batch, not per item). */
  batch?: number;
}

/**
 * Reads an endpoint that answers one (streamed) JSON array, through the same proxy and headers as `api`,
 * yielding parsed items in batches as they arrive: one request however large the range.
 */
export async function* streamJsonArray<S extends z.ZodType>(
  path: string,
  opts: StreamOptions<S>,
): AsyncGenerator<z.output<S>[]> {
  const url = `/api/focus${path}${opts.query ? encodeQuery(opts.query) : ''}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'X-Requested-With': 'planner', Accept: 'application/json' },
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The planner server could not be reached. Check your connection.');
  }
  if (!response.ok || !response.body) throw await streamError(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const splitter = new JsonArraySplitter();
  const size = opts.batch ?? 500;
  let pending: z.output<S>[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const text of splitter.push(value)) {
      const parsed = opts.item.safeParse(JSON.parse(text));
      if (!parsed.success)
        throw new ApiError(
          200,
          'invalid_response',
          `Unexpected item from focus ${path}: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      pending.push(parsed.data);
      if (pending.length >= size) {
        yield pending;
        pending = [];
      }
    }
  }
  if (pending.length) yield pending;
}

async function streamError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let message = `${response.status} ${response.statusText || 'error'}`;
  let code = response.status === 402 ? 'quota_exceeded' : `http_${response.status}`;
  try {
    const body = JSON.parse(text) as { error?: string; error_description?: string };
    if (body.error) code = body.error;
    message = body.error_description ?? body.error ?? message;
  } catch {
    if (text && !/^\s*</.test(text)) message = text.slice(0, 300);
  }
  const num = (name: string) => {
    const v = response.headers.get(name);
    return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  return new ApiError(
    response.status,
    code,
    message,
    num('x-toggl-quota-resets-in'),
    num('x-toggl-quota-remaining'),
  );
}
