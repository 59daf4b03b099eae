import { DndContext, type Active, type Over } from '@dnd-kit/core';
import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { TimeBlockPatchItem } from '../../../../api/time-block';
import { PreviewProvider, useDragPreview } from '../dnd/drag-preview';
import type { DragData, DragGeometry } from '../dnd/drag-math';
import { useScheduleDnd, type DropHandlers } from '../dnd/use-schedule-dnd';
import { applyPatches, bookedMinutes, movePatches, resizePatch, type Block } from '../schedule-model';
import { ScheduleGrid } from './schedule-grid';
import type { RowDef } from './schedule-row';
import { TaskDragOverlay } from './task-drag-overlay';

const what = (data: unknown) => {
  const d = data as DragData | undefined;
  return d?.kind === 'task'
    ? `task ${d.name}`
    : d?.kind === 'resize'
      ? 'the end of a time block'
      : 'time block';
};

// dnd-kit's live region speaks these; the result of a drop is announced by the write (useAnnouncer).
const ACCESSIBILITY = {
  screenReaderInstructions: {
    draggable:
      'Press Space or Enter to pick up. Left and right arrows move by 15 minutes, up and down by a day. ' +
      'Press Enter to drop, Escape to cancel. Delete removes the selected blocks.',
  },
  announcements: {
    onDragStart: ({ active }: { active: Active }) => `Picked up ${what(active.data.current)}.`,
    onDragMove: () => undefined,
    onDragOver: ({ active, over }: { active: Active; over: Over | null }) =>
      over && String(over.id).startsWith('task:')
        ? `${what(active.data.current)} is over another task.`
        : undefined,
    onDragEnd: ({ active }: { active: Active }) => `Dropped ${what(active.data.current)}.`,
    onDragCancel: ({ active }: { active: Active }) =>
      `Cancelled; ${what(active.data.current)} is back in place.`,
  },
};

interface Props {
  rows: RowDef[];
  blocks: readonly Block[];
  blocksByUser: ReadonlyMap<number, Block[]>;
  booked: ReadonlyMap<string, number>;
  conflicts: ReadonlySet<number>;
  selected: readonly number[];
  geometry: DragGeometry;
  /** Width the tracks can use without scrolling (for the "fit" zoom). */
  onAvailableWidth: (px: number) => void;
  handlers: DropHandlers;
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
  side: ReactNode;
}

/** The drag-and-drop area: the grid of rows and the task list share one DndContext. */
export function ScheduleBoard(p: Props) {
  const dnd = useScheduleDnd(p.geometry, p.handlers);
  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={dnd.collisionDetection}
      onDragStart={dnd.onDragStart}
      onDragEnd={dnd.onDragEnd}
      onDragCancel={dnd.onDragCancel}
      // Scroll only when the pointer is close to an edge: a task dragged in from the side list crosses the
      // grid's right edge and should not drag the hours along with it.
      autoScroll={{ threshold: { x: 0.05, y: 0.1 } }}
      accessibility={ACCESSIBILITY}
    >
      <PreviewProvider geometry={p.geometry}>
        <div className="sch-board">
          <LiveGrid {...p} />
          {p.side}
        </div>
        <TaskDragOverlay />
      </PreviewProvider>
    </DndContext>
  );
}

/** The grid with capacity recounted from the live drag (only the dragged blocks are re-measured). */
function LiveGrid(p: Props) {
  const preview = useDragPreview();
  const zone = p.handlers.zone;
  const adjust = useMemo(() => {
    if (!preview || (preview.minutes === 0 && preview.rows === 0)) return null;
    const moving = p.blocks.filter((b) => preview.ids.includes(b.id));
    const patches: TimeBlockPatchItem[] =
      preview.kind === 'resize'
        ? moving.flatMap((b) => resizePatch(b, preview.minutes) ?? [])
        : movePatches(moving, preview.minutes + preview.rows * 1440, zone);
    return {
      before: bookedMinutes(moving, zone),
      after: bookedMinutes(
        applyPatches(moving, patches, () => undefined),
        zone,
      ),
    };
  }, [preview, p.blocks, zone]);
  const base = p.booked;
  const bookedFor = useMemo(
    () => (userId: number, day: string) => {
      const key = `${userId}|${day}`;
      const v = base.get(key) ?? 0;
      return adjust ? v - (adjust.before.get(key) ?? 0) + (adjust.after.get(key) ?? 0) : v;
    },
    [base, adjust],
  );
  return (
    <ScheduleGrid
      rows={p.rows}
      blocksByUser={p.blocksByUser}
      pxPerMin={p.geometry.pxPerMin}
      window={p.geometry.window}
      onAvailableWidth={p.onAvailableWidth}
      zone={zone}
      conflicts={p.conflicts}
      selected={p.selected}
      bookedFor={bookedFor}
      onSelect={p.onSelect}
      onKey={p.onKey}
    />
  );
}
