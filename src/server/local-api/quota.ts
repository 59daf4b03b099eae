/**
 * Emulates the upstream's hourly request quota per user (off unless a limit is configured), so the
 * planner's 402 handling can be exercised offline.
 */
export function createQuota(perHour: number | undefined, now: () => number = Date.now) {
  const windows = new Map<number, { startedAt: number; used: number }>();
  const HOUR = 3600_000;
  return function take(userId: number): { allowed: boolean; headers: Record<string, string> } | null {
    if (!perHour) return null;
    const t = now();
    let w = windows.get(userId);
    if (!w || t - w.startedAt >= HOUR) {
      w = { startedAt: t, used: 0 };
      windows.set(userId, w);
    }
    const allowed = w.used < perHour;
    if (allowed) w.used++;
    const resetsIn = Math.max(1, Math.ceil((w.startedAt + HOUR - t) / 1000));
    return {
      allowed,
      headers: {
        'x-toggl-quota-remaining': String(perHour - w.used),
        'x-toggl-quota-resets-in': String(resetsIn),
      },
    };
  };
}
