import type { CapacityUnit, Computation } from '@/api/capacity';
import { spreadOver, taskBounds, type SpreadTask } from '@/api/estimate-spread';
import { nextDay } from '@/api/utc-days';
import { availabilityCalendar, dayAvailability, type Availability } from './availability';
import { bucketsOf } from './buckets';

/** A task as one of its assignees carries it. */
export interface AssignedTask extends SpreadTask {
  id: number;
  done: boolean;
  /** Minutes this assignee tracked on the task (their completed time blocks locally). */
  trackedMinutes: number;
}

export interface PersonInput {
  availability: Availability;
  tasks: readonly AssignedTask[];
}

export interface Window {
  start: string;
  end: string;
}

// Working days are counted exactly this far around the window; further out only the weekly pattern counts
// (a holiday ten years away changes the daily share of a decade-long task by nothing a view could show).
const EXACT_MARGIN_DAYS = 3660;

/** The days the calendar must know exactly: the window and the ranges of its tasks, within the margin. */
function exactSpan(window: Window, tasks: readonly AssignedTask[]): Window {
  let start = window.start;
  let end = window.end;
  for (const t of tasks) {
    const b = taskBounds(t);
    if (!b) continue;
    if (b.start < start) start = b.start;
    if (b.end > end) end = b.end;
  }
  const low = nextDay(window.start, -EXACT_MARGIN_DAYS);
  const high = nextDay(window.end, EXACT_MARGIN_DAYS);
  return { start: start < low ? low : start, end: end > high ? high : end };
}

/**
 * One person's computations over the window, per unit. `today` is workspace-local (remaining work starts
 * there). Per day: working and time-off minutes from the person's week, holidays and time off; estimated and
 * remaining minutes by the shared spreading rule (api/estimate-spread); the tasks whose dates include the day.
 * A longer period sums its days in the window, and counts each task once.
 */
export function computePerson(
  input: PersonInput,
  window: Window,
  unit: CapacityUnit,
  today: string,
): Computation[] {
  const calendar = availabilityCalendar(input.availability, exactSpan(window, input.tasks));
  const estimated = new Map<string, number>();
  const remaining = new Map<string, number>();
  const tasksOn = new Map<string, number[]>();
  for (const task of input.tasks) {
    const left = { today, trackedMinutes: task.trackedMinutes, done: task.done };
    spreadOver(task, calendar, window.start, window.end, left, (day, est, rem) => {
      add(estimated, day, est);
      add(remaining, day, rem);
      const list = tasksOn.get(day);
      if (list) list.push(task.id);
      else tasksOn.set(day, [task.id]);
    });
  }
  return bucketsOf(window.start, window.end, unit).map((bucket) => {
    const c: Computation = {
      date: bucket.date,
      working_minutes: 0,
      time_off_minutes: 0,
      estimated_minutes: 0,
      estimated_remaining_minutes: 0,
      assigned_tasks_count: 0,
    };
    const tasks = new Set<number>();
    for (const day of bucket.days) {
      const a = dayAvailability(input.availability, day);
      c.working_minutes += a.working;
      c.time_off_minutes += a.timeOff;
      c.estimated_minutes += estimated.get(day) ?? 0;
      c.estimated_remaining_minutes += remaining.get(day) ?? 0;
      for (const id of tasksOn.get(day) ?? []) tasks.add(id);
    }
    c.assigned_tasks_count = tasks.size;
    return c;
  });
}

function add(map: Map<string, number>, key: string, value: number): void {
  if (value) map.set(key, (map.get(key) ?? 0) + value);
}
