/**
 * Merges the batches of an async source into few cache updates: the first batch at once (a quick first paint),
 * then a merged batch once `intervalMs` has passed *and* it at least doubles what was yielded before, or once
 * `maxWaitMs` has passed (the view keeps filling in); the rest at the end. Each yield is one cache update, one
 * render and one pass of the view's derivations over every block received so far, so updates that double the
 * data keep that work near linear: a 50,000-block week takes about nine updates (33 at a fixed 150 ms).
 */
export async function* throttleBatches<T>(
  source: AsyncIterable<T[]>,
  intervalMs: number,
  now: () => number = () => performance.now(),
  maxWaitMs = 1000,
): AsyncGenerator<T[]> {
  let pending: T[] = [];
  let yielded = 0;
  let last = -Infinity;
  for await (const batch of source) {
    pending = pending.length ? pending.concat(batch) : batch;
    const waited = now() - last;
    if (waited >= maxWaitMs || (waited >= intervalMs && pending.length >= yielded)) {
      yield pending;
      yielded += pending.length;
      pending = [];
      last = now();
    }
  }
  if (pending.length) yield pending;
}
