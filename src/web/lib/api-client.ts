import type { z } from 'zod';
import type { QueryValue } from '@/api/common';
import { parseLeniently, type SkipTally } from '@/api/lenient';
import { ApiError } from './api-error';
import { apiUrl, type Service } from './api-url';
import { errorFromResponse } from './api-error-response';
import { takeEarlyRead } from './early-reads';
import { requestSent, responseSeen } from './freshness/quota';
import { unreadableAnswer } from './unreadable';

export type { Service };

/** How long after it arrived an early answer (index.html's, app/early-view's) may stand in for a read. */
export const EARLY_FRESH_MS = 10_000;

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * Parses the response leniently (`parseLeniently`): records of its lists that cannot be used are left out and
   * counted into `skips`; an answer that cannot be used at all is an ApiError, never a silently wrong value.
   */
  schema?: S;
  skips?: SkipTally;
  signal?: AbortSignal;
}

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

/**
 * One request through the server's `/api/{focus,track}` proxy, with `X-Requested-With` (the server's CSRF
 * guard) and JSON in and out. An answer that is not 2xx, or none at all, is an ApiError.
 */
export async function send(
  service: Service,
  path: string,
  opts: Pick<RequestOptions<undefined>, 'method' | 'query' | 'body' | 'signal'> = {},
): Promise<Response> {
  const url = apiUrl(service, path, opts.query);
  const headers: Record<string, string> = { 'X-Requested-With': 'planner', Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  // An answer index.html asked for before the app ran arrived earlier than now: its headers are as of then.
  let arrived: number | undefined;
  requestSent();
  try {
    const early = opts.method === undefined || opts.method === 'GET' ? takeEarlyRead(url) : undefined;
    const answer = early && (await early);
    // Not used when the read was called off meanwhile, or when it was not taken while the view opened (another
    // window or grouping was opened first: it would show what was there then, so the read is asked anew).
    const usable = answer && !opts.signal?.aborted && Date.now() - answer.at <= EARLY_FRESH_MS;
    // An early answer not used is let go, not left open.
    if (answer && !usable) void answer.response.body?.cancel().catch(() => {});
    if (answer) opts.signal?.throwIfAborted();
    if (usable) ({ response, at: arrived } = answer);
    else {
      response = await fetch(url, {
        method: opts.method ?? 'GET',
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
        credentials: 'same-origin',
      });
    }
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The planner server could not be reached. Check your connection.');
  }
  responseSeen(response.headers, arrived);
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/**
 * The one way the browser talks to the APIs: through the server's `/api/{focus,track}` proxy, with
 * `X-Requested-With` (the server's CSRF guard), JSON in and out, and every failure as an ApiError.
 */
export async function api<S extends z.ZodType | undefined = undefined>(
  service: Service,
  path: string,
  opts: RequestOptions<S> = {},
): Promise<Result<S>> {
  const response = await send(service, path, opts);
  if (response.status === 204) return undefined as Result<S>;
  const text = await response.text();
  if (text === '') return undefined as Result<S>;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(
      response.status,
      'invalid_response',
      'The server sent a response that is not valid JSON.',
    );
  }
  if (!opts.schema) return json as Result<S>;
  const parsed = parseLeniently(opts.schema, json);
  opts.skips?.add(parsed.skipped);
  if (!parsed.success) throw unreadableAnswer(service, path, response.status, parsed.issues, json);
  return parsed.data as Result<S>;
}
