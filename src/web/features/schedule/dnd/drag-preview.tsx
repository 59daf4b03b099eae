import { useDndMonitor, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useScheduleUi } from '../store';
import { dragMinutes, type DragData, type DragGeometry } from './drag-math';

/** The drag as the rows need it: which blocks, by how many snapped minutes. */
export interface Preview {
  kind: 'block' | 'resize';
  ids: number[];
  /** Snapped minutes along x. */
  minutes: number;
  /** Rows moved (days, in the days mode). */
  rows: number;
}

const activeBlock = (e: DragMoveEvent) => (e.active.data.current as { blockId: number }).blockId;

const PreviewContext = createContext<Preview | null>(null);

/** The live drag, for rows to draw moved blocks and recount capacity. */
export function useDragPreview(): Preview | null {
  return useContext(PreviewContext);
}

/**
 * Follows dnd-kit's drag and keeps only its snapped meaning in local state: React skips the update while
 * the pointer stays inside one quarter hour, so rows re-render per step, not per pointer event, and no
 * store is written during the drag.
 */
export function PreviewProvider({ geometry, children }: { geometry: DragGeometry; children: ReactNode }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const groupOf = (e: DragStartEvent | DragMoveEvent): Preview | null => {
    const data = e.active.data.current as DragData | undefined;
    if (!data || data.kind === 'task') return null;
    const selected = useScheduleUi.getState().selected;
    const ids = data.kind === 'block' && selected.includes(data.blockId) ? selected : [data.blockId];
    return { kind: data.kind, ids, minutes: 0, rows: 0 };
  };
  useDndMonitor({
    onDragStart: (e) => setPreview(groupOf(e)),
    onDragMove: (e) =>
      setPreview((prev) => {
        if (!prev) return prev;
        const origin = geometry.originOf(activeBlock(e));
        const minutes = dragMinutes({ x: e.delta.x, y: 0 }, prev.kind, geometry, origin);
        const rows =
          prev.kind === 'block' && geometry.rowMode === 'days'
            ? Math.round(e.delta.y / geometry.rowHeight)
            : 0;
        return minutes === prev.minutes && rows === prev.rows ? prev : { ...prev, minutes, rows };
      }),
    onDragEnd: () => setPreview(null),
    onDragCancel: () => setPreview(null),
  });
  return <PreviewContext.Provider value={preview}>{children}</PreviewContext.Provider>;
}
