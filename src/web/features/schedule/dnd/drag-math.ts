import { fromWindowed, toWindowed, type HoursWindow } from '../hours-window';
import type { RowMode } from '../store';
import { SNAP_MINUTES, snapMinutes } from '../time-geometry';

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

/** How far a drag may go from where it started, in px: the dragged block stays on the days the grid shows. */
export interface DragBounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Rects (viewport px) a pick-up measures its bounds from. */
export interface DragRects {
  block: { left: number; right: number; top: number; bottom: number };
  track: { left: number; right: number };
  /** The rows' body (all rows, also those not mounted), and the block's own row. */
  body: { top: number; bottom: number };
  row: { top: number; bottom: number };
}

/**
 * Where a drag may take the block. A move keeps its start on the track, at least a quarter hour before the
 * last shown hour: past the end lay a day the view does not show (a drop there booked Saturday from a
 * Wednesday view, and the block vanished). A resize keeps the end on the track. In the days mode a move also
 * stays within the rows (days) shown; in the people mode rows are no target of a move.
 */
export function dragBounds(
  kind: DragData['kind'],
  r: DragRects,
  pxPerMin: number,
  rowsAreDays: boolean,
): DragBounds {
  const snap = SNAP_MINUTES * pxPerMin;
  const vertical = kind === 'block' && rowsAreDays;
  return {
    // Never past where the block already is: one drawn partly off the track is not pulled back by a pick-up.
    minX: kind === 'resize' ? -Infinity : Math.min(0, r.track.left - r.block.left),
    maxX: Math.max(
      0,
      kind === 'resize' ? r.track.right - r.block.right : r.track.right - r.block.left - snap,
    ),
    minY: vertical ? Math.min(0, r.body.top - r.row.top) : -Infinity,
    maxY: vertical ? Math.max(0, r.body.bottom - r.row.bottom) : Infinity,
  };
}

/** A drag delta held within its bounds. */
export function clampDelta(delta: { x: number; y: number }, b: DragBounds | null): { x: number; y: number } {
  if (!b) return delta;
  return {
    x: Math.min(Math.max(delta.x, b.minX), b.maxX),
    y: Math.min(Math.max(delta.y, b.minY), b.maxY),
  };
}
