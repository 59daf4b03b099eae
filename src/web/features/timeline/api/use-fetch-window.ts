import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { chooseWindow, isDayRange, windowFor } from '../fetch-window';
import type { DayRange } from '@/web/lib/time/calendar-day';

/**
 * The window (key segment at `rangeAt`) a view reads: a cached entry under `prefix` accepted by `same`
 * (same grouping / filters / zone) that holds the view's days, else `fallback`. Entries still loading count,
 * so a view never asks twice for what is already on its way. Read during render: the choice only changes
 * when the view's days do, and those re-render this component anyway.
 */
export function useFetchWindow(
  prefix: QueryKey,
  rangeAt: number,
  same: (key: QueryKey) => boolean,
  visible: DayRange,
  fallback: DayRange = windowFor(visible),
): DayRange {
  const qc = useQueryClient();
  const cached = qc
    .getQueryCache()
    .findAll({ queryKey: prefix })
    .filter((q) => q.state.status !== 'error' && same(q.queryKey))
    .map((q) => q.queryKey[rangeAt])
    .filter(isDayRange);
  return chooseWindow(cached, visible, fallback);
}
