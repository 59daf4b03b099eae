import { useDndMonitor } from '@dnd-kit/core';
import type { DragData } from '../dnd/drag-math';
import type { RowDef } from './schedule-row';

/** Tells the board when a task (not a block) is being dragged from the list. Renders nothing. */
export function TaskDragMonitor({ onChange }: { onChange: (dragging: boolean) => void }) {
  useDndMonitor({
    onDragStart: (e) => onChange((e.active.data.current as DragData | undefined)?.kind === 'task'),
    onDragEnd: () => onChange(false),
    onDragCancel: () => onChange(false),
  });
  return null;
}

/**
 * While a task is dragged: why some rows do not take it. A time block belongs to whoever books it (its
 * payloads carry no user), so only the signed-in user's row is a target; said before the drop, not after.
 */
export function BookingHint({ rows }: { rows: readonly RowDef[] }) {
  if (!rows.some((r) => !r.bookable)) return null;
  const text = rows.some((r) => r.bookable)
    ? 'Time blocks belong to the person who books them: drop the task on your own row (marked “you”).'
    : 'Time blocks belong to the person who books them: these are someone else’s days. Show your own days to book this task.';
  return (
    <p className="sch-hint" role="status" data-testid="booking-hint">
      {text}
    </p>
  );
}
