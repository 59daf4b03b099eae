import { estimateOn, walkingCalendar, type SpreadTask, type WorkCalendar } from '@/api/estimate-spread';
import { withTaskMoved, type Load, type TaskDates } from '@/web/lib/load-model';
import { addDays, isWeekend, type Day } from '@/web/lib/time/calendar-day';

/** A task as the strip needs it while it is dragged: its estimate and how many people share it. */
export interface DraggedTask extends SpreadTask {
  id: number;
}

/** A task group entry's spreading inputs (the assignees share its estimate evenly). */
export function draggedTaskOf(t: {
  id: number;
  estimated_mins?: number | null;
  estimate_type?: string | null;
  assignee_user_ids?: readonly number[] | null;
}): DraggedTask {
  return {
    id: t.id,
    estimated_mins: t.estimated_mins ?? 0,
    estimate_type: t.estimate_type ?? null,
    assignees: Math.max(1, t.assignee_user_ids?.length ?? 1),
  };
}

/**
 * A week's days as the preview counts them: Monday to Friday minus the person's holidays. Week loads carry
 * no day detail; the server knows the exact working week, so a preview may differ from its answer by a
 * part-timer's free weekday.
 */
export function weekdayCalendar(holidays: ReadonlySet<Day> | undefined): WorkCalendar {
  return walkingCalendar((day) => !isWeekend(day) && !holidays?.has(day));
}

/**
 * A person's loads with a dragged task moved from `from` to `to` (null: not on this person's row before, or
 * no longer after), before the drop and without a request, by the spreading rule the server applies
 * (src/api/estimate-spread.ts). Day loads use the loads' own working days; week loads sum the days of each
 * week on `weekCalendar`.
 */
export function previewLoads(
  loads: ReadonlyMap<Day, Load>,
  unit: 'day' | 'week',
  task: SpreadTask,
  from: TaskDates | null,
  to: TaskDates | null,
  weekCalendar: WorkCalendar = weekdayCalendar(undefined),
): ReadonlyMap<Day, Load> {
  if (unit === 'day') return withTaskMoved(loads, task, from, to);
  const out = new Map<Day, Load>();
  for (const [date, load] of loads) {
    let delta = 0;
    for (let i = 0; i < 7; i++) {
      const day = addDays(date, i);
      if (from) delta -= estimateOn({ ...task, ...from }, weekCalendar, day);
      if (to) delta += estimateOn({ ...task, ...to }, weekCalendar, day);
    }
    out.set(date, delta === 0 ? load : { ...load, estimated: Math.max(0, load.estimated + delta) });
  }
  return out;
}

/** The periods whose load the preview changed (for the strip's "new load" mark and its words). */
export function changedPeriods(before: ReadonlyMap<Day, Load>, after: ReadonlyMap<Day, Load>): Set<Day> {
  const out = new Set<Day>();
  for (const [date, load] of after) if (before.get(date)?.estimated !== load.estimated) out.add(date);
  return out;
}

/** What a drag does to one person's load: the task's dates on their row before and after (null: none). */
export interface PreviewMove {
  taskId: number;
  from: TaskDates | null;
  to: TaskDates | null;
}

/** The drag as the strips see it: a move (maybe to another row) or a resize of one edge. */
export interface DragShape {
  kind: 'move' | 'resize';
  edge?: 'start' | 'end';
  groupId: number;
  targetGroupId: number;
}

/**
 * Person `userId`'s part of a drag by `days` days, or null when it leaves their load alone. On the People
 * grouping a move to another row hands the task from the source row's person to the target's (the other
 * assignees keep it, so the share is unchanged); a resize keeps the row and changes one end, never past
 * the other.
 */
export function draggedDates(
  userId: number,
  drag: DragShape,
  task: {
    id: number;
    start_date?: string | null;
    end_date?: string | null;
    assignee_user_ids?: readonly number[] | null;
  },
  days: number,
): PreviewMove | null {
  const start = task.start_date ?? task.end_date;
  const end = task.end_date ?? task.start_date;
  if (!start || !end) return null;
  const before = { start_date: start, end_date: end };
  let after = { start_date: addDays(start, days), end_date: addDays(end, days) };
  if (drag.kind === 'resize') {
    if (drag.edge === 'start') {
      const s = addDays(start, days);
      after = { start_date: s > end ? end : s, end_date: end };
    } else {
      const e = addDays(end, days);
      after = { start_date: start, end_date: e < start ? start : e };
    }
  }
  const source = drag.groupId;
  const target = drag.kind === 'move' ? drag.targetGroupId : source;
  const assignedAlready = (task.assignee_user_ids ?? []).includes(userId);
  if (userId === source && userId === target)
    return days ? { taskId: task.id, from: before, to: after } : null;
  if (userId === source) return { taskId: task.id, from: before, to: null };
  if (userId === target) return { taskId: task.id, from: assignedAlready ? before : null, to: after };
  return null;
}
