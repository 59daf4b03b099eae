import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { MAX_CAPACITY_USERS } from '@/api/capacity';
import { NO_LOADS, type LoadsByUser } from '@/web/lib/load-model';
import { availabilityQueries } from '@/web/lib/queries/availability';
import { capacityParams, capacityQueries, type CapacityParams } from '@/web/lib/queries/capacities';
import type { Day, DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { Zoom } from '../geometry';
import { capacityRange, unitOf } from '../workload';

export interface CapacityWindow {
  unit: 'day' | 'week';
  range: DayRange;
  /** Committed load by person and period start. */
  loads: LoadsByUser;
  /** Load with draft projects, when the toggle is on and it has loaded. */
  withDrafts: LoadsByUser | null;
  /** Public holidays by person and day (their names). */
  holidays: ReadonlyMap<number, ReadonlyMap<Day, string>>;
  error: Error | null;
  /** Reads the committed load again (after a failed read). */
  retry: () => void;
}

/**
 * While a new window loads, the strip keeps the last answer, but only one in the same unit: days read as weeks
 * would draw every day as a week wide (wrong numbers, and seven times the cells at Quarter zoom).
 */
const keepSameUnit =
  (unit: CapacityParams['unit']) =>
  <T>(prev: T | undefined, prevQuery?: { queryKey: readonly unknown[] }): T | undefined => {
    const params = prevQuery?.queryKey.at(-1) as CapacityParams | undefined;
    return params?.unit === unit ? prev : undefined;
  };

/**
 * The workload strip's data: one `/capacities` read for every person row in view over the Timeline's data
 * window (in days at Day/Week zoom, in weeks at Month/Quarter), one more with draft projects when the toggle
 * is on, and one read of the people's public holidays per calendar year (their names for the shading; kept for
 * the session).
 * Nothing is read outside the People grouping.
 */
export function useCapacityWindow(
  scope: WorkspaceScope,
  opts: { on: boolean; zoom: Zoom; viewStart: Day; dataWindow: DayRange; userIds: readonly number[] },
  includeDrafts: boolean,
): CapacityWindow {
  const unit = unitOf(opts.zoom);
  const range = useMemo(
    () => capacityRange(opts.dataWindow, opts.viewStart),
    [opts.dataWindow, opts.viewStart],
  );
  const ids = opts.userIds;
  const enabled = opts.on && ids.length > 0;
  const params = capacityParams(ids, range, unit);
  const committed = useQuery({
    ...capacityQueries.window(scope, params),
    enabled,
    placeholderData: keepSameUnit(unit),
  });
  const drafts = useQuery({
    ...capacityQueries.window(scope, { ...params, includeDrafts: true }),
    enabled: enabled && includeDrafts,
    placeholderData: keepSameUnit(unit),
  });
  // Holidays by whole calendar years: a year's names are read once, whatever the scrolling and zoom.
  const years = useMemo(
    () => ({ start: `${range.start.slice(0, 4)}-01-01`, end: `${range.end.slice(0, 4)}-12-31` }),
    [range.start, range.end],
  );
  const holidayList = useQuery({
    ...availabilityQueries.holidays(scope.organizationId, ids, years),
    // The read takes at most 100 people; beyond that the strip says "no working time" without the name.
    enabled: enabled && ids.length <= MAX_CAPACITY_USERS,
    placeholderData: keepPreviousData,
  });
  const loads = committed.data ?? NO_LOADS;
  const withDrafts = includeDrafts ? (drafts.data ?? null) : null;
  const holidays = useMemo(() => {
    const out = new Map<number, Map<Day, string>>();
    for (const h of holidayList.data ?? []) {
      const mine = out.get(h.user_account_id) ?? new Map<Day, string>();
      mine.set(h.date, h.name);
      out.set(h.user_account_id, mine);
    }
    return out;
  }, [holidayList.data]);
  const error = committed.error ?? drafts.error ?? null;
  const { refetch } = committed;
  const { refetch: refetchDrafts } = drafts;
  const retry = useCallback(() => {
    void refetch();
    if (includeDrafts) void refetchDrafts();
  }, [refetch, refetchDrafts, includeDrafts]);
  return useMemo(
    () => ({ unit, range, loads, withDrafts, holidays, error, retry }),
    [unit, range, loads, withDrafts, holidays, error, retry],
  );
}
