import type { QueryClient } from '@tanstack/react-query';
import { refreshQueries } from '../refresh-queries';

/**
 * Key roots of the cached time-block reads that live outside the Schedule's own week cache. They are here,
 * not in a feature, so the Schedule (which writes blocks) can refresh the Timeline's reads without
 * importing the Timeline.
 */
export const timeBlockKeys = {
  /** The Timeline's per-quarter reads (marks and remaining estimates on the bars), under the timeline root. */
  timeline: (ws: number) => ['timeline', ws, 'time-blocks'] as const,
  /** One task's block list (the Timeline's side panel). */
  task: (ws: number) => ['task-time-blocks', ws] as const,
};

/**
 * After a block write: the reads above may hold the old blocks. The client never refetches on mount
 * (quota), so a stale-marked inactive entry would be shown stale on the next visit; refreshQueries drops
 * the inactive ones (read once, fresh, when next shown) and refetches only what is on screen.
 */
export function refreshTimeBlockReads(qc: QueryClient, ws: number): Promise<void> {
  return Promise.all([
    refreshQueries(qc, timeBlockKeys.timeline(ws)),
    refreshQueries(qc, timeBlockKeys.task(ws)),
  ]).then(() => undefined);
}
