import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';

// Per query: when the fetch now under way started, when the fetch behind its data started, and when a change
// check last found nothing new for it. Weak maps: a query the cache drops takes its times with it.
const started = new WeakMap<Query, number>();
const readAt = new WeakMap<Query, number>();
const verifiedAt = new WeakMap<Query, number>();

/**
 * Records when the data of every query was read: the *start* of the fetch that brought it (a change the server
 * made while a long read streamed may be missing from it). Manual writes (optimistic updates) are not reads.
 * Returns the unsubscribe.
 */
export function trackReadTimes(qc: QueryClient, now: () => number = Date.now): () => void {
  return qc.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const { action, query } = event;
    if (action.type === 'fetch') started.set(query, now());
    else if (action.type === 'success' && !action.manual)
      readAt.set(query, started.get(query) ?? query.state.dataUpdatedAt);
  });
}

/** When the query's data was known to match the server (client ms): its read, or a later check. */
export function currentAsOf(query: Query): number {
  const read = readAt.get(query) ?? query.state.dataUpdatedAt;
  return Math.max(read, verifiedAt.get(query) ?? 0);
}

const shown = (qc: QueryClient, keys: readonly QueryKey[]) =>
  keys.flatMap((queryKey) =>
    qc
      .getQueryCache()
      .findAll({ queryKey, type: 'active' })
      .filter((q) => q.state.dataUpdatedAt > 0),
  );

/** The oldest `currentAsOf` of the queries a view shows (active under `keys`), or null while none has data. */
export function viewCurrentAsOf(qc: QueryClient, keys: readonly QueryKey[]): number | null {
  const times = shown(qc, keys).map(currentAsOf);
  return times.length ? Math.min(...times) : null;
}

/**
 * A read of what the view shows failed since its data came (or before any came): the view says so instead of
 * an age that only its other reads earned ("Updated just now" beside "Could not load the tasks").
 */
export function viewReadFailed(qc: QueryClient, keys: readonly QueryKey[]): boolean {
  return keys.some((queryKey) =>
    qc
      .getQueryCache()
      .findAll({ queryKey, type: 'active' })
      .some((q) => q.state.status === 'error' || q.state.errorUpdatedAt > q.state.dataUpdatedAt),
  );
}

/** A check that started at `at` found nothing new for what the view shows. */
export function markVerified(qc: QueryClient, keys: readonly QueryKey[], at: number): void {
  for (const q of shown(qc, keys)) verifiedAt.set(q, Math.max(at, verifiedAt.get(q) ?? 0));
}
