import type { QueryClient } from '@tanstack/react-query';
import type { TimeBlockWithTask } from '@/api/time-block';
import { currentAsOf } from '@/web/lib/freshness/read-times';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import { addDays, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { rangeInstants } from '@/web/lib/time/zoned';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';

/** The blocks of a list that a range read would return: those overlapping [from, to) (a zero-length one inside). */
export function blocksOverlapping<T extends { start: string; duration?: number | null }>(
  blocks: readonly T[],
  from: number,
  to: number,
): T[] {
  return blocks.filter((b) => {
    const start = Date.parse(b.start);
    return start < to && (start + (b.duration ?? 0) * 1000 > from || start >= from);
  });
}

/**
 * The week's live blocks from a Timeline block read that holds its days in the same zone (the Timeline reads
 * whole months of blocks for its booked-time marks), so opening the Schedule after the Timeline costs no
 * second read of the same blocks. Undefined when no such read is cached; `at` is when that read started.
 */
export function weekFromTimeline(
  qc: QueryClient,
  scope: WorkspaceScope,
  weekStart: Day,
  zone: string,
): { blocks: TimeBlockWithTask[]; at: number } | undefined {
  const week: DayRange = { start: weekStart, end: addDays(weekStart, 4) };
  const source = qc
    .getQueryCache()
    .findAll({ queryKey: queryKeys.timeline.blocks(scope) })
    .find((q) => {
      const { range, detail } = timelineWindowOf(q.queryKey);
      return (
        q.state.status === 'success' &&
        q.state.fetchStatus === 'idle' &&
        detail === zone &&
        range.start <= week.start &&
        range.end >= week.end
      );
    });
  const data = source?.state.data as TimeBlockWithTask[] | undefined;
  if (!source || !data) return undefined;
  const { date_from, date_to } = rangeInstants(week, zone);
  return {
    blocks: blocksOverlapping(data, Date.parse(date_from), Date.parse(date_to)),
    at: currentAsOf(source),
  };
}
