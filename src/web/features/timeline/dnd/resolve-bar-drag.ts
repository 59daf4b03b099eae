import type { BarDragData } from '../components/task-bar';

/**
 * How far in from a bar's outer edge a pick-up resizes that edge (the 4 px colour border and 6 px more), for a
 * mouse and a finger alike: wider would take a finger's press-and-hold move near the start for a resize.
 */
export const EDGE_PX = 10;

/** A pick-up's target, as far as this needs it (structural, so the function is testable without a DOM). */
interface Target {
  closest(selector: string): { getBoundingClientRect(): { left: number; right: number } } | null;
}

/** The edge a point at `x` is on, given the bar's box: the end wins on a bar narrower than both edges. */
export function edgeAt(
  x: number,
  box: { left: number; right: number },
  reach: number,
): 'start' | 'end' | null {
  if (x < box.left || x > box.right) return null;
  if (box.right - x <= reach) return 'end';
  if (x - box.left <= reach) return 'start';
  return null;
}

/** Where a pointer or touch pick-up happened (null for the keyboard). */
function pickUpX(e: Event): number | null {
  const touches = (e as Partial<TouchEvent>).touches ?? (e as Partial<TouchEvent>).changedTouches;
  if (touches?.length) return touches[0].clientX;
  const { clientX } = e as Partial<MouseEvent>;
  return typeof clientX === 'number' ? clientX : null;
}

/**
 * The drag a pick-up starts. A bar is one draggable with no handle elements (three draggables, then two
 * handle spans per bar, made every bar costly to mount while scrolling): a pointer that went down within
 * reach of an edge resizes that edge (the edges are drawn by CSS, `.tl-bar::before/::after`), anywhere else
 * (or a keyboard pick-up) moves the bar.
 */
export function resolveBarDrag(data: BarDragData, activatorEvent: Event | null): BarDragData {
  if (data.kind !== 'move' || !activatorEvent) return data;
  const target = activatorEvent.target as Partial<Target> | null;
  const bar = typeof target?.closest === 'function' ? target.closest('[data-bar-id]') : null;
  const x = pickUpX(activatorEvent);
  if (!bar || x === null) return data;
  const edge = edgeAt(x, bar.getBoundingClientRect(), EDGE_PX);
  return edge ? { ...data, kind: 'resize', edge } : data;
}
