import { useMemo, useState } from 'react';
import type { RowDef } from './components/schedule-row';
import type { DragGeometry } from './dnd/drag-math';
import { closerZoom, FULL_DAY, hourWidth, visibleHours, windowLength } from './hours-window';
import type { Block } from './schedule-model';
import type { RowMode } from './store';
import type { ScheduleView } from './view-state';
import { minuteOfDay } from '@/web/lib/time/zoned';

/**
 * The hour axis of the visible rows: which hours each day shows (working hours widened to every block in
 * view, or the full day), how wide an hour is, and the drag geometry built on them.
 */
export function useAxis(
  rows: readonly RowDef[],
  blocks: readonly Block[],
  opts: { view: ScheduleView; rowMode: RowMode; focusUser: number | null; zone: string; rowHeight: number },
) {
  const { view, rowMode, focusUser, zone } = opts;
  // The grid reports the width its tracks can use, for the "fit" zoom.
  const [available, setAvailable] = useState(0);
  const first = rows[0];
  // Day rows are consecutive days of one person; user rows all span the same days.
  const rangeDays = rowMode === 'days' ? rows.length : (first?.dayCount ?? 1);
  const window = useMemo(() => {
    if (view.fullDay || !first) return FULL_DAY;
    const mine = rowMode === 'days' ? blocks.filter((b) => b.toggl_user_id === focusUser) : blocks;
    return visibleHours(mine, first.firstDay, rangeDays, zone);
  }, [view.fullDay, first, rowMode, blocks, focusUser, rangeDays, zone]);
  const dayCount = first?.dayCount ?? 1;
  const hours = windowLength(window) / 60;
  const pxPerMin = hourWidth(view.zoom, dayCount, hours, available) / 60;
  const geometry: DragGeometry = {
    pxPerMin,
    rowHeight: opts.rowHeight,
    rowMode,
    window,
    originOf: (id) => {
      const b = blocks.find((x) => x.id === id);
      return b ? minuteOfDay(Date.parse(b.start), zone) : window.startMin;
    },
  };
  return {
    geometry,
    setAvailable,
    /** Where an opened cluster zooms to. */
    closerZoom: closerZoom(view.zoom, dayCount, hours, available),
  };
}
