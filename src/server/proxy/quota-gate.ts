import { isQuotaAnswer } from '@/api/quota';

/**
 * Remembers an upstream's quota 402 or 429 until its reset time, so the planner stops spending requests the
 * upstream would refuse anyway.
 */
export interface Blocked {
  status: number;
  until: number;
  quotaRemaining?: string;
}

export function createQuotaGate(now: () => number = Date.now) {
  const blocked = new Map<string, Blocked>();
  return {
    /** The block in force for this upstream, with seconds left; null when requests may pass. */
    check(upstream: string): (Blocked & { secondsLeft: number }) | null {
      const b = blocked.get(upstream);
      if (!b) return null;
      const left = Math.ceil((b.until - now()) / 1000);
      if (left <= 0) {
        blocked.delete(upstream);
        return null;
      }
      return { ...b, secondsLeft: left };
    },
    /**
     * Records a quota answer (a plan limit's 402 is not one); the reset comes from Retry-After or
     * X-Toggl-Quota-Resets-In.
     */
    record(upstream: string, status: number, headers: Record<string, string | string[] | undefined>): void {
      const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
      if (
        !isQuotaAnswer(
          status,
          first(headers['x-toggl-quota-remaining']),
          first(headers['x-toggl-quota-resets-in']),
        )
      )
        return;
      const seconds =
        parseSeconds(first(headers['retry-after']), now()) ??
        parseSeconds(first(headers['x-toggl-quota-resets-in']), now()) ??
        60;
      blocked.set(upstream, {
        status,
        until: now() + Math.min(seconds, 24 * 3600) * 1000,
        quotaRemaining: first(headers['x-toggl-quota-remaining']),
      });
    },
  };
}

function parseSeconds(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Math.max(1, Number(value));
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(1, Math.ceil((date - nowMs) / 1000)) : undefined;
}
