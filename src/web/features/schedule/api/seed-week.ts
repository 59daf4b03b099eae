import type { QueryClient } from '@tanstack/react-query';
import { parseLeniently } from '@/api/lenient';
import { timeBlockWithTaskSchema, type TimeBlockWithTask } from '@/api/time-block';
import { currentAsOf } from '@/web/lib/freshness/read-times';
import { blocksOverlapping, nearBlocksOf } from '@/web/lib/near-blocks';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { rangeInstants } from '@/web/lib/time/zoned';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';

/**
 * The week's live blocks from a Timeline block read in the same zone that kept its near blocks whole (few of
 * them, around today: lib/near-blocks), so opening the Schedule after the Timeline costs no second read of the
 * same blocks. Undefined when no such read is cached, or when one of its records would not parse cleanly (the
 * Schedule's own read then counts what it leaves out); `at` is when that read started.
 */
export function weekFromTimeline(
  qc: QueryClient,
  scope: WorkspaceScope,
  weekStart: Day,
  zone: string,
): { blocks: TimeBlockWithTask[]; at: number } | undefined {
  const { date_from, date_to } = rangeInstants({ start: weekStart, end: addDays(weekStart, 4) }, zone);
  const from = Date.parse(date_from);
  const to = Date.parse(date_to);
  for (const q of qc.getQueryCache().findAll({ queryKey: queryKeys.timeline.blocks(scope) })) {
    if (q.state.status !== 'success' || q.state.fetchStatus !== 'idle') continue;
    if (timelineWindowOf(q.queryKey).detail !== zone) continue;
    const near = nearBlocksOf(q.state.data);
    if (!near || near.from > from || near.to < to) continue;
    const blocks: TimeBlockWithTask[] = [];
    for (const record of near.records) {
      const parsed = parseLeniently(timeBlockWithTaskSchema, record);
      if (!parsed.success || parsed.skipped.length) return undefined;
      blocks.push(parsed.data);
    }
    return { blocks: blocksOverlapping(blocks, from, to), at: currentAsOf(q) };
  }
  return undefined;
}
