import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TimeBlockWithTask } from '../../../../api/time-block';
import { bookingsByTask, type TaskBooking } from '../bookings';
import { chunksFor, type DayRange } from '../geometry';
import { timelineQueries, type TimelineScope } from './timeline-queries';

// Module-level: a stable combine keeps its result (and the memo below) stable between renders.
function combineBlocks(results: UseQueryResult<TimeBlockWithTask[]>[]) {
  return {
    blocks: results.flatMap((r) => r.data ?? []),
    loaded: results.length > 0 && results.every((r) => r.isSuccess),
  };
}

/**
 * Booked time per task over the quarters in view: one block read per quarter, started only once the bars
 * are there (`enabled`) so it never delays their first paint. Null until every quarter has answered.
 */
export function useTimelineBookings(
  scope: TimelineScope,
  visible: DayRange,
  zone: string,
  enabled: boolean,
): ReadonlyMap<number, TaskBooking> | null {
  const chunks = useMemo(() => chunksFor(visible), [visible]);
  const { blocks, loaded } = useQueries({
    queries: chunks.map((c) => ({ ...timelineQueries.blocks(scope, c, zone), enabled })),
    combine: combineBlocks,
  });
  const bookings = useMemo(() => bookingsByTask(blocks, zone), [blocks, zone]);
  return loaded ? bookings : null;
}
