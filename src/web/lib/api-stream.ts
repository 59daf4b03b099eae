import type { z } from 'zod';
import type { QueryValue } from '@/api/common';
import { parseLeniently, type SkipTally } from '@/api/lenient';
import { send } from './api-client';
import { ApiError } from './api-error';
import { JsonArraySplitter } from './json-array-splitter';

interface StreamOptions<S extends z.ZodType> {
  query?: Record<string, QueryValue>;
  /** Schema of one array element. */
  item: S;
  /** What one element is (`time block`): an element that does not fit `item` is skipped and counted as one. */
  noun: string;
  skips?: SkipTally;
  signal?: AbortSignal;
  /** Items per yielded batch (a render per batch, not per item). */
  batch?: number;
  /**
   * A key of the elements whose (object or array) value is not parsed unless `onItem` asks for the whole record:
   * `item` sees it as null. A streamed block's task is most of its bytes.
   */
  omit?: string;
  /**
   * A key whose value repeats across elements, as a block's task does on every block of that task: set aside
   * unparsed (as `omit` does), parsed and checked by `schema` once per distinct text, and that one value put
   * in every element that carries the same text. A dense week's 50,000 blocks were 50,000 parsed copies of
   * 10,000 tasks. An element whose shared value does not fit `schema` is skipped, as a whole record would be.
   */
  share?: { key: string; schema: z.ZodType };
  /** Sees each parsed item and can ask for the whole record it came from (to keep some records whole). */
  onItem?: (item: z.output<S>, record: () => unknown) => void;
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
  const omit = opts.share?.key ?? opts.omit;
  const splitter = new JsonArraySplitter(omit);
  const shared = opts.share && sharedValues(opts.share, opts.skips);
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
    for (const element of splitter.push(value)) {
      const record = parseJson(element.text);
      const parsed = parseLeniently(opts.item, record);
      opts.skips?.add(parsed.skipped);
      if (!parsed.success) {
        opts.skips?.skip(opts.noun, parsed.issues, record);
        continue;
      }
      if (shared && element.omitted !== undefined) {
        const value = shared.of(element.omitted);
        if (!value.success) {
          opts.skips?.skip(opts.noun, value.issues, wholeRecord(record, omit, element.omitted));
          continue;
        }
        (parsed.data as Record<string, unknown>)[shared.key] = value.data;
      }
      opts.onItem?.(parsed.data, () => wholeRecord(record, omit, element.omitted));
      pending.push(parsed.data);
      if (pending.length >= size) {
        yield pending;
        pending = [];
      }
    }
  }
  if (pending.length) yield pending;
}

/**
 * The shared values of one stream by their text (see `share`), each parsed once; what a lenient parse left out
 * of one is counted once, not once per element carrying it. Bounded: past SHARED_MAX texts it starts over.
 */
function sharedValues({ key, schema }: { key: string; schema: z.ZodType }, skips: SkipTally | undefined) {
  const byText = new Map<
    string,
    { success: true; data: unknown } | { success: false; issues: z.core.$ZodIssue[] }
  >();
  return {
    key,
    of(text: string) {
      let value = byText.get(text);
      if (!value) {
        const parsed = parseLeniently(schema, parseJson(text));
        skips?.add(parsed.skipped);
        // The issues are the element's: their paths start at the key.
        value = parsed.success
          ? { success: true, data: parsed.data }
          : { success: false, issues: parsed.issues.map((i) => ({ ...i, path: [key, ...i.path] })) };
        if (byText.size >= SHARED_MAX) byText.clear();
        byText.set(text, value);
      }
      return value;
    },
  };
}
const SHARED_MAX = 20_000;

/** The record as sent: the omitted value parsed and put back in its place (the key kept its position). */
function wholeRecord(record: unknown, key: string | undefined, omitted: string | undefined): unknown {
  if (key === undefined || omitted === undefined || typeof record !== 'object' || record === null)
    return record;
  return { ...record, [key]: parseJson(omitted) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(200, 'invalid_response', 'Toggl Focus sent data that is not valid JSON.');
  }
}
