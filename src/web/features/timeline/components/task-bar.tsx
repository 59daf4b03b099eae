import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback, useContext, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { TaskGroupEntry } from '@/api/task-group';
import {
  blocksOutside,
  bookedText,
  estimateLabel,
  hasEstimate,
  marksOnBar,
  remainingText,
  type TaskBooking,
} from '../bookings';
import { cssColor } from '@/web/lib/css-color';
import { daysBetween, type Day } from '@/web/lib/time/calendar-day';
import { dateToX, drawnDays } from '../geometry';
import { DateFormatContext } from '@/web/lib/time/use-date-format';
import { BAR_INSET, LANE_H, ROW_PAD } from '../layout';
import { useBarActions } from '../dnd/bar-actions';
import { useTimelineUi } from '../store';
import { TaskEditContext } from '../task-edit-context';
import { barPlaced } from './bar-label-follow';
import { focusNeighbour, isArrow } from '../keyboard/bar-neighbours';
import { RenameInput } from './rename-input';

/** What a bar's draggable carries; a pick-up at an edge turns the move into a resize (resolveBarDrag). */
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
  /** UI state of this bar, passed down by its row (one store subscription per row, none per bar). */
  selected: boolean;
  dragging: boolean;
  /** The edge this bar is being resized by, when it is. */
  edge: 'start' | 'end' | null;
  /** Its name is being edited in place. */
  renaming: boolean;
  /** It was just moved into this row by the keyboard: it takes the focus. */
  refocus: boolean;
}

// Marks are placed in the padding box, which starts after the bar's 4px left border (timeline.css).
const BAR_BORDER = 4;

const ui = () => useTimelineUi.getState();

/**
 * A task bar: draggable (pointer or keyboard), resizable by its two edges, click to open,
 * shift/ctrl-click to select. One draggable per bar and no handle elements (a pick-up at an edge resizes,
 * see resolveBarDrag) and no store subscription of its own: a bar is cheap to mount, which scrolling does for
 * dozens of bars a frame. Memoized: a row re-rendering leaves its unchanged bars alone.
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
  selected,
  dragging,
  edge,
  renaming,
  refocus,
}: Props) {
  const id = task.id;
  const temp = id < 0;
  const actions = useBarActions();
  const edit = useContext(TaskEditContext);
  const { shortDate } = useContext(DateFormatContext);
  // A private task the user cannot see, or one not yet saved, has nothing to edit.
  const editable = !temp && !task.masked && edit !== null;
  const drag = useDraggable({
    id: `bar:${groupId}:${id}`,
    data: { kind: 'move', taskId: id, groupId } satisfies BarDragData,
    disabled: temp,
  });
  const node = useRef<HTMLDivElement | null>(null);
  const { setNodeRef } = drag;
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      node.current = el;
      setNodeRef(el);
    },
    [setNodeRef],
  );
  useEffect(() => {
    if (!refocus) return;
    node.current?.focus();
    ui().refocusDone();
  }, [refocus]);

  // Only a resize changes the bar's own box while dragging (snapped to days); a move draws the overlay.
  const snap = (dx: number | undefined) => Math.round((dx ?? 0) / px) * px;
  const dStart = edge === 'start' ? snap(drag.transform?.x) : 0;
  const dEnd = edge === 'end' ? snap(drag.transform?.x) : 0;
  // Dates far away (year 1 or 9999) are drawn clipped to the canvas, never as a bar millions of pixels long.
  const drawn = drawnDays(task.start_date, task.end_date, { start: origin, end: canvasEnd });
  const days = daysBetween(drawn.start, drawn.end) + 1;
  const shiftX = Math.min(dStart, (days - 1) * px);
  const left = dateToX(drawn.start, origin, px) + shiftX;
  const width = Math.max(px, days * px - shiftX + Math.max(dEnd, -(days - 1) * px));
  const color = cssColor(task.project?.color, cssColor(task.color, '#8a7f94'));
  const name = task.masked ? 'Private task' : task.name || 'Untitled';
  const remaining = booking && remainingText(task.estimated_mins, booking.bookedSecs);
  const estimate = remaining || estimateLabel(task.estimated_mins);
  const booked =
    booking && (booking.bookedSecs > 0 || hasEstimate(task.estimated_mins))
      ? `, ${bookedText(task.estimated_mins, booking.bookedSecs)}`
      : '';
  // Blocks booked on days outside the task's dates (a move left them there): marked on the bar.
  const outside = booking ? blocksOutside(booking.days, task.start_date, task.end_date) : 0;
  const outsideText = outside ? `, ${outside} time block${outside === 1 ? '' : 's'} outside its dates` : '';
  const label = `${name}, ${shortDate(task.start_date)} – ${shortDate(task.end_date)}${task.project ? `, ${task.project.name}` : ''}${done ? ', done' : ''}${booked}${remaining ? `, ${remaining}` : ''}${outsideText}`;
  // One tick per booked day inside the bar (never one per block); they follow a resize of the start edge.
  const tick = Math.max(1, Math.min(px - 2, 10));
  // Where the label starts follows the grid's sideways scroll without a render (bar-label-follow.ts).
  useLayoutEffect(() => {
    if (node.current) barPlaced(node.current, left, width);
  }, [left, width]);

  return (
    <div
      ref={ref}
      {...drag.attributes}
      {...drag.listeners}
      // Not a Tab stop of its own (a hundred bars were a hundred Tabs to get past the grid): Tab enters the grid
      // on the first bar in view (focus-entry.ts) and leaves it from there; the arrow keys go from bar to bar.
      tabIndex={-1}
      aria-label={label}
      aria-pressed={selected}
      data-bar-id={id}
      data-outside={outside || undefined}
      data-dragging={dragging || drag.isDragging ? 'true' : undefined}
      className={`tl-bar${temp ? ' is-temp' : ''}${done ? ' is-done' : ''}${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
      style={{
        left,
        width,
        top: ROW_PAD + lane * LANE_H + BAR_INSET,
        height: LANE_H - 2 * BAR_INSET,
        ['--bar-color' as string]: color,
        ['--bar-x' as string]: `${left}px`,
      }}
      title={label}
      onClick={(e) => ui().barClicked(id, e.shiftKey || e.ctrlKey || e.metaKey)}
      onDoubleClick={() => editable && ui().renameStarted(id)}
      onContextMenu={(e) => {
        if (!editable) return;
        e.preventDefault();
        ui().menuOpened({ taskId: id, x: e.clientX, y: e.clientY });
      }}
      // The focused bar stays mounted when its lane or days scroll out of view (focus is never lost).
      onFocus={() => ui().barFocused(id)}
      onBlur={() => ui().focusedId === id && ui().barFocused(null)}
      onKeyDown={(e) => {
        if (editable && !drag.isDragging && editKey(e, id)) return;
        if (
          !drag.isDragging &&
          !temp &&
          (e.key === 'Enter' || (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')))
        ) {
          e.preventDefault();
          if (e.key === 'Enter') ui().barClicked(id, false, true);
          else actions.resizeEnd(id, groupId, e.key === 'ArrowRight' ? 1 : -1);
          return;
        }
        // Plain arrows go from bar to bar (Space picks one up, then the arrows move it).
        if (!drag.isDragging && isArrow(e.key) && !(e.shiftKey || e.altKey || e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          focusNeighbour(e.currentTarget, e.key);
          return;
        }
        drag.listeners?.onKeyDown?.(e);
      }}
    >
      {outside > 0 && (
        <span className="tl-bar-warn" aria-hidden="true">
          !
        </span>
      )}
      {renaming && edit ? (
        <RenameInput
          name={name}
          onCommit={(next) => edit.rename(id, next)}
          onDone={(refocus) => {
            ui().renameEnded();
            if (refocus)
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>(`[data-bar-id="${id}"]`)?.focus(),
              );
          }}
        />
      ) : (
        // The name first; the estimate only when it fits after the whole name (else it wraps out of sight),
        // both from where the bar comes into view (timeline.css, --scroll-x).
        <span className="tl-bar-label">
          <span className="tl-bar-name">{name}</span>
          {estimate && (
            <span className="tl-bar-meta" data-remaining={remaining ? '' : undefined}>
              {estimate}
            </span>
          )}
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
    </div>
  );
});

/**
 * The editing keys of a focused bar: F2 renames in place, Shift+F10 or the menu key opens its menu, Delete
 * asks to delete the selection it belongs to (or the bar alone). True when the key was one of them.
 */
function editKey(e: KeyboardEvent<HTMLElement>, id: number): boolean {
  const ui = useTimelineUi.getState();
  if (e.key === 'F2') ui.renameStarted(id);
  else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
    const rect = e.currentTarget.getBoundingClientRect();
    ui.menuOpened({ taskId: id, x: rect.left, y: rect.bottom });
  } else if (e.key === 'Delete') ui.deleteRequested(ui.selected.includes(id) ? ui.selected : [id]);
  else return false;
  e.preventDefault();
  return true;
}
