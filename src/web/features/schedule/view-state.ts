import { useCallback, useMemo } from 'react';
import { useViewParams } from '@/web/lib/use-view-params';
import { ZOOMS, type Zoom } from './hours-window';

/** The Schedule's view settings that belong in a link: full day or working hours, and the hour width. */
export interface ScheduleView {
  fullDay: boolean;
  zoom: Zoom;
}

/** The view from the URL (`?hours=full&zoom=wide`); absent or bad values give the defaults. */
export function parseScheduleView(params: URLSearchParams): ScheduleView {
  const zoom = params.get('zoom');
  return {
    fullDay: params.get('hours') === 'full',
    zoom: ZOOMS.includes(zoom as Zoom) ? (zoom as Zoom) : 'fit',
  };
}

/** View settings in the URL: a link reproduces them, Back undoes a change (as the timeline's view state). */
export function useScheduleView() {
  const [params, setParams] = useViewParams();
  const view = useMemo(() => parseScheduleView(params), [params]);
  const update = useCallback(
    (patch: Partial<ScheduleView>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (patch.fullDay !== undefined) {
          if (patch.fullDay) next.set('hours', 'full');
          else next.delete('hours');
        }
        if (patch.zoom !== undefined) {
          if (patch.zoom === 'fit') next.delete('zoom');
          else next.set('zoom', patch.zoom);
        }
        return next;
      }),
    [setParams],
  );
  return [view, update] as const;
}
