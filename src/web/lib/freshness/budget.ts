import type { Quota } from './quota';

/** The freshness policy's numbers (README: "Freshness and conflicts"). */
export const FRESHNESS = {
  /** Data older than this is checked when the window regains focus or becomes visible; a drop on data this
   * young is sent without a conflict check. */
  staleAfterMs: 60_000,
  /** While a view is visible, one request of checking per this interval: 12 an hour. */
  msPerRequest: 5 * 60_000,
  /** Automatic checks spend at most this share of what is left of the quota until it resets. */
  share: 0.25,
  /** With this few requests left, automatic checks stop: the user's own writes need them (Refresh still works). */
  reserve: 10,
  /** The longest wait between checks while there is quota to check with. */
  maxIntervalMs: 60 * 60_000,
} as const;

export interface Pace {
  level: 'normal' | 'saving' | 'paused';
  /** The wait between automatic checks (null: none). */
  intervalMs: number | null;
  /** Data this old is checked when the view regains focus (null: only Refresh). */
  staleAfterMs: number | null;
  remaining: number | null;
  resetsAt: number | null;
}

/**
 * How often a view may check for changes, given what its last check cost (`cost` requests) and the quota.
 * Unknown quota: one request per `msPerRequest`. Low quota: a share of what is left, spread until the reset.
 */
export function paceFor(quota: Quota, now: number, cost: number): Pace {
  const spend = Math.max(1, cost);
  const normal = spend * FRESHNESS.msPerRequest;
  const base = { remaining: quota.remaining, resetsAt: quota.resetsAt };
  const known = quota.remaining !== null && quota.resetsAt !== null && quota.resetsAt > now;
  if (!known) return { ...base, level: 'normal', intervalMs: normal, staleAfterMs: FRESHNESS.staleAfterMs };
  const left = quota.remaining! - FRESHNESS.reserve;
  if (left <= 0) return { ...base, level: 'paused', intervalMs: null, staleAfterMs: null };
  const perMs = (FRESHNESS.share * left) / (quota.resetsAt! - now);
  const needed = spend / perMs;
  if (needed <= normal)
    return { ...base, level: 'normal', intervalMs: normal, staleAfterMs: FRESHNESS.staleAfterMs };
  const intervalMs = Math.min(FRESHNESS.maxIntervalMs, Math.ceil(needed));
  // Focus does not get around the budget: it checks only what the interval would check anyway.
  return { ...base, level: 'saving', intervalMs, staleAfterMs: intervalMs };
}

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** What the user is told about the pace, in plain words (null when there is nothing to say). */
export function paceNote(pace: Pace): string | null {
  if (pace.level === 'normal') return null;
  const left = `${pace.remaining} API request${pace.remaining === 1 ? '' : 's'} left`;
  const until = pace.resetsAt !== null ? ` until ${clock(pace.resetsAt)}` : '';
  if (pace.level === 'paused')
    return `Only ${left}${until}: automatic updates are paused to keep them for your changes. Refresh still works.`;
  const minutes = Math.round((pace.intervalMs ?? 0) / 60_000);
  return `${left}${until}: checking for changes every ${minutes} min instead of every few minutes.`;
}
