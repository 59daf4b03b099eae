import {
  pointerWithin,
  type Active,
  type CollisionDetection,
  type Over,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useCallback, useRef } from 'react';
import type { TimeBlockPatchItem } from '@/api/time-block';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { clientPoint, followPointer, useDragSensors } from '@/web/lib/drag-sensors';
import { notifyInfo } from '@/web/lib/notifications';
import { movePatches, resizePatch, type Block } from '../schedule-model';
import { useScheduleUi } from '../store';
import { windowLength } from '../hours-window';
import { toIso } from '@/web/lib/time/zoned';
import { instantAtAxis, SNAP_MINUTES } from '../time-geometry';
import { dragMinutes, minutesAtX, type DragData, type DragGeometry } from './drag-math';
import { clearDragBounds, heldDelta, keepOnShownDays, measureDragBounds } from './drag-bounds';
import { dropMessages } from './drop-messages';
import { resolveDrag } from './resolve-drag';

/** What a row droppable carries: whose row, which calendar day the track starts at. */
export interface RowDropData {
  userId: number;
  firstDay: string;
  trackLeft: () => number;
}

export interface DropHandlers {
  blocks: () => readonly Block[];
  zone: string;
  meId: number | null;
  defaultMinutes: (taskId: number) => number;
  patch: (items: TimeBlockPatchItem[], label: string) => void;
  create: (taskId: number, start: string, minutes: number, userId: number) => void;
  /** An instant as the user reads it ("Wed 12-02, 11:00"), for what a keyboard drag announces. */
  when: (instant: number) => string;
}

/**
 * The drop target under the pointer. A keyboard drag has no pointer: the centre of what is dragged stands in
 * for it, and a task from the side list (which starts beside the grid, at whatever height its list item is)
 * goes to the one row that takes it (the user's own, in the people mode) once it is over that row's days.
 */
const collision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const r = args.collisionRect;
  const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  const under = pointerWithin({ ...args, pointerCoordinates: centre });
  if (under.length || !String(args.active.id).startsWith('new:')) return under;
  const rows = args.droppableContainers.filter((c) => String(c.id).startsWith('row:'));
  const only = rows.length === 1 ? args.droppableRects.get(rows[0].id) : undefined;
  return only && centre.x >= only.left && centre.x <= only.right ? [{ id: rows[0].id }] : [];
};

/** Sensors and drop handling of the Schedule: each drop is one write. */
export function useScheduleDnd(geometry: DragGeometry, handlers: DropHandlers) {
  const latestGeometry = useRef(geometry);
  latestGeometry.current = geometry;
  // Arrow keys: 15 minutes sideways; up/down a day (the next row in the days mode, a day along x otherwise).
  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates: at }) => {
    const now = latestGeometry.current;
    const step = SNAP_MINUTES * now.pxPerMin;
    const day = windowLength(now.window) * now.pxPerMin;
    const vertical = (dir: number) =>
      now.rowMode === 'days' ? { x: at.x, y: at.y + dir * now.rowHeight } : { x: at.x + dir * day, y: at.y };
    switch (event.code) {
      case 'ArrowRight':
        return { x: at.x + step, y: at.y };
      case 'ArrowLeft':
        return { x: at.x - step, y: at.y };
      case 'ArrowDown':
        return vertical(1);
      case 'ArrowUp':
        return vertical(-1);
      default:
        return undefined;
    }
  };
  const sensors = useDragSensors({ coordinateGetter });

  // Where the pointer is (a ref, not state): dnd-kit's delta is adjusted for the grid's scroll, but a task
  // dropped from the side list lands under the pointer (mouse or finger).
  const pointerX = useRef<number | null>(null);
  const unfollow = useRef<(() => void) | null>(null);
  const stopFollowing = () => {
    unfollow.current?.();
    unfollow.current = null;
  };
  const onDragCancel = () => {
    stopFollowing();
    clearDragBounds();
  };

  // The drag in progress as decided at pick-up (a block's drag is a move or a resize by where it was grabbed).
  // Kept after the drop so the end announcement can still name it.
  const current = useRef<DragData | null>(null);

  // Picked up from the keyboard: where it would land is announced at each step (a pointer sees it).
  const byKeyboard = useRef(false);

  const latestHandlers = useRef(handlers);
  latestHandlers.current = handlers;
  /**
   * Where a keyboard drag would land now, in words, or undefined (a pointer drag, a resize): a task's booking
   * start on the row under it, or a block's new start.
   */
  const landing = useCallback((active: Active, over: Over | null): string | undefined => {
    const handlers = latestHandlers.current;
    const data = current.current;
    if (!byKeyboard.current || !data || data.kind === 'resize') return undefined;
    const g = latestGeometry.current;
    const r = active.rect.current;
    if (data.kind === 'task') {
      const row = over && String(over.id).startsWith('row:') ? (over.data.current as RowDropData) : null;
      if (!row || !r.translated) return 'Not over your row: it would not be booked.';
      const minutes = minutesAtX(r.translated.left, row.trackLeft(), g.pxPerMin, g.window);
      return `Books at ${handlers.when(instantAtAxis(minutes, row.firstDay, handlers.zone))}.`;
    }
    const block = handlers.blocks().find((b) => b.id === data.blockId);
    if (!block || !r.translated || !r.initial) return undefined;
    const delta = { x: r.translated.left - r.initial.left, y: r.translated.top - r.initial.top };
    const [moved] = movePatches([block], dragMinutes(delta, 'block', g, g.originOf(block.id)), handlers.zone);
    return moved?.start ? `Moves to ${handlers.when(Date.parse(moved.start))}.` : 'Not moved.';
  }, []);

  const onDragStart = (e: DragStartEvent) => {
    const data = resolveDrag(e.active, e.activatorEvent);
    current.current = data;
    byKeyboard.current = e.activatorEvent instanceof KeyboardEvent;
    if (!data) return;
    const g = latestGeometry.current;
    measureDragBounds(data.kind, e.activatorEvent, g.pxPerMin, g.rowMode === 'days');
    pointerX.current = clientPoint(e.activatorEvent)?.x ?? null;
    if (data.kind === 'task' && pointerX.current !== null)
      unfollow.current = followPointer((point) => {
        pointerX.current = point.x;
      });
    const ui = useScheduleUi.getState();
    if (data.kind === 'block' && !ui.selected.includes(data.blockId)) ui.blockClicked(data.blockId, false);
  };

  const onDragEnd = (e: DragEndEvent) => {
    stopFollowing();
    // Within the shown days (drag-bounds.ts): the drop lands where the block was drawn.
    const delta = heldDelta(e.delta);
    clearDragBounds();
    const data = current.current;
    if (!data) return;
    const overId = e.over ? String(e.over.id) : '';
    if (data.kind === 'task') {
      // Other people's rows are no targets (see RowDef.bookable): a task let go there books nothing.
      if (!overId.startsWith('row:') || !e.over)
        return useAnnouncer.getState().announce('Not booked: drop the task on your own row.');
      const row = e.over.data.current as RowDropData;
      if (handlers.meId !== null && row.userId !== handlers.meId) {
        notifyInfo(dropMessages.taskOnOtherRow);
        return;
      }
      const x = pointerX.current ?? e.active.rect.current.translated?.left ?? 0;
      const minutes = minutesAtX(
        x,
        row.trackLeft(),
        latestGeometry.current.pxPerMin,
        latestGeometry.current.window,
      );
      const start = toIso(instantAtAxis(minutes, row.firstDay, handlers.zone));
      handlers.create(data.taskId, start, handlers.defaultMinutes(data.taskId), row.userId);
      return;
    }
    const all = handlers.blocks();
    const block = all.find((b) => b.id === data.blockId);
    if (!block) return;
    if (data.kind === 'resize') {
      const resize = resizePatch(block, dragMinutes(delta, 'resize', latestGeometry.current));
      if (resize) handlers.patch([resize], 'Resizing the time block');
      return;
    }
    const selected = useScheduleUi.getState().selected;
    const ids = selected.includes(block.id) ? selected : [block.id];
    const group = all.filter((b) => ids.includes(b.id));
    // Over another person's row (people as rows): the drop is refused, on screen and for screen readers.
    const overUser = overId.startsWith('row:') ? (e.over?.data.current as RowDropData).userId : null;
    if (overUser !== null && overUser !== block.toggl_user_id) {
      notifyInfo(dropMessages.blockOnOtherRow);
      useAnnouncer.getState().announce(dropMessages.blockOnOtherRow);
      return;
    }
    if (overId.startsWith('task:')) {
      const taskId = Number(overId.slice(5));
      const items = group.filter((b) => b.task_id !== taskId).map((b) => ({ id: b.id, task_id: taskId }));
      if (items.length)
        handlers.patch(items, `Moving ${items.length} block${items.length === 1 ? '' : 's'} to another task`);
      return;
    }
    const minutes = dragMinutes(
      delta,
      'block',
      latestGeometry.current,
      latestGeometry.current.originOf(block.id),
    );
    const items = movePatches(group, minutes, handlers.zone);
    if (items.length)
      handlers.patch(items, `Moving ${items.length} time block${items.length === 1 ? '' : 's'}`);
    else useAnnouncer.getState().announce(dropMessages.notMoved);
  };

  return {
    /** DndContext's sensors and handlers, to spread onto it. */
    context: {
      sensors,
      collisionDetection: collision,
      modifiers: [keepOnShownDays],
      onDragStart,
      onDragEnd,
      onDragCancel,
    },
    /** The drag decided at the last pick-up (for announcements, which only see dnd-kit's `active`). */
    activeDrag: current as { readonly current: DragData | null },
    /** For the live region: where a keyboard drag would land now (undefined for a pointer). */
    landing,
  };
}
