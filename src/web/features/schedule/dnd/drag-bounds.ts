import type { Modifier } from '@dnd-kit/core';
import { clampDelta, dragBounds, type DragBounds, type DragData } from './drag-math';

/**
 * The bounds of the drag in progress (one at a time), measured at pick-up from the block, its track and the
 * rows: the drop, the live preview and the dragged block on screen all hold the delta within them. The grid
 * may scroll while dragging (near an edge), so the block's own offset is the delta plus that scroll.
 */
let current: { bounds: DragBounds; scroller: Element | null; left: number; top: number } | null = null;

const rectOf = (el: Element | null | undefined) => el?.getBoundingClientRect();

/** Measures the bounds of a block's move or resize at pick-up; a task's drag from the list has none. */
export function measureDragBounds(
  kind: DragData['kind'],
  activator: Event | null,
  pxPerMin: number,
  rowsAreDays: boolean,
): void {
  current = null;
  const target = activator?.target;
  if (kind === 'task' || !(target instanceof Element)) return;
  const blockEl = target.closest('[data-block-id]');
  const block = rectOf(blockEl);
  const track = rectOf(blockEl?.closest('.sch-track'));
  const row = rectOf(blockEl?.closest('.sch-row'));
  const body = rectOf(blockEl?.closest('.sch-body'));
  const canvas = rectOf(blockEl?.closest('.sch-canvas'));
  const scroller = blockEl?.closest('.sch-scroll') ?? null;
  if (!block || !track || !row || !body || !canvas) return;
  current = {
    bounds: dragBounds(
      kind,
      { block, track, row, body: { top: body.top, bottom: canvas.bottom } },
      pxPerMin,
      rowsAreDays,
    ),
    scroller,
    left: scroller?.scrollLeft ?? 0,
    top: scroller?.scrollTop ?? 0,
  };
}

export function clearDragBounds(): void {
  current = null;
}

/** dnd-kit's delta of a drop or a move (it includes the grid's scroll), held within the bounds. */
export function heldDelta(delta: { x: number; y: number }): { x: number; y: number } {
  return clampDelta(delta, current?.bounds ?? null);
}

/**
 * Keeps the dragged block on the shown days on screen too: dragged past the track's end it used to widen the
 * grid, which then scrolled on into blank space while the pointer stayed at the edge.
 */
export const keepOnShownDays: Modifier = ({ transform }) => {
  if (!current) return transform;
  const sx = (current.scroller?.scrollLeft ?? 0) - current.left;
  const sy = (current.scroller?.scrollTop ?? 0) - current.top;
  const held = clampDelta({ x: transform.x + sx, y: transform.y + sy }, current.bounds);
  return { ...transform, x: held.x - sx, y: held.y - sy };
};
