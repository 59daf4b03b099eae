import { useDndMonitor, type DragMoveEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import type { Load } from '@/web/lib/load-model';
import type { Day } from '@/web/lib/time/calendar-day';
import { pxToDays } from '../geometry';
import { resolveBarDrag } from '../dnd/resolve-bar-drag';
import { useWorkload } from '../workload-context';
import {
  draggedDates,
  draggedTaskOf,
  previewLoads,
  weekdayCalendar,
  type PreviewMove,
} from '../workload-preview';
import type { BarDragData } from './task-bar';

/**
 * The person's loads as they would be if the dragged bar were dropped where it is now, or null when no drag
 * touches this person. Computed in the browser (no request); the state changes only when the day or the
 * row under the bar does, not on every pointer move.
 */
export function useDragPreview(
  userId: number,
  px: number,
  loads: ReadonlyMap<Day, Load>,
  unit: 'day' | 'week',
  holidays: ReadonlyMap<Day, string> | undefined,
): { loads: ReadonlyMap<Day, Load> | null; keyboard: boolean; incoming: boolean } {
  const workload = useWorkload();
  const [move, setMove] = useState<PreviewMove | null>(null);
  // A drag from the keyboard: the strip says the new load in words (a pointer drag shows it).
  const [keyboard, setKeyboard] = useState(false);
  const last = useRef('');
  const set = (next: PreviewMove | null) => {
    const key = JSON.stringify(next);
    if (key === last.current) return;
    last.current = key;
    setMove(next);
  };

  const onMove = (e: DragMoveEvent) => {
    const data = e.active.data.current as BarDragData | undefined;
    const task = data && workload?.taskOf(data.taskId);
    if (!data || !task) return set(null);
    const drag = resolveBarDrag(data, e.activatorEvent);
    setKeyboard(e.activatorEvent?.type === 'keydown');
    const over = (e.over?.data.current as { groupId?: number } | undefined)?.groupId ?? data.groupId;
    set(
      draggedDates(
        userId,
        { ...drag, targetGroupId: drag.kind === 'move' ? over : data.groupId },
        task,
        pxToDays(e.delta.x, px),
      ),
    );
  };
  useDndMonitor({
    onDragMove: onMove,
    onDragOver: onMove,
    onDragEnd: () => set(null),
    onDragCancel: () => set(null),
  });

  const previewed = useMemo(() => {
    if (!move || !workload) return null;
    const task = workload.taskOf(move.taskId);
    if (!task) return null;
    const cal = weekdayCalendar(holidays ? new Set(holidays.keys()) : undefined);
    return previewLoads(loads, unit, draggedTaskOf(task), move.from, move.to, cal);
  }, [move, workload, loads, unit, holidays]);
  return { loads: previewed, keyboard, incoming: Boolean(move?.to) };
}
