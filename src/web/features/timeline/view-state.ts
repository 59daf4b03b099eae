import { useCallback, useMemo } from 'react';
import { useViewParams } from '@/web/lib/use-view-params';
import type { Day } from '@/web/lib/time/calendar-day';
import type { Zoom } from './geometry';
import { FILTER_KEYS, parseView, type Filters, type ViewState } from './view-parse';

export * from './view-parse';

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
