import type { BarDragData } from '../components/task-bar';

/** What a pick-up's target offers (an Element; a structural type keeps the function testable without a DOM). */
interface Closest {
  closest(selector: string): { getAttribute(name: string): string | null } | null;
}

/**
 * The drag a pick-up starts. A bar is one draggable (three per bar made every bar costly to mount while
 * scrolling); a pointer that went down on one of its edge handles resizes that edge, anywhere else (or a
 * keyboard pick-up) moves the bar.
 */
export function resolveBarDrag(data: BarDragData, activatorEvent: Event | null): BarDragData {
  if (data.kind !== 'move') return data;
  const target = activatorEvent?.target as Partial<Closest> | null | undefined;
  const handle =
    typeof target?.closest === 'function'
      ? target.closest('[data-handle]')?.getAttribute('data-handle')
      : null;
  return handle === 'start' || handle === 'end' ? { ...data, kind: 'resize', edge: handle } : data;
}
