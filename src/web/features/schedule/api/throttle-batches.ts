/**
 * Merges the batches of an async source so that at most one merged batch is yielded per `intervalMs`
 * (the first batch at once, for a quick first paint; the rest at the end). Each yield becomes one cache
 * update and one render, so a 50,000-item stream renders a handful of times instead of once per batch.
 */
export async function* throttleBatches<T>(
  source: AsyncIterable<T[]>,
  intervalMs: number,
  now: () => number = () => performance.now(),
): AsyncGenerator<T[]> {
  let pending: T[] = [];
  let last = -Infinity;
  for await (const batch of source) {
    pending = pending.length ? pending.concat(batch) : batch;
    if (now() - last >= intervalMs) {
      yield pending;
      pending = [];
      last = now();
    }
  }
  if (pending.length) yield pending;
}
