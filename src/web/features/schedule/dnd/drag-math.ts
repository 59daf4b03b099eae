import { fromWindowed, toWindowed, type HoursWindow } from '../hours-window';
import type { RowMode } from '../store';
import { snapMinutes } from '../time-geometry';

/** What a draggable carries in `data.current`. */
export type DragData =
  | { kind: 'block'; blockId: number }
  | { kind: 'resize'; blockId: number }
  | { kind: 'task'; taskId: number; name: string };

export interface DragGeometry {
  pxPerMin: number;
  rowHeight: number;
  rowMode: RowMode;
  /** The hours each day shows; the hidden night is not on the axis. */
  window: HoursWindow;
  /** Wall-clock minute of the day a block starts at (where a move is measured from). */
  originOf: (blockId: number) => number;
}

/**
 * Wall-clock minutes a drag delta stands for, snapped to quarter hours. A move is measured from the block's
 * start along the windowed axis, so crossing a day edge skips the hidden night; in the "days" mode a row
 * is a day, so y adds whole days. In the "users" mode y is ignored (a block cannot change its owner).
 * A resize changes a duration, which x measures directly.
 */
export function dragMinutes(
  delta: { x: number; y: number },
  kind: DragData['kind'],
  g: Pick<DragGeometry, 'pxPerMin' | 'rowHeight' | 'rowMode' | 'window'>,
  origin = g.window.startMin,
): number {
  const px = delta.x / g.pxPerMin;
  if (kind !== 'block') return snapMinutes(px);
  const from = toWindowed(origin, g.window);
  const minutes = snapMinutes(fromWindowed(from + px, g.window) - origin);
  if (g.rowMode !== 'days') return minutes;
  return minutes + Math.round(delta.y / g.rowHeight) * 1440 || 0;
}

/** Axis minutes (from the track's first day, 00:00) at a viewport x (for a task dropped on a row). */
export function minutesAtX(clientX: number, trackLeft: number, pxPerMin: number, window: HoursWindow): number {
  return snapMinutes(fromWindowed((clientX - trackLeft) / pxPerMin, window));
}
