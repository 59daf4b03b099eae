import {
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type Over,
} from '@dnd-kit/core';
import { useContext, useRef, useState } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { afterDropLetGo, useDragSensors } from '@/web/lib/drag-sensors';
import type { MoveVars } from '../api/use-timeline-mutations';
import type { TimelineRow } from '../api/use-timeline-rows';
import { pxToDays } from '../geometry';
import { addDays, shiftWithinCalendar } from '@/web/lib/time/calendar-day';
import { DateFormatContext } from '@/web/lib/time/use-date-format';
import { BAR_INSET, LANE_H, ROW_PAD } from '../layout';
import { useTimelineUi } from '../store';
import type { BarDragData } from '../components/task-bar';
import type { TaskBooking } from '../bookings';
import { planMove, planResize, type PlacedBar } from './drop-math';
import { outsideWarning } from './outside-warning';
import { resolveBarDrag } from './resolve-bar-drag';
import { sharedOnUnassign } from './unassign';

/** What the overlay draws: the dragged bars at their offsets from the grabbed one. */
export interface OverlayBar {
  id: number;
  name: string;
  color: string;
  dx: number;
  dy: number;
  width: number;
}

// The row under the dragged bar's centre (pointer or keyboard alike); rows span the whole width.
const rowUnderCentre: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers }) => {
  const y = collisionRect.top + collisionRect.height / 2;
  for (const c of droppableContainers) {
    const r = droppableRects.get(c.id);
    if (r && y >= r.top && y < r.bottom) return [{ id: c.id, data: { droppableContainer: c, value: 0 } }];
  }
  return [];
};

export const screenReaderInstructions = {
  draggable:
    'Arrow keys go to the next task in that direction. Press Space to pick the task up; then left and right arrows move it by a day, up and down by a lane; Enter drops it, Escape cancels. Enter on a task opens its details; Shift with left or right arrow changes its end date. Shift-click selects several tasks.',
};

/** Sensors and the one commit per drop of the Timeline. Nothing is stored while the pointer moves. */
export function useTimelineDnd(opts: {
  rows: TimelineRow[];
  px: number;
  group: TaskGroupType;
  commit: (v: MoveVars) => void;
  /** Booked days per task (the window's blocks), to flag a drop that leaves blocks outside a task's dates. */
  bookings: ReadonlyMap<number, TaskBooking> | null;
}) {
  const { shortDate } = useContext(DateFormatContext);
  const latest = useRef(opts);
  latest.current = opts;
  const [overlay, setOverlay] = useState<OverlayBar[] | null>(null);

  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates: c }) => {
    const px = latest.current.px;
    if (event.code === 'ArrowRight') return { x: c.x + px, y: c.y };
    if (event.code === 'ArrowLeft') return { x: c.x - px, y: c.y };
    if (event.code === 'ArrowDown') return { x: c.x, y: c.y + LANE_H };
    if (event.code === 'ArrowUp') return { x: c.x, y: c.y - LANE_H };
    return undefined;
  };
  // Mouse by distance, a finger by press and hold (a swipe on a bar scrolls), and the keyboard: Space picks
  // up (Enter on a resting bar opens its details); Space or Enter drops, Escape cancels.
  const sensors = useDragSensors({
    coordinateGetter,
    keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter', 'NumpadEnter'] },
  });

  const placed = (groupId: number): PlacedBar[] => {
    const row = latest.current.rows.find((r) => r.id === groupId);
    return (row?.tasks ?? []).map((t) => ({
      id: t.id,
      name: t.name || 'Untitled',
      groupId,
      lane: row?.lanes.get(t.id) ?? 0,
      start_date: t.start_date,
      end_date: t.end_date,
    }));
  };
  const findBar = (taskId: number, preferGroup: number): PlacedBar | undefined =>
    placed(preferGroup).find((b) => b.id === taskId) ??
    latest.current.rows
      .flatMap((r) => (r.tasks.some((t) => t.id === taskId) ? placed(r.id) : []))
      .find((b) => b.id === taskId);

  // The drop's items with the dates they had: a warning when blocks end up outside a task's new dates.
  const warningFor = (items: readonly { id: number; start_date: string; end_date: string }[]) =>
    outsideWarning(
      items.flatMap((it) => {
        const was = latest.current.rows.flatMap((r) => r.tasks).find((t) => t.id === it.id);
        return was
          ? [
              {
                id: it.id,
                name: was.name || 'Untitled',
                before: { start: was.start_date, end: was.end_date },
                after: { start: it.start_date, end: it.end_date },
              },
            ]
          : [];
      }),
      latest.current.bookings,
    ) ?? undefined;

  // The drag as decided at pick-up (a move, or a resize when picked up on a handle), for the drop.
  const active = useRef<BarDragData | null>(null);

  // Picked up from the keyboard: each step says the dates it would drop on (a pointer sees them).
  const byKeyboard = useRef(false);

  const onDragStart = (e: DragStartEvent) => {
    const data = resolveBarDrag(e.active.data.current as BarDragData, e.activatorEvent);
    active.current = data;
    byKeyboard.current = e.activatorEvent instanceof KeyboardEvent;
    const ui = useTimelineUi.getState();
    if (data.kind === 'move' && !ui.selected.includes(data.taskId)) ui.selectionCleared();
    ui.dragStarted(data.taskId, data.kind === 'resize' ? (data.edge ?? 'end') : null);
    if (data.kind !== 'move') return setOverlay(null);
    const ids = ui.selected.includes(data.taskId) ? ui.selected : [data.taskId];
    const origin = document.querySelector(`[data-bar-id="${data.taskId}"]`)?.getBoundingClientRect();
    const bars = ids.flatMap((id) => {
      const el = document.querySelector<HTMLElement>(`[data-bar-id="${id}"]`);
      const rect = el?.getBoundingClientRect();
      if (!el || !rect || !origin) return [];
      const name = el.querySelector('.tl-bar-name')?.textContent ?? '';
      return [
        {
          id,
          name,
          color: el.style.getPropertyValue('--bar-color'),
          dx: rect.left - origin.left,
          dy: rect.top - origin.top,
          width: rect.width,
        },
      ];
    });
    setOverlay(bars);
  };

  const onDragCancel = () => {
    active.current = null;
    useTimelineUi.getState().dragEnded();
    setOverlay(null);
    useAnnouncer.getState().announce('Move cancelled.');
  };

  const onDragEnd = (e: DragEndEvent) => {
    const ui = useTimelineUi.getState();
    ui.dragEnded();
    setOverlay(null);
    const { px, group, commit, rows } = latest.current;
    const data = active.current ?? (e.active.data.current as BarDragData);
    active.current = null;
    const bar = findBar(data.taskId, data.groupId);
    if (!bar) return;
    const days = pxToDays(e.delta.x, px);
    const say = (name: string, s: string, en: string, where = '') =>
      `Moved '${name}' to ${shortDate(s)} – ${shortDate(en)}${where}`;
    if (data.kind === 'resize') {
      const plan = planResize(bar, data.edge ?? 'end', days, placed);
      if (!plan.items.length) return useAnnouncer.getState().announce('Not changed.');
      const it = plan.items[0];
      return commit({
        group,
        ...plan,
        label: `Resized '${bar.name}' to ${shortDate(it.start_date)} – ${shortDate(it.end_date)}`,
        history: 'record',
        warning: warningFor(plan.items),
      });
    }
    const over = e.over ? (e.over.data.current as { groupId: number }) : null;
    const target = over?.groupId ?? bar.groupId;
    const top = e.active.rect.current.translated?.top;
    const lane =
      e.over && top !== undefined
        ? Math.max(0, Math.round((top - e.over.rect.top - ROW_PAD - BAR_INSET) / LANE_H))
        : bar.lane + Math.round(e.delta.y / LANE_H);
    const ids = ui.selected.includes(bar.id) ? ui.selected : [bar.id];
    const moving = ids.flatMap((id) => findBar(id, bar.groupId) ?? []);
    const plan = planMove(moving, days, lane - bar.lane, target !== bar.groupId ? target : null, placed);
    if (!plan.items.length) return useAnnouncer.getState().announce('Not moved.');
    const rowName = rows.find((r) => r.id === target)?.name;
    const first = plan.items[0];
    const label =
      plan.items.length > 1
        ? `Moved ${plan.items.length} tasks${days ? ` by ${days} day${Math.abs(days) === 1 ? '' : 's'}` : ''}`
        : say(bar.name, first.start_date, first.end_date, target !== bar.groupId ? ` in ${rowName}` : '');
    if (group === 'users') {
      const entryOf = (id: number, row: number) =>
        rows.find((r) => r.id === row)?.tasks.find((t) => t.id === id);
      const shared = sharedOnUnassign(plan.items, entryOf);
      // On users, Unassigned clears every assignee: ask before taking a task from other people too (once the
      // sensor lets clicks through again, or the question's first click or Enter is lost).
      if (shared.length) {
        const question = { items: plan.items, label, shared, warning: warningFor(plan.items) };
        return afterDropLetGo(() => useTimelineUi.getState().unassignAsked(question));
      }
    }
    // A keyboard move into another row remounts the bar there: the focus follows it (not the page body).
    if (target !== bar.groupId && e.activatorEvent instanceof KeyboardEvent)
      ui.refocusAsked({ taskId: bar.id, groupId: target });
    commit({ group, ...plan, label, history: 'record', warning: warningFor(plan.items) });
  };

  const resizeEnd = (taskId: number, groupId: number, days: number) => {
    const bar = findBar(taskId, groupId);
    if (!bar) return;
    const plan = planResize(bar, 'end', days, placed);
    if (!plan.items.length) return useAnnouncer.getState().announce('A task lasts at least one day.');
    const it = plan.items[0];
    latest.current.commit({
      group: latest.current.group,
      ...plan,
      label: `Resized '${bar.name}' to ${shortDate(it.start_date)} – ${shortDate(it.end_date)}`,
      history: 'record',
      warning: warningFor(plan.items),
    });
  };

  // Said by name, as the bars are labelled (never by id).
  const nameOf = (data: BarDragData | undefined) =>
    (data && findBar(data.taskId, data.groupId)?.name) ?? 'the task';
  /** The dates (and the row, when another) a keyboard move would drop the bar on now. */
  const keyboardStep = (a: Active, over: Over | null): string | undefined => {
    const data = active.current;
    const r = a.rect.current;
    if (!byKeyboard.current || data?.kind !== 'move' || !r.translated || !r.initial) return undefined;
    const bar = findBar(data.taskId, data.groupId);
    if (!bar) return undefined;
    const days = pxToDays(r.translated.left - r.initial.left, latest.current.px);
    const by = shiftWithinCalendar([{ start: bar.start_date, end: bar.end_date }], days);
    const target = (over?.data.current as { groupId?: number } | undefined)?.groupId ?? bar.groupId;
    const rowName = latest.current.rows.find((row) => row.id === target)?.name;
    // Where it was picked up, nothing more is said (the pick-up was).
    if (by === 0 && target === bar.groupId) return undefined;
    const where = target !== bar.groupId && rowName ? `, in ${rowName}` : '';
    return `${shortDate(addDays(bar.start_date, by))} – ${shortDate(addDays(bar.end_date, by))}${where}.`;
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.data.current as BarDragData | undefined)}.`,
    onDragOver: ({ active, over }) => keyboardStep(active, over),
    onDragMove: ({ active, over }) => keyboardStep(active, over),
    onDragEnd: () => undefined,
    onDragCancel: () => 'Move cancelled.',
  };

  // One object for the hook's life: bars read it from context, and a new value would re-render them all.
  const resizeEndRef = useRef(resizeEnd);
  resizeEndRef.current = resizeEnd;
  const [actions] = useState(() => ({
    resizeEnd: (taskId: number, groupId: number, days: number) => resizeEndRef.current(taskId, groupId, days),
  }));

  return {
    /** DndContext's sensors and handlers, to spread onto it. */
    context: { sensors, collisionDetection: rowUnderCentre, onDragStart, onDragEnd, onDragCancel },
    overlay,
    announcements,
    actions,
  };
}
