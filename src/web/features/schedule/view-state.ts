import { useCallback, useMemo } from 'react';
import { useViewParams } from '@/web/lib/use-view-params';
import { ZOOMS, type Zoom } from './hours-window';

export type Span = 'day' | 'week';
/** People as rows, or the days of one person (`rows=<user account id>`). */
export type Rows = { mode: 'users' } | { mode: 'days'; userId: number };

/** The Schedule's view settings that belong in a link: span, rows, full day or working hours, hour width. */
export interface ScheduleView {
  /** Null when the URL does not say: the screen decides (a day on a phone, the work week elsewhere). */
  span: Span | null;
  rows: Rows;
  fullDay: boolean;
  zoom: Zoom;
}

/**
 * The view from the URL (`?view=day&rows=1001&hours=full&zoom=wide`); absent or bad values give the defaults.
 */
export function parseScheduleView(params: URLSearchParams): ScheduleView {
  const zoom = params.get('zoom');
  const view = params.get('view');
  const rows = params.get('rows');
  const userId = rows && /^\d+$/.test(rows) ? Number(rows) : 0;
  return {
    span: view === 'day' || view === 'week' ? view : null,
    rows: userId > 0 ? { mode: 'days', userId } : { mode: 'users' },
    fullDay: params.get('hours') === 'full',
    zoom: ZOOMS.includes(zoom as Zoom) ? (zoom as Zoom) : 'fit',
  };
}

/** A change of the view written into URL parameters (defaults leave the URL). */
export function writeScheduleView(prev: URLSearchParams, patch: Partial<ScheduleView>): URLSearchParams {
  const next = new URLSearchParams(prev);
  const put = (key: string, value: string | null) =>
    value === null ? next.delete(key) : next.set(key, value);
  if (patch.span !== undefined) put('view', patch.span);
  if (patch.rows !== undefined) put('rows', patch.rows.mode === 'days' ? String(patch.rows.userId) : null);
  if (patch.fullDay !== undefined) put('hours', patch.fullDay ? 'full' : null);
  if (patch.zoom !== undefined) put('zoom', patch.zoom === 'fit' ? null : patch.zoom);
  return next;
}

/** View settings in the URL: a link reproduces them, Back undoes a change, a reload keeps them. */
export function useScheduleView() {
  const [params, setParams] = useViewParams();
  const view = useMemo(() => parseScheduleView(params), [params]);
  const update = useCallback(
    (patch: Partial<ScheduleView>) => setParams((prev) => writeScheduleView(prev, patch)),
    [setParams],
  );
  return [view, update] as const;
}
