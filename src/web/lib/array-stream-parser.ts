import type { z } from 'zod';
import { parseLeniently, type SkipTally } from '@/api/lenient';
import { ApiError } from './api-error';
import { decodeOmitted, JsonArraySplitter } from './json-array-splitter';

/** How the elements of a streamed JSON array are read. */
export interface ElementRules<S extends z.ZodType> {
  /** Schema of one array element. */
  item: S;
  /** What one element is (`time block`): an element that does not fit `item` is skipped and counted as one. */
  noun: string;
  skips?: SkipTally;
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
  /**
   * Sees each parsed item and can ask for the whole record it came from (to keep some records whole): ask
   * while the item is seen, not later (the omitted value is read from the splitter's buffer).
   */
  onItem?: (item: z.output<S>, record: () => unknown) => void;
}

/**
 * Reads a JSON array arriving as UTF-8 byte chunks: each element parsed on its own (`parseLeniently`), so one that
 * cannot be used costs itself, counted into `skips`, not the stream. The same reading runs on the page or in
 * the stream worker.
 */
export function arrayStreamParser<S extends z.ZodType>(rules: ElementRules<S>) {
  const omit = rules.share?.key ?? rules.omit;
  const splitter = new JsonArraySplitter(omit);
  const shared = rules.share && sharedValues(rules.share, rules.skips);
  return {
    /** Feeds a chunk of bytes; returns the items it completed that could be used. */
    push(bytes: Uint8Array): z.output<S>[] {
      const out: z.output<S>[] = [];
      for (const element of splitter.push(bytes)) {
        const record = parseJson(element.text);
        const parsed = parseLeniently(rules.item, record);
        rules.skips?.add(parsed.skipped);
        if (!parsed.success) {
          rules.skips?.skip(rules.noun, parsed.issues, record);
          continue;
        }
        if (shared && element.omitted !== undefined) {
          const value = shared.of(decodeOmitted(element.omitted));
          if (!value.success) {
            rules.skips?.skip(rules.noun, value.issues, wholeRecord(record, omit, element.omitted));
            continue;
          }
          (parsed.data as Record<string, unknown>)[shared.key] = value.data;
        }
        rules.onItem?.(parsed.data, () => wholeRecord(record, omit, element.omitted));
        out.push(parsed.data);
      }
      return out;
    },
    /** The answer has ended: one cut off before the array's closing bracket fails the read. */
    end(): void {
      if (!splitter.finished) throw new ApiError(200, 'invalid_response', CUT_OFF);
    },
  };
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
function wholeRecord(record: unknown, key: string | undefined, omitted: Uint8Array | undefined): unknown {
  if (key === undefined || omitted === undefined || typeof record !== 'object' || record === null)
    return record;
  return { ...record, [key]: parseJson(decodeOmitted(omitted)) };
}

export const NOT_JSON = 'Toggl Focus sent data that is not valid JSON.';
export const CUT_OFF = 'The answer from Toggl Focus ended before it was complete. Try again.';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(200, 'invalid_response', NOT_JSON);
  }
}
