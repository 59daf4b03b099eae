import { FRESHNESS } from './budget';

/** What a write does before it is sent to find out whether what it changes was changed by someone else. */
export type CheckPlan =
  /** The data was read or checked less than `FRESHNESS.staleAfterMs` ago (or the user insisted): none. */
  | { kind: 'none' }
  /** One cheap request: what changed after `since` (server clock, ms). */
  | { kind: 'changes'; since: number };

/**
 * The cheapest check that tells a write whether its items changed since they were read: no request when
 * the view's data is younger than the threshold (the risk left: a change in that last minute), otherwise
 * the change check (what changed after the read, newest first).
 */
export function planCheck(
  currentAsOf: number | null,
  since: number | null,
  now: number,
  force = false,
): CheckPlan {
  if (force || currentAsOf === null || since === null) return { kind: 'none' };
  return now - currentAsOf < FRESHNESS.staleAfterMs ? { kind: 'none' } : { kind: 'changes', since };
}

export interface Verdict<S> {
  /** Items someone else changed in a way the write would overwrite, with their state on the server. */
  conflicts: { id: number; server: S }[];
  /** Items the check could not see (more changed than it read): treated like conflicts, nothing is sent. */
  unknown: number[];
  /** Something else changed that the view shows: re-read it after the write. */
  othersChanged: boolean;
}

/**
 * Which of the written items (`ids`, with their state as the user saw it) changed since the read: a changed
 * item whose server state `differs` from what the user saw is a conflict (the user's own earlier writes are
 * already in what they saw, so they do not count). `complete` says the change list reached back to the read.
 */
export function judgeWrite<S extends { id: number }>(
  ids: readonly number[],
  changed: readonly S[],
  complete: boolean,
  differs: (server: S) => boolean,
  shown: (server: S) => boolean,
): Verdict<S> {
  const written = new Set(ids);
  const conflicts = changed
    .filter((s) => written.has(s.id) && differs(s))
    .map((s) => ({ id: s.id, server: s }));
  const seen = new Set(changed.map((s) => s.id));
  const unknown = complete ? [] : ids.filter((id) => !seen.has(id));
  const othersChanged = !complete || changed.some((s) => !written.has(s.id) && shown(s));
  return { conflicts, unknown, othersChanged };
}

/** A write not sent because what it would change was changed by someone else (or could not be checked). */
export class ConflictError extends Error {
  constructor(
    message: string,
    /** Sends the write again on what is now on the server (the user chose to). */
    readonly reapply: (() => void) | null,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
