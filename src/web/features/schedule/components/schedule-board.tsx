import { DndContext, type Active, type Over } from '@dnd-kit/core';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BlockIndex } from '../block-index';
import { PreviewTracker } from '../dnd/drag-preview';
import type { DragData, DragGeometry } from '../dnd/drag-math';
import { useScheduleDnd, type DropHandlers } from '../dnd/use-schedule-dnd';
import type { Block } from '../schedule-model';
import { BookingHint, TaskDragMonitor } from './booking-hint';
import { ScheduleGrid } from './schedule-grid';
import type { RowDef } from './schedule-row';
import { TaskDragOverlay } from './task-drag-overlay';

const what = (d: DragData | null) =>
  d?.kind === 'task' ? `task ${d.name}` : d?.kind === 'resize' ? 'the end of a time block' : 'time block';

/**
 * dnd-kit's live region speaks these; the result of a drop is announced by the write (useAnnouncer).
 * `drag` is the drag as decided at pick-up: dnd-kit's `active` cannot tell a block's move from its resize.
 */
const accessibility = (
  drag: { readonly current: DragData | null },
  landing: (active: Active, over: Over | null) => string | undefined,
) => ({
  screenReaderInstructions: {
    draggable:
      'Press Space or Enter to pick up. Left and right arrows move by 15 minutes, up and down by a day. ' +
      'Press Enter to drop, Escape to cancel. Delete removes the selected blocks.',
  },
  announcements: {
    onDragStart: () => `Picked up ${what(drag.current)}.`,
    // From the keyboard, each step says where it would land (a pointer sees it).
    onDragMove: ({ active, over }: { active: Active; over: Over | null }) => landing(active, over),
    // A block over a task of the side list goes to that task (a task over a task is nothing).
    onDragOver: ({ active, over }: { active: Active; over: Over | null }) =>
      drag.current?.kind === 'block' && over && String(over.id).startsWith('task:')
        ? `${what(drag.current)} is over another task: dropped here, it goes to that task.`
        : landing(active, over),
    onDragEnd: () => `Dropped ${what(drag.current)}.`,
    onDragCancel: () => `Cancelled; ${what(drag.current)} is back in place.`,
  },
});

interface Props {
  rows: RowDef[];
  /** Blocks by user and day (rows read their own; conflicts and capacity are counted per rendered row). */
  index: BlockIndex;
  selected: readonly number[];
  geometry: DragGeometry;
  /** Width the tracks can use without scrolling (for the "fit" zoom). */
  onAvailableWidth: (px: number) => void;
  handlers: DropHandlers;
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
  /** A closer zoom, for opening a cluster of blocks; null when none exists. */
  onZoomIn: (() => void) | null;
  side: ReactNode;
}

/** The drag-and-drop area: the grid of rows and the task list share one DndContext. */
export function ScheduleBoard(props: Props) {
  const dnd = useScheduleDnd(props.geometry, props.handlers);
  const { activeDrag, landing } = dnd;
  const a11y = useMemo(() => accessibility(activeDrag, landing), [activeDrag, landing]);
  const [taskDrag, setTaskDrag] = useState(false);
  return (
    <DndContext
      {...dnd.context}
      // Scroll only when the pointer is close to an edge: a task dragged in from the side list crosses the
      // grid's right edge and should not drag the hours along with it.
      autoScroll={{ threshold: { x: 0.05, y: 0.1 } }}
      accessibility={a11y}
    >
      <PreviewTracker geometry={props.geometry} blocks={props.handlers.blocks} />
      <TaskDragMonitor onChange={setTaskDrag} />
      <div className="sch-board" data-task-drag={taskDrag || undefined}>
        {/* Every block is a Tab stop (it is picked up from the keyboard): a week of them stood between the
            toolbar and the tasks to book. Shown only while focused. */}
        <button
          type="button"
          className="skip-link"
          onClick={() => document.querySelector<HTMLInputElement>('.sch-tasks input[type="search"]')?.focus()}
        >
          Skip to the tasks to schedule
        </button>
        {taskDrag && <BookingHint rows={props.rows} />}
        <ScheduleGrid
          rows={props.rows}
          index={props.index}
          pxPerMin={props.geometry.pxPerMin}
          window={props.geometry.window}
          onAvailableWidth={props.onAvailableWidth}
          zone={props.handlers.zone}
          selected={props.selected}
          onSelect={props.onSelect}
          onKey={props.onKey}
          onZoomIn={props.onZoomIn}
        />
        {props.side}
      </div>
      <TaskDragOverlay />
    </DndContext>
  );
}
