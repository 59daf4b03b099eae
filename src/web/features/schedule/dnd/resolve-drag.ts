import type { Active } from '@dnd-kit/core';
import { clientPoint } from '@/web/lib/drag-sensors';
import { onResizeEdge, type DragData } from './drag-math';

/**
 * The drag a pick-up starts. A block is a single draggable (one element per block keeps the DOM small at
 * 50k blocks); a pointer that went down on its end (the drawn handle) resizes it, anywhere else moves it.
 * Read at drag start: the block has not moved yet, so its rect is where the pointer went down.
 */
export function resolveDrag(active: Active | null, activatorEvent: Event | null): DragData | null {
  const data = active?.data.current as DragData | undefined;
  if (!data) return null;
  if (data.kind !== 'block') return data;
  const point = clientPoint(activatorEvent);
  const target = activatorEvent?.target;
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-block-id]') : null;
  if (!point || !el) return data;
  const resize = onResizeEdge(point.x, el.getBoundingClientRect().right, el.clientWidth);
  return resize ? { kind: 'resize', blockId: data.blockId } : data;
}
