import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { TaskGroupEntry } from '@/api/task-group';
import { bookedText, marksOnBar, remainingText, type TaskBooking } from '../bookings';
import { daysBetween, type Day } from '@/web/lib/time/calendar-day';
import { dateToX, drawnDays, shortDay } from '../geometry';
import { BAR_INSET, LANE_H, ROW_PAD } from '../layout';
import { useBarActions } from '../dnd/bar-actions';
import { useTimelineUi } from '../store';

export interface BarDragData {
  kind: 'move' | 'resize';
  edge?: 'start' | 'end';
  taskId: number;
  groupId: number;
}

interface Props {
  task: TaskGroupEntry;
  groupId: number;
  lane: number;
  /** The canvas the bar is drawn on (its dates are clipped to it, see drawnDays). */
  origin: Day;
  canvasEnd: Day;
  px: number;
  done: boolean;
  /** Booked time of the task; null while the blocks load (the bar then shows the plain estimate). */
  booking: TaskBooking | null;
}

// Marks are placed in the padding box, which starts after the bar's 4px left border (timeline.css).
const BAR_BORDER = 4;

function formatEstimate(mins: number | null | undefined): string {
  if (!mins) return '';
  const hours = Math.floor(mins / 60);
  const minutes = mins % 60;
  return hours ? `${hours}h${minutes ? ` ${minutes}m` : ''}` : `${minutes}m`;
}

/**
 * A task bar: draggable (pointer or keyboard), two resize handles, click to open, shift/ctrl-click to select.
 * Memoized: a row re-rendering (its lanes, a sibling's drop) leaves its unchanged bars alone.
 */
export const TaskBar = memo(function TaskBar({
  task,
  groupId,
  lane,
  origin,
  canvasEnd,
  px,
  done,
  booking,
}: Props) {
  const id = task.id;
  const selected = useTimelineUi((s) => s.selected.includes(id));
  const dragging = useTimelineUi(
    (s) =>
      s.draggingId !== null &&
      (s.draggingId === id || (s.selected.includes(s.draggingId) && s.selected.includes(id))),
  );
  const barClicked = useTimelineUi((s) => s.barClicked);
  const barFocused = useTimelineUi((s) => s.barFocused);
  const temp = id < 0;
  const actions = useBarActions();
  const move = useDraggable({
    id: `bar:${groupId}:${id}`,
    data: { kind: 'move', taskId: id, groupId } satisfies BarDragData,
    disabled: temp,
  });
  const start = useDraggable({
    id: `start:${groupId}:${id}`,
    data: { kind: 'resize', edge: 'start', taskId: id, groupId } satisfies BarDragData,
    disabled: temp,
  });
  const end = useDraggable({
    id: `end:${groupId}:${id}`,
    data: { kind: 'resize', edge: 'end', taskId: id, groupId } satisfies BarDragData,
    disabled: temp,
  });

  // Only a resize changes the bar's own box while dragging (snapped to days); a move draws the overlay.
  const snap = (dx: number | undefined) => Math.round((dx ?? 0) / px) * px;
  const dStart = snap(start.transform?.x);
  const dEnd = snap(end.transform?.x);
  const drawn = drawnDays(task.start_date, task.end_date, { start: origin, end: canvasEnd });
  const days = daysBetween(drawn.start, drawn.end) + 1;
  const left = dateToX(drawn.start, origin, px) + Math.min(dStart, (days - 1) * px);
  const width = Math.max(
    px,
    days * px - Math.min(dStart, (days - 1) * px) + Math.max(dEnd, -(days - 1) * px),
  );
  const color = task.project?.color ?? task.color ?? '#8a7f94';
  const name = task.masked ? 'Private task' : (task.name ?? 'Untitled');
  const remaining = booking && remainingText(task.estimated_mins, booking.bookedSecs);
  const estimate = remaining || formatEstimate(task.estimated_mins);
  const booked =
    booking && (booking.bookedSecs > 0 || task.estimated_mins)
      ? `, ${bookedText(task.estimated_mins, booking.bookedSecs)}`
      : '';
  const label = `${name}, ${shortDay(task.start_date)} – ${shortDay(task.end_date)}${task.project ? `, ${task.project.name}` : ''}${done ? ', done' : ''}${booked}${remaining ? `, ${remaining}` : ''}`;
  // One tick per booked day inside the bar (never one per block); they follow a resize of the start edge.
  const shiftX = Math.min(dStart, (days - 1) * px);
  const tick = Math.max(1, Math.min(px - 2, 10));
  const handle = (h: typeof start, side: 'start' | 'end') => (
    <span
      ref={h.setNodeRef}
      {...h.listeners}
      className={`tl-handle tl-handle-${side}`}
      aria-hidden="true"
      data-handle={side}
    />
  );

  return (
    <div
      ref={move.setNodeRef}
      {...move.attributes}
      {...move.listeners}
      aria-label={label}
      aria-pressed={selected}
      data-bar-id={id}
      data-dragging={dragging || start.isDragging || end.isDragging ? 'true' : undefined}
      className={`tl-bar${done ? ' is-done' : ''}${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
      style={{
        left,
        width,
        top: ROW_PAD + lane * LANE_H + BAR_INSET,
        height: LANE_H - 2 * BAR_INSET,
        ['--bar-color' as string]: color,
      }}
      title={label}
      onClick={(e) => barClicked(id, e.shiftKey || e.ctrlKey || e.metaKey)}
      // The focused bar stays mounted when its lane or days scroll out of view (focus is never lost).
      onFocus={() => barFocused(id)}
      onBlur={() => useTimelineUi.getState().focusedId === id && barFocused(null)}
      onKeyDown={(e) => {
        if (
          !move.isDragging &&
          !temp &&
          (e.key === 'Enter' || (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')))
        ) {
          e.preventDefault();
          if (e.key === 'Enter') barClicked(id, false, true);
          else actions.resizeEnd(id, groupId, e.key === 'ArrowRight' ? 1 : -1);
          return;
        }
        move.listeners?.onKeyDown?.(e);
      }}
    >
      {!temp && handle(start, 'start')}
      <span className="tl-bar-name">{name}</span>
      {estimate && width > 90 && (
        <span className="tl-bar-meta" data-remaining={remaining ? '' : undefined}>
          {estimate}
        </span>
      )}
      {booking &&
        marksOnBar(booking.days, drawn.start, drawn.end).map((m) => (
          <span
            key={m.day}
            className={`tl-mark${m.done ? ' is-done' : ''}`}
            data-mark-day={m.day}
            aria-hidden="true"
            style={{ left: m.offset * px - shiftX + (px - tick) / 2 - BAR_BORDER, width: tick }}
          />
        ))}
      {!temp && handle(end, 'end')}
    </div>
  );
});
