import { hashKey, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { SkipTally, type Skipped } from '@/api/lenient';

/**
 * What each read left out of its lists (records the planner could not use, see `parseLeniently`), by query and
 * page, for the views' notices. Not server data (that stays in the Query cache): a parse report about it, kept
 * beside the cache under the same keys and replaced by every new read.
 */
const useSkippedReads = create<{ byRead: Record<string, Skipped[]> }>(() => ({ byRead: {} }));

const readId = (queryKey: QueryKey, part?: string | number) =>
  part === undefined ? hashKey(queryKey) : `${hashKey(queryKey)}#${part}`;

/** Records what one read (a query, or one page of it) left out; a read that left nothing out clears it. */
export function publishSkipped(queryKey: QueryKey, skipped: readonly Skipped[], part?: string | number) {
  const id = readId(queryKey, part);
  const total = skipped.reduce((n, s) => n + s.count, 0);
  useSkippedReads.setState((s) => {
    if (!total && !(id in s.byRead)) return s;
    const byRead = { ...s.byRead };
    if (total) byRead[id] = [...skipped];
    else delete byRead[id];
    return { byRead };
  });
}

/**
 * Runs a query's reads with one tally and records what they left out under the query's key (and `part`, e.g.
 * an infinite query's page). A failed read records nothing.
 */
export async function countingSkips<T>(
  queryKey: QueryKey,
  read: (skips: SkipTally) => Promise<T>,
  part?: string | number,
): Promise<T> {
  const skips = new SkipTally();
  const data = await read(skips);
  publishSkipped(queryKey, skips.result(), part);
  return data;
}

/** The same for a streamed read: what the stream left out is recorded when it has ended. */
export async function* countingStream<T>(
  queryKey: QueryKey,
  stream: (skips: SkipTally) => AsyncIterable<T>,
): AsyncGenerator<T> {
  const skips = new SkipTally();
  for await (const batch of stream(skips)) yield batch;
  publishSkipped(queryKey, skips.result());
}

/** The reports of the given queries (every page of each). */
function reportsOf(byRead: Record<string, Skipped[]>, queryKeys: readonly QueryKey[]): Skipped[][] {
  const ids = queryKeys.map((k) => readId(k));
  return Object.entries(byRead)
    .filter(([id]) => ids.some((own) => id === own || id.startsWith(`${own}#`)))
    .map(([, skipped]) => skipped);
}

function merged(reports: readonly Skipped[][]): Skipped[] {
  const tally = new SkipTally();
  for (const skipped of reports) tally.add(skipped);
  return tally.result();
}

/** Everything the given queries (every page of each) left out, merged by noun: now, outside React. */
export const skippedNow = (queryKeys: readonly QueryKey[]): Skipped[] =>
  merged(reportsOf(useSkippedReads.getState().byRead, queryKeys));

/** Everything the given queries (every page of each) left out, merged by noun. */
export function useSkipped(queryKeys: readonly QueryKey[]): Skipped[] {
  const reports = useSkippedReads(useShallow((s) => reportsOf(s.byRead, queryKeys)));
  return useMemo(() => merged(reports), [reports]);
}
