import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { create } from 'zustand';
import { FRESHNESS } from './budget';
import { onServerClock, requestsSent } from './quota';
import { markVerified, viewCurrentAsOf } from './read-times';

/** The server's `Date` has whole seconds and clocks drift: changes this close to a read count as after it. */
export const CLOCK_MARGIN_MS = 2000;

/** The cheap check of a view: true when something it shows changed after `since` (server clock, ms). */
export type ChangeCheck = (since: number, signal: AbortSignal) => Promise<boolean>;

interface Run {
  running: boolean;
  /** When the last run started (client ms): runs are paced start to start. */
  lastRunAt: number;
  /** Requests the last check (and the re-read it caused) cost. */
  lastCost: number;
}

/** The freshness runs of every view, by view name (kept across visits to it). */
export const useFreshnessRuns = create<Record<string, Run>>(() => ({}));
const runOf = (view: string): Run =>
  useFreshnessRuns.getState()[view] ?? { running: false, lastRunAt: 0, lastCost: 0 };
const setRun = (view: string, patch: Partial<Run>) =>
  useFreshnessRuns.setState((s) => ({ ...s, [view]: { ...runOf(view), ...patch } }));

export const lastRunOf = (view: string) => runOf(view);

/** Changes after this server time (ms) may be missing from what the view shows; null while it has no data. */
export function changesSince(qc: QueryClient, keys: readonly QueryKey[]): number | null {
  const asOf = viewCurrentAsOf(qc, keys);
  return asOf === null ? null : onServerClock(asOf) - CLOCK_MARGIN_MS;
}

/** What the view shows was known current less than `staleAfterMs` ago (a drop on it needs no check). */
export function isCurrent(qc: QueryClient, keys: readonly QueryKey[], now = Date.now()): boolean {
  const asOf = viewCurrentAsOf(qc, keys);
  return asOf !== null && now - asOf < FRESHNESS.staleAfterMs;
}

/**
 * One freshness run of a view: with a `check`, the cheap question first and the re-read of what it shows
 * only when the answer is yes; without one (or on Refresh), the re-read. Never while the view's writes are
 * in flight (a re-read then would overwrite their optimistic state). What it spent is kept for the pace.
 */
export async function runFreshness(
  qc: QueryClient,
  view: string,
  keys: readonly QueryKey[],
  opts: { check?: ChangeCheck; force?: boolean; signal?: AbortSignal },
): Promise<void> {
  if (runOf(view).running || (!opts.force && qc.isMutating() > 0)) return;
  const startedAt = Date.now();
  const spent = requestsSent();
  setRun(view, { running: true, lastRunAt: startedAt });
  try {
    const since = changesSince(qc, keys);
    const changed =
      opts.force || !opts.check || since === null
        ? true
        : await opts.check(since, opts.signal ?? new AbortController().signal);
    if (changed) await Promise.all(keys.map((queryKey) => qc.refetchQueries({ queryKey, type: 'active' })));
    else markVerified(qc, keys, startedAt);
  } catch {
    // A failed check leaves the data as it was (its error, if any, is the api client's); the next run tries.
  } finally {
    setRun(view, { running: false, lastCost: requestsSent() - spent });
  }
}
