import { MAX_TIME_BLOCK_SECONDS } from '@/api/time-block';

/**
 * How long a time block is on screen: its duration within 0 and the longest block the planner can write (7 days).
 * The upstream allows any integer there (negative, or 2^53 seconds, past the end of the calendar); drawn as it
 * is, such a block would reach past every date the views can count to.
 */
export function shownSeconds(duration: number | null | undefined): number {
  if (duration == null || !Number.isFinite(duration) || duration <= 0) return 0;
  return Math.min(duration, MAX_TIME_BLOCK_SECONDS);
}
