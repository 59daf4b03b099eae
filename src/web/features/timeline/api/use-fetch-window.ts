import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { timelineWindowOf } from '@/web/lib/query-keys';
import type { DayRange } from '@/web/lib/time/calendar-day';
import { chooseWindow, isDayRange, windowFor } from '../fetch-window';

/**
 * The window a view reads: a cached Timeline window (queryKeys.timeline) under `prefix` accepted by `same`
 * (same grouping / filters / zone) that holds the view's days, else `fallback`. Entries still loading count,
 * so a view never asks twice for what is already on its way. Read during render: the choice only changes
 * when the view's days do, and those re-render this component anyway.
 */
export function useFetchWindow(
  prefix: QueryKey,
  same: (key: QueryKey) => boolean,
  visible: DayRange,
  fallback: DayRange = windowFor(visible),
): DayRange {
  const qc = useQueryClient();
  const cached = qc
    .getQueryCache()
    .findAll({ queryKey: prefix })
    .filter((q) => q.state.status !== 'error' && same(q.queryKey))
    .map((q) => timelineWindowOf(q.queryKey).range)
    .filter(isDayRange);
  return chooseWindow(cached, visible, fallback);
}
