import { fromWindowed, toWindowed, type HoursWindow } from '../hours-window';
import type { RowMode } from '../store';
import { snapMinutes } from '../time-geometry';

/**
 * What a drag is about. A block is one draggable carrying `kind: 'block'`; whether its drag moves it or
 * resizes its end is decided at drag start from where the pointer went down (`resolveDrag`).
 */
export type DragData =
  | { kind: 'block'; blockId: number }
  | { kind: 'resize'; blockId: number }
  | { kind: 'task'; taskId: number; name: string };

/** Width of a block's resize end (its `::after` in schedule.css): 7 px, at most 40% so a short block still moves. */
export const resizeEdgePx = (innerWidth: number) => Math.min(7, 0.4 * innerWidth);

/**
 * Whether a pointer-down at `clientX` lands on the resize end of a block whose right edge is at `right` and
 * whose padding box (where the end is drawn) is `innerWidth` wide. No pointer (keyboard) means a move.
 */
export function onResizeEdge(clientX: number | null, right: number, innerWidth: number): boolean {
  return clientX !== null && clientX >= right - resizeEdgePx(innerWidth) && clientX <= right;
}

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
export function minutesAtX(
  clientX: number,
  trackLeft: number,
  pxPerMin: number,
  window: HoursWindow,
): number {
  return snapMinutes(fromWindowed((clientX - trackLeft) / pxPerMin, window));
}
