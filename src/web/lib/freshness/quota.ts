import { create } from 'zustand';

/** What the upstream last said about the caller's hourly quota (null until a response carried the headers). */
export interface Quota {
  remaining: number | null;
  /** When the quota resets, in this browser's clock (ms). */
  resetsAt: number | null;
}

/** The quota headers the proxy passes on (`X-Toggl-Quota-Remaining`, `X-Toggl-Quota-Resets-In`). */
export const useQuota = create<Quota>(() => ({ remaining: null, resetsAt: null }));

let sent = 0;
// The server's clock minus this browser's (ms), from the last response's `Date`: conflict checks compare
// the server's `updated_at` stamps with the times this browser read its data.
let clockOffset = 0;

/** Every request the app sends counts here, so a check can measure what it spent. */
export function requestSent(): void {
  sent++;
}

/** Requests sent since the page loaded. */
export const requestsSent = (): number => sent;

const whole = (value: string | null) =>
  value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;

/** Reads the quota headers and the server's clock off a response (any status). */
export function responseSeen(headers: Headers, now = Date.now()): void {
  const date = Date.parse(headers.get('date') ?? '');
  // `Date` has whole seconds: the server's time was somewhere in that second.
  if (Number.isFinite(date)) clockOffset = date + 500 - now;
  const remaining = whole(headers.get('x-toggl-quota-remaining'));
  const resetsIn = whole(headers.get('x-toggl-quota-resets-in'));
  if (remaining === undefined && resetsIn === undefined) return;
  useQuota.setState((q) => ({
    remaining: remaining ?? q.remaining,
    resetsAt: resetsIn !== undefined ? now + resetsIn * 1000 : q.resetsAt,
  }));
}

/** This browser's time `at` (ms) on the server's clock. */
export const onServerClock = (at: number): number => at + clockOffset;
