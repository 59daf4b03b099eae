/**
 * Minutes of a task's estimate not yet booked as time blocks (never negative). Null when the task has no
 * estimate (none, zero or less). Used by the Schedule's task list and the Timeline's task bars.
 */
export function remainingEstimateMins(
  estimatedMins: number | null | undefined,
  bookedSeconds: number | readonly { duration?: number | null; archived_at?: string | null }[],
): number | null {
  // Zero or less (Toggl's estimate is any integer) is no estimate, as on the Timeline's bars (hasEstimate).
  if (estimatedMins == null || !(estimatedMins > 0)) return null;
  const booked =
    typeof bookedSeconds === 'number'
      ? bookedSeconds
      : bookedSeconds.reduce((sum, b) => sum + (b.archived_at ? 0 : (b.duration ?? 0)), 0);
  return Math.max(0, Math.round(estimatedMins - booked / 60));
}

/** "2 h 15 min", "45 min", "0 min", "-1 h 30 min": how the planner writes a number of minutes. */
export function formatMinutes(total: number): string {
  // Split the rounded magnitude and put one sign in front: flooring a negative gave "-2 h -30 min" for -90, and
  // rounding only the remainder gave "60 min" for 59.6.
  const magnitude = Math.round(Math.abs(total));
  const sign = total < 0 && magnitude > 0 ? '-' : '';
  const hours = Math.floor(magnitude / 60);
  const minutes = magnitude % 60;
  if (hours === 0) return `${sign}${minutes} min`;
  return minutes === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${minutes} min`;
}
