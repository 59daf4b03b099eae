/**
 * Whether an answer says the hourly request quota is spent. Over quota the upstream answers 402 with
 * `X-Toggl-Quota-Remaining` and `X-Toggl-Quota-Resets-In`; Track may also answer 429. Focus answers 402 for
 * plan limits too ("Milestone limit reached; upgrade required"): such a 402 still has requests left, and
 * taking it for the quota would hold back every request for a minute and tell the user the wrong thing.
 */
export function isQuotaAnswer(
  status: number,
  remaining: string | null | undefined,
  resetsIn: string | null | undefined,
): boolean {
  if (status === 429) return true;
  if (status !== 402) return false;
  const left = remaining?.trim();
  if (left) return /^-?\d+$/.test(left) && Number(left) <= 0;
  // No count at all: the reset time alone still marks the quota.
  return !!resetsIn?.trim();
}
