import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { paceFor, type Pace } from './budget';
import { useQuota } from './quota';
import { viewCurrentAsOf, viewReadFailed } from './read-times';
import { lastRunOf, runFreshness, useFreshnessRuns, type ChangeCheck } from './runs';

/** How often a visible view looks at its clock (no request unless a check is due). */
export const TICK_MS = 15_000;

export interface FreshnessSpec {
  /** Names the view and its workspace (`timeline:5200`): its pace and last check are kept per name. */
  view: string;
  /** Prefixes of the queries whose data the view shows; only the shown (active) ones count. */
  keys: readonly QueryKey[];
  /** The cheap question "did anything shown change?"; without one, a due check re-reads. */
  check?: ChangeCheck;
  /** Requests one check costs (before one has run and measured it). */
  cost?: number;
}

export interface Freshness {
  /** When what the view shows was last known to match the server (ms), or null before it has data. */
  currentAsOf: number | null;
  /** A read of what the view shows failed, and none has succeeded since. */
  failed: boolean;
  busy: boolean;
  /** Re-reads what the view shows now (the user asked: no cheap question first). */
  refresh: () => void;
  pace: Pace;
}

const visible = () => document.visibilityState === 'visible';

/**
 * Keeps a view's data fresh within the request budget: when the window regains focus or becomes visible
 * and the data is older than `pace.staleAfterMs`, and every `pace.intervalMs` while it stays visible, it asks
 * the cheap question (`check`) and re-reads only on a yes. A hidden view asks nothing. The pace follows the
 * quota headers and what the last check cost (budget.ts).
 */
export function useFreshness({ view, keys, check, cost = 1 }: FreshnessSpec): Freshness {
  const qc = useQueryClient();
  const quota = useQuota();
  const busy = useFreshnessRuns((s) => s[view]?.running ?? false);
  const latest = useRef({ keys, check, cost, quota });
  useEffect(() => {
    latest.current = { keys, check, cost, quota };
  });
  const subscribe = useCallback((done: () => void) => qc.getQueryCache().subscribe(done), [qc]);
  const currentAsOf = useSyncExternalStore(subscribe, () => viewCurrentAsOf(qc, latest.current.keys));
  const failed = useSyncExternalStore(subscribe, () => viewReadFailed(qc, latest.current.keys));

  useEffect(() => {
    const controller = new AbortController();
    const paceNow = () =>
      paceFor(latest.current.quota, Date.now(), lastRunOf(view).lastCost || latest.current.cost);
    const due = (waitMs: number | null) => {
      const asOf = viewCurrentAsOf(qc, latest.current.keys);
      const now = Date.now();
      return (
        waitMs !== null && asOf !== null && now - asOf >= waitMs && now - lastRunOf(view).lastRunAt >= waitMs
      );
    };
    const run = () =>
      void runFreshness(qc, view, latest.current.keys, {
        check: latest.current.check,
        signal: controller.signal,
      });
    const onShown = () => {
      if (visible() && due(paceNow().staleAfterMs)) run();
    };
    const tick = setInterval(() => {
      if (visible() && due(paceNow().intervalMs)) run();
    }, TICK_MS);
    document.addEventListener('visibilitychange', onShown);
    window.addEventListener('focus', onShown);
    window.addEventListener('online', onShown);
    return () => {
      controller.abort();
      clearInterval(tick);
      document.removeEventListener('visibilitychange', onShown);
      window.removeEventListener('focus', onShown);
      window.removeEventListener('online', onShown);
    };
  }, [qc, view]);

  const refresh = useCallback(
    () => void runFreshness(qc, view, latest.current.keys, { force: true }),
    [qc, view],
  );
  const pace = paceFor(quota, Date.now(), lastRunOf(view).lastCost || cost);
  return { currentAsOf, failed, busy, refresh, pace };
}
