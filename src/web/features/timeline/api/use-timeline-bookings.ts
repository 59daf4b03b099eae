import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import { bookingsByTask, type TaskBooking } from '../bookings';
import type { DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { timelineQueries } from './timeline-queries';
import { useFetchWindow } from './use-fetch-window';

/**
 * Booked time per task in view: one streamed block read per window, started only once the bars are there
 * (`enabled`) so it never delays their first paint. A cached block window holding the view is reused
 * (whatever grouping read it); otherwise the blocks are read for the bars' window. Null until loaded.
 */
export function useTimelineBookings(
  scope: WorkspaceScope,
  visible: DayRange,
  barsWindow: DayRange,
  zone: string,
  enabled: boolean,
): ReadonlyMap<number, TaskBooking> | null {
  const same = (key: QueryKey) => timelineWindowOf(key).detail === zone;
  const fetchWindow = useFetchWindow(queryKeys.timeline.blocks(scope), same, visible, barsWindow);
  // The previous window's blocks stand in while the next one streams (marks do not blink on a scroll).
  const { data } = useQuery({
    ...timelineQueries.blocks(scope, fetchWindow, zone),
    enabled,
    placeholderData: (prev) => prev,
  });
  const bookings = useMemo(() => (data ? bookingsByTask(data, zone) : null), [data, zone]);
  return bookings;
}
