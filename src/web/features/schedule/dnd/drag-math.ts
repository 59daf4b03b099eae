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
}

/**
 * Wall-clock minutes a drag delta stands for: x in snapped quarter hours; in the "days" mode a row is a day,
 * so y adds whole days. In the "users" mode y is ignored (a block cannot change its owner).
 */
export function dragMinutes(
  delta: { x: number; y: number },
  kind: DragData['kind'],
  g: DragGeometry,
): number {
  const minutes = snapMinutes(delta.x / g.pxPerMin);
  if (kind !== 'block' || g.rowMode !== 'days') return minutes;
  return minutes + Math.round(delta.y / g.rowHeight) * 1440 || 0;
}

/** Minutes from the left edge of a row's track at a viewport x (for a task dropped on a row). */
export function minutesAtX(clientX: number, trackLeft: number, pxPerMin: number): number {
  return snapMinutes((clientX - trackLeft) / pxPerMin);
}
