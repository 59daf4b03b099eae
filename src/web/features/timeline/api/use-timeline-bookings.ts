import { useQuery, type QueryKey } from '@tanstack/react-query';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import type { TaskBooking } from '../bookings';
import type { DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { timelineQueries } from './timeline-queries';
import { useFetchWindow } from './use-fetch-window';

/**
 * Booked time per task in view: one streamed block read per window, started once the first rows are there
 * (`enabled`) so it never delays their first paint. A cached block window holding the view is reused
 * (whatever grouping read it); otherwise the blocks are read for the bars' window. `bookings` is null until
 * the first window has loaded; `loading` while a window streams; `readKey` is the window's read (what it left
 * out goes in the view's notice).
 */
export function useTimelineBookings(
  scope: WorkspaceScope,
  visible: DayRange,
  barsWindow: DayRange,
  zone: string,
  enabled: boolean,
): { bookings: ReadonlyMap<number, TaskBooking> | null; loading: boolean; readKey: QueryKey } {
  const same = (key: QueryKey) => timelineWindowOf(key).detail === zone;
  const fetchWindow = useFetchWindow(queryKeys.timeline.blocks(scope), same, visible, barsWindow);
  // The previous window's marks stand in while the next one streams (marks do not blink on a scroll).
  const read = timelineQueries.blocks(scope, fetchWindow, zone);
  const { data, isFetching, isPlaceholderData } = useQuery({
    ...read,
    enabled,
    placeholderData: (prev) => prev,
  });
  return {
    bookings: data ?? null,
    loading: enabled && isFetching && (!data || isPlaceholderData),
    readKey: read.queryKey,
  };
}
