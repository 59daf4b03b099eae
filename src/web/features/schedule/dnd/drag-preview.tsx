import { useDndMonitor, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { create } from 'zustand';
import type { Block } from '../schedule-model';
import { useScheduleUi } from '../store';
import { heldDelta } from './drag-bounds';
import { dragMinutes, type DragGeometry } from './drag-math';
import { resolveDrag } from './resolve-drag';

/** The drag as the rows need it: which blocks, by how many snapped minutes. */
export interface Preview {
  kind: 'block' | 'resize';
  ids: number[];
  /** The moving blocks as they were at pick-up (for live capacity), and whose rows they are in. */
  moving: Block[];
  userIds: number[];
  /** Snapped minutes along x. */
  minutes: number;
  /** Rows moved (days, in the days mode). */
  rows: number;
}

/**
 * The live drag, outside React's tree: rows subscribe with a selector that is null unless the drag touches
 * them, so a drag step re-renders the affected row(s) only, never the board.
 */
export const usePreviewStore = create<{ preview: Preview | null }>(() => ({ preview: null }));

const activeBlock = (e: DragMoveEvent) => (e.active.data.current as { blockId: number }).blockId;

/**
 * Follows dnd-kit's drag and stores only its snapped meaning: the store changes when the pointer crosses
 * a quarter hour (or a row), not per pointer event. Renders nothing.
 */
export function PreviewTracker({
  geometry,
  blocks,
}: {
  geometry: DragGeometry;
  blocks: () => readonly Block[];
}) {
  const set = (preview: Preview | null) => usePreviewStore.setState({ preview });
  const start = (e: DragStartEvent): Preview | null => {
    const data = resolveDrag(e.active, e.activatorEvent);
    if (!data || data.kind === 'task') return null;
    const selected = useScheduleUi.getState().selected;
    const ids = data.kind === 'block' && selected.includes(data.blockId) ? selected : [data.blockId];
    const moving = blocks().filter((b) => ids.includes(b.id));
    const userIds = [...new Set(moving.map((b) => b.toggl_user_id))];
    return { kind: data.kind, ids, moving, userIds, minutes: 0, rows: 0 };
  };
  useDndMonitor({
    onDragStart: (e) => set(start(e)),
    onDragMove: (e) => {
      const prev = usePreviewStore.getState().preview;
      if (!prev) return;
      const origin = geometry.originOf(activeBlock(e));
      const delta = heldDelta(e.delta);
      const minutes = dragMinutes({ x: delta.x, y: 0 }, prev.kind, geometry, origin);
      const rows =
        prev.kind === 'block' && geometry.rowMode === 'days' ? Math.round(delta.y / geometry.rowHeight) : 0;
      if (minutes !== prev.minutes || rows !== prev.rows) set({ ...prev, minutes, rows });
    },
    onDragEnd: () => set(null),
    onDragCancel: () => set(null),
  });
  return null;
}
