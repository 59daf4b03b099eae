import { useDroppable } from '@dnd-kit/core';
import {
  memo,
  useMemo,
  useState,
  type CSSProperties,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TimelineRow } from '../api/use-timeline-rows';
import type { TaskBooking } from '../bookings';
import { daysBetween, weekdayOf, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { dateToX, xToDate } from '../geometry';
import { cullBars } from '../lanes';
import { laneAt, LANE_H, ROW_PAD } from '../layout';
import { useTimelineUi } from '../store';
import { TaskBar } from './task-bar';
import { WorkloadStrip } from './workload-strip';
import { cssColor } from '@/web/lib/css-color';

interface Props {
  row: TimelineRow;
  top: number;
  height: number;
  collapsed: boolean;
  canvas: DayRange;
  px: number;
  visible: DayRange;
  /** Lanes in view, first and last (numbers, not an object, so the memo holds): a tall row partly off screen mounts only these bars. */
  laneFrom: number;
  laneTo: number;
  doneStatusIds: ReadonlySet<number>;
  bookings: ReadonlyMap<number, TaskBooking> | null;
  /** A bar was drawn: the page asks for its details. */
  onCreate: (row: TimelineRow, draft: { start: Day; end: Day; lane: number }) => void;
}

interface Draft {
  from: number;
  to: number;
  lane: number;
}

/** Weekend columns and day lines as one CSS background (no DOM per day), for the grid's backdrop. */
export function trackBackground(canvas: DayRange, px: number) {
  if (px < 6) return undefined;
  const satOffset = (6 - weekdayOf(canvas.start) + 7) % 7;
  const lines =
    px >= 20
      ? `repeating-linear-gradient(90deg, transparent 0 ${px - 1}px, var(--grid-line) ${px - 1}px ${px}px), `
      : '';
  return {
    backgroundImage: `${lines}repeating-linear-gradient(90deg, var(--weekend) 0 ${2 * px}px, transparent ${2 * px}px ${7 * px}px)`,
    backgroundPosition: `0 0, ${satOffset * px}px 0`,
  };
}

/** One group: sticky name cell (fold / unfold), a droppable track, its visible bars, draw-to-create. */
export const GroupRow = memo(function GroupRow({
  row,
  top,
  height,
  collapsed,
  canvas,
  px,
  visible,
  laneFrom,
  laneTo,
  doneStatusIds,
  bookings,
  onCreate,
}: Props) {
  const toggle = useTimelineUi((s) => s.groupToggled);
  const clear = useTimelineUi((s) => s.selectionCleared);
  // The UI state of this row's bars, read once for the row (the bars subscribe to nothing): a change
  // elsewhere re-renders neither this row nor its bars.
  const selectedHere = useTimelineUi(useShallow((s) => s.selected.filter((id) => row.lanes.has(id))));
  const ui = useTimelineUi(
    useShallow((s) => {
      const here = (id: number | null) => (id !== null && row.lanes.has(id) ? id : null);
      const dragging = here(s.draggingId);
      return {
        dragging,
        edge: dragging === null ? null : s.dragEdge,
        // A selection being dragged: its bars in this row are dragged too.
        selectionDragged: s.draggingId !== null && s.selected.includes(s.draggingId),
        open: here(s.openTaskId),
        focused: here(s.focusedId),
        renaming: here(s.renamingId),
        refocus: s.refocus?.groupId === row.id ? s.refocus.taskId : null,
      };
    }),
  );
  // Bars that stay mounted whatever the culling: dragged, selected, open, focused.
  const keep = useMemo(
    () =>
      new Set(
        [ui.dragging, ui.open, ui.focused, ui.renaming, ui.refocus, ...selectedHere].filter(
          (id): id is number => id !== null,
        ),
      ),
    [ui.dragging, ui.open, ui.focused, ui.renaming, ui.refocus, selectedHere],
  );
  const [draft, setDraft] = useState<Draft | null>(null);
  const width = (DAYS(canvas) + 1) * px;

  // Drawing on empty track space: local state of this row only (no store writes while the pointer moves).
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    // A finger on empty track space scrolls (drawing a task needs a mouse or pen).
    if (e.button !== 0 || e.target !== e.currentTarget || collapsed || e.pointerType === 'touch') return;
    const rect = e.currentTarget.getBoundingClientRect();
    const x0 = e.clientX - rect.left;
    const lane = laneAt(e.clientY - rect.top);
    let last: Draft | null = null;
    const onMove = (ev: PointerEvent) => {
      const x = ev.clientX - rect.left;
      if (!last && Math.abs(x - x0) < 5) return;
      last = { from: Math.min(x0, x), to: Math.max(x0, x), lane };
      setDraft(last);
    };
    const onUp = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      setDraft(null);
      if (!last) return clear();
      onCreate(row, {
        start: xToDate(last.from, canvas.start, px),
        end: xToDate(last.to, canvas.start, px),
        lane,
      });
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
  };

  const draftStart = draft ? xToDate(draft.from, canvas.start, px) : null;
  const draftEnd = draft ? xToDate(draft.to, canvas.start, px) : null;
  const bars = useMemo(
    () =>
      collapsed ? [] : cullBars(row.tasks, visible, keep, { of: row.lanes, from: laneFrom, to: laneTo }),
    [collapsed, row, visible, keep, laneFrom, laneTo],
  );
  const selected = new Set(selectedHere);

  return (
    <div
      className="tl-row"
      role="group"
      aria-label={row.name}
      // Placed with `top`, not a transform: sticky offsets follow layout positions, and a transformed row's
      // sticky name and count would sit at the bottom of the row once the body scrolls past its height.
      style={{ top, height }}
      data-row={row.key}
    >
      <div
        className="tl-row-head"
        // The names column's width comes from the scroller (`--tl-name-w`: narrower on a phone).
        style={{ ['--group-color' as string]: cssColor(row.color, 'transparent') }}
      >
        <button type="button" className="tl-fold" aria-expanded={!collapsed} onClick={() => toggle(row.key)}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>{' '}
          {/* A narrow column cuts the name with an ellipsis: the title shows all of it (the button's name has it). */}
          <span className="tl-row-name" title={row.name}>
            {row.name}
          </span>
        </button>
        <span className="tl-row-count" aria-label={`${row.tasks.length} tasks`}>
          {row.tasks.length}
        </span>
      </div>
      <RowTrack id={`row:${row.key}`} groupId={row.id} style={{ width }} onPointerDown={onPointerDown}>
        {bars.map((t) => (
          <TaskBar
            key={t.id}
            task={t}
            groupId={row.id}
            lane={row.lanes.get(t.id) ?? 0}
            origin={canvas.start}
            canvasEnd={canvas.end}
            px={px}
            done={doneStatusIds.has(t.status_id)}
            booking={bookings ? (bookings.get(t.id) ?? NO_BOOKING) : null}
            selected={selected.has(t.id)}
            dragging={t.id === ui.dragging || (ui.selectionDragged && selected.has(t.id))}
            edge={t.id === ui.dragging ? ui.edge : null}
            renaming={t.id === ui.renaming}
            refocus={t.id === ui.refocus}
          />
        ))}
        {row.id !== 0 && row.key === `users:${row.id}` && (
          <WorkloadStrip userId={row.id} name={row.name} canvas={canvas} px={px} visible={visible} />
        )}
        {draft && draftStart && draftEnd && (
          <div
            className="tl-draft"
            style={{
              left: dateToX(draftStart, canvas.start, px),
              width: (DAYS({ start: draftStart, end: draftEnd }) + 1) * px,
              top: ROW_PAD + draft.lane * LANE_H,
            }}
          />
        )}
      </RowTrack>
    </div>
  );
});

/**
 * The droppable track. dnd-kit re-renders every droppable on each pointer move of a drag; kept in this small
 * component, such a re-render stops here: its children (the bars) are elements made by the row, unchanged.
 */
function RowTrack(props: {
  id: string;
  groupId: number;
  style: CSSProperties;
  onPointerDown: (e: ReactPointerEvent<HTMLDivElement>) => void;
  children: ReactNode;
}) {
  const { setNodeRef } = useDroppable({ id: props.id, data: { groupId: props.groupId } });
  return (
    <div ref={setNodeRef} className="tl-track" style={props.style} onPointerDown={props.onPointerDown}>
      {props.children}
    </div>
  );
}

const DAYS = (r: DayRange) => daysBetween(r.start, r.end);
const NO_BOOKING: TaskBooking = { bookedSecs: 0, days: [] };
