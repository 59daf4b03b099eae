import type { z } from 'zod';
import { MAX_PER_PAGE, type QueryValue } from '@/api/common';
import type { SkipTally } from '@/api/lenient';
import { api } from './api-client';

/** The page size of every paged upstream list the planner reads: the largest the APIs accept. */
export const PAGE_SIZE = MAX_PER_PAGE;

export interface Paging {
  perPage?: number;
  /** A ceiling on the requests one read may cost (the hourly quota is small); what lies beyond is not read. */
  maxPages: number;
}

/**
 * Reads a paged list to its end: pages 1, 2, ... until one comes back shorter than a full page, at most
 * `maxPages` requests. `readPage` gets the page number and size and returns that page's items.
 */
export async function readAllPages<T>(
  readPage: (page: number, perPage: number) => Promise<readonly T[]>,
  { perPage = PAGE_SIZE, maxPages }: Paging,
): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const items = await readPage(page, perPage);
    out.push(...items);
    if (items.length < perPage) break;
  }
  return out;
}

/**
 * The same rule for an infinite query's `getNextPageParam`: the page after a full one, within `maxPages`.
 * `counts` says which items the upstream pages (an extra item it sends outside the paging does not count).
 */
export function nextPageAfter<T>({
  perPage = PAGE_SIZE,
  maxPages,
  counts,
}: Paging & { counts?: (item: T) => boolean }) {
  return (last: readonly T[], _all: unknown, page: number): number | undefined => {
    const paged = counts ? last.filter(counts).length : last.length;
    return paged < perPage || page >= maxPages ? undefined : page + 1;
  };
}

/** Every item of a Focus list that answers pages of `{ data: [...] }`, read with readAllPages. */
export function readAllData<T>(
  path: string,
  schema: z.ZodType<{ data: T[] }>,
  opts: Paging & { query?: Record<string, QueryValue>; signal?: AbortSignal; skips?: SkipTally },
): Promise<T[]> {
  const { signal, skips } = opts;
  return readAllPages(
    (page, per_page) =>
      api('focus', path, { query: { page, per_page, ...opts.query }, schema, signal, skips }).then(
        (res) => res.data,
      ),
    opts,
  );
}
