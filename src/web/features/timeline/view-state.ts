import { useCallback, useMemo } from 'react';
import { useViewParams } from '@/web/lib/use-view-params';
import type { TaskGroupType } from '@/api/task-group';
import { addDays, isDay, type Day } from '@/web/lib/time/calendar-day';
import { clampViewStart, ZOOMS, type Zoom } from './geometry';

export const FILTER_KEYS = ['project', 'client', 'tag', 'status', 'assignee', 'priority', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface ViewState {
  group: TaskGroupType;
  /** First day in view. */
  start: Day;
  zoom: Zoom;
  filters: Filters;
}

const GROUPS: readonly TaskGroupType[] = ['users', 'projects', 'tags'];

/** The view from the URL: a link reproduces it, Back goes to the previous one. Bad values fall back. */
export function parseView(params: URLSearchParams, today: Day): ViewState {
  const group = params.get('group');
  const zoom = params.get('zoom');
  const start = params.get('start');
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  return {
    group: GROUPS.includes(group as TaskGroupType) ? (group as TaskGroupType) : 'users',
    zoom: ZOOMS.includes(zoom as Zoom) ? (zoom as Zoom) : 'week',
    start: clampViewStart(isDay(start) ? start : addDays(today, -3)),
    filters,
  };
}

/** Query parameters of GET /tasks/groups for the filters (ids are csv, as the API takes them). */
export function filterQuery(f: Filters): Record<string, string | undefined> {
  return {
    project_id: f.project,
    client_id: f.client,
    tag_id: f.tag,
    status_id: f.status,
    assignee_user_id: f.assignee,
    priority: f.priority,
    name: f.q,
  };
}

/** The view a settled scroll was measured on (see patchViewParams). */
export interface MeasuredOn {
  starts: readonly Day[];
  zoom: Zoom;
}

/**
 * The URL's query after `patch`, from the query as it is now (`search`), or null to leave it alone: a scroll
 * measured on one view that settles after the URL has moved on (Today, a zoom, Back; navigations render in a
 * transition, so the scroller may still hold the old view's position) would otherwise send the user back to
 * where they scrolled from. `measuredOn`: the zoom the scroll was measured at and the starts the URL may have
 * for it to apply (the view's, and the one the scroller itself wrote last, which may still be rendering).
 */
export function patchViewParams(
  search: string,
  today: Day,
  patch: Partial<Omit<ViewState, 'filters'>> & { filters?: Filters },
  measuredOn?: MeasuredOn,
): URLSearchParams | null {
  const next = new URLSearchParams(search);
  if (measuredOn) {
    const now = parseView(next, today);
    if (!measuredOn.starts.includes(now.start) || now.zoom !== measuredOn.zoom) return null;
  }
  if (patch.group) next.set('group', patch.group);
  if (patch.zoom) next.set('zoom', patch.zoom);
  if (patch.start) next.set('start', patch.start);
  if (patch.filters) {
    for (const key of FILTER_KEYS) {
      const v = patch.filters[key];
      if (v) next.set(key, v);
      else next.delete(key);
    }
  }
  return next;
}

/** View state in the URL. `replace` for scroll-driven changes, a history entry for explicit ones. */
export function useViewState(today: Day) {
  const [params, setParams] = useViewParams();
  const view = useMemo(() => parseView(params, today), [params, today]);
  const update = useCallback(
    (
      patch: Partial<Omit<ViewState, 'filters'>> & { filters?: Filters },
      opts: { replace?: boolean; measuredOn?: MeasuredOn } = {},
    ): boolean => {
      // From the URL as it is now, not the render's copy: a late (debounced) scroll update must not bring
      // back a grouping or zoom the user changed in between.
      const next = patchViewParams(window.location.search, today, patch, opts.measuredOn);
      if (next) setParams(next, { replace: opts.replace });
      return next !== null;
    },
    [setParams, today],
  );
  return [view, update] as const;
}
