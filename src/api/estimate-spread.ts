import { isCalendarDate } from './common';
import { dayDiff, nextDay } from './utc-days';

/**
 * How a task's estimate lands on the days of one assignee. One rule for the server's `/capacities` and for
 * the browser's load models, so what a view predicts is what the server then answers.
 *
 * From the OpenAPI: "Total is spread throughout the task date range, and daily is a per day estimate"
 * (estimate_type); without allocations a task's estimate is split evenly among its assignees ("resetting it
 * to the even split", task allocations); placement "uses ... working days. Weekends and public holidays
 * are excluded"; the remaining work nets "each assignee's tracked time and places unfinished work from
 * workspace-local today", and "Past and overdue task slices are zero".
 *
 * Where the document is silent, this module decides:
 * - a total estimate is spread evenly over the assignee's working days in the range (not weighted by the
 *   hours of each day), in whole minutes that add up exactly: slot i of n gets
 *   round(a*(i+1)/n) - round(a*i/n);
 * - a task whose range holds none of the assignee's working days (a weekend-only task) spreads over all
 *   its days, so its work still shows in the load;
 * - a task with one date lies on that day; a task with neither has no place and adds no minutes; a range
 *   that ends before it starts is its start day;
 * - a daily estimate is the assignee's share on each working day of the range;
 * - what is left is the assignee's gross estimate minus their tracked time, spread evenly over the
 *   placement days from today on. A daily estimate asks no more of a future day than its daily share (past
 *   days' slices are gone, not carried over); a total estimate moves everything still open onto the days
 *   left. A task with no placement day from today on (overdue) has no remaining slice.
 */
export interface SpreadTask {
  start_date?: string | null;
  end_date?: string | null;
  estimated_mins?: number | null;
  estimate_type?: string | null;
  /** Number of assignees sharing the estimate (at least 1). */
  assignees: number;
}

/** Which days an assignee works (a working week minus holidays and days fully off). */
export interface WorkCalendar {
  isWorkingDay(day: string): boolean;
  /** Working days from `start` to `end`, both included (0 when `start` is after `end`). */
  countWorkingDays(start: string, end: string): number;
}

/** Ranges up to this many days are walked day by day; longer ones (years) by their first year of weeks. */
const WALKED_DAYS = 2 * 364;

/**
 * A calendar that counts by walking the days: exact for the ranges of a view or a test. A task of years (the
 * API allows one dated to 9999-12-31) is counted as its first 52 weeks times its whole 52-week spans, plus
 * the days left, walked: days off after its first year are not seen, in an estimate spread that thin.
 */
export function walkingCalendar(isWorkingDay: (day: string) => boolean): WorkCalendar {
  // Counted, not compared as text: the day after 9999-12-31 is "+010000-01-01", which sorts before it.
  const walk = (from: string, days: number) => {
    let n = 0;
    for (let i = 0, d = from; i < days; i++, d = nextDay(d)) if (isWorkingDay(d)) n++;
    return n;
  };
  return {
    isWorkingDay,
    countWorkingDays(start, end) {
      const days = dayDiff(start, end) + 1;
      if (!(days > 0)) return 0;
      if (days <= WALKED_DAYS) return walk(start, days);
      const spans = Math.floor(days / 364);
      return walk(start, 364) * spans + walk(nextDay(start, spans * 364), days - spans * 364);
    },
  };
}

/** The task's first and last day, or null when it has no usable date. */
export function taskBounds(
  task: Pick<SpreadTask, 'start_date' | 'end_date'>,
): { start: string; end: string } | null {
  const start = validDay(task.start_date) ?? validDay(task.end_date);
  const end = validDay(task.end_date) ?? start;
  if (!start || !end) return null;
  return { start, end: end < start ? start : end };
}

const validDay = (d: string | null | undefined) => (d && isCalendarDate(d) ? d : null);

/** The days an estimate goes on: the working days of the range, or all its days when none is working. */
interface Placement {
  start: string;
  end: string;
  working: boolean;
  count: number;
}

function placementOf(task: SpreadTask, cal: WorkCalendar): Placement | null {
  const bounds = taskBounds(task);
  if (!bounds) return null;
  const working = cal.countWorkingDays(bounds.start, bounds.end);
  return working > 0
    ? { ...bounds, working: true, count: working }
    : { ...bounds, working: false, count: dayDiff(bounds.start, bounds.end) + 1 };
}

/** Placement days in `[start, end]`. */
function placedIn(p: Placement, cal: WorkCalendar, start: string, end: string): number {
  const a = start < p.start ? p.start : start;
  const b = end > p.end ? p.end : end;
  if (a > b) return 0;
  return p.working ? cal.countWorkingDays(a, b) : dayDiff(a, b) + 1;
}

/** The day's index among the placement days, or null when it is not one. */
function indexOf(p: Placement, cal: WorkCalendar, day: string): number | null {
  if (day < p.start || day > p.end) return null;
  if (p.working && !cal.isWorkingDay(day)) return null;
  return placedIn(p, cal, p.start, nextDay(day, -1));
}

/** Slot i of `n` even slots of `amount`, in whole minutes (the slots add up to round(amount)). */
export function evenSlice(amount: number, n: number, i: number): number {
  return Math.round((amount * (i + 1)) / n) - Math.round((amount * i) / n);
}

const shareOf = (task: SpreadTask) => Math.max(0, task.estimated_mins ?? 0) / Math.max(1, task.assignees);
const isDaily = (task: SpreadTask) => task.estimate_type === 'daily';

/** The gross estimate on placement day `i`. */
function estimateSlice(task: SpreadTask, p: Placement, i: number): number {
  const share = shareOf(task);
  return isDaily(task) ? evenSlice(share * p.count, p.count, i) : evenSlice(share, p.count, i);
}

/** One assignee's gross estimated minutes of the task on one day. */
export function estimateOn(task: SpreadTask, cal: WorkCalendar, day: string): number {
  const p = placementOf(task, cal);
  const i = p && indexOf(p, cal, day);
  if (!p || i == null) return 0;
  return estimateSlice(task, p, i);
}

export interface RemainingInput {
  /** Workspace-local today: nothing is placed before it. */
  today: string;
  /** Minutes the assignee already tracked on the task. */
  trackedMinutes: number;
  /** A finished task has nothing left. */
  done: boolean;
}

/** What is left to place from today on: `left` minutes over the placement days after the first `before`. */
function leftFromToday(task: SpreadTask, p: Placement, cal: WorkCalendar, input: RemainingInput) {
  const share = shareOf(task);
  const before = placedIn(p, cal, p.start, nextDay(input.today, -1));
  const gross = Math.round(isDaily(task) ? share * p.count : share);
  let left = Math.max(0, gross - input.trackedMinutes);
  // The daily slices of the days before today add up to round(share * before).
  if (isDaily(task)) left = Math.min(left, gross - Math.round(share * before));
  return { before, left };
}

/** One assignee's unfinished minutes of the task placed on one day (see the module comment). */
export function remainingOn(task: SpreadTask, cal: WorkCalendar, day: string, input: RemainingInput): number {
  if (input.done || day < input.today) return 0;
  const p = placementOf(task, cal);
  const i = p && indexOf(p, cal, day);
  if (!p || i == null) return 0;
  const { before, left } = leftFromToday(task, p, cal, input);
  return evenSlice(left, p.count - before, i - before);
}

/**
 * estimateOn and remainingOn for every day of the task's range from `from` to `to`, in one walk: the placement
 * and the days before today are counted once, not once per day (the server's `/capacities` for 100 people over
 * seven months made 2 x 63,000 such calls). `each` sees every day of the range in order, 0 on a day that is
 * not a placement day.
 */
export function spreadOver(
  task: SpreadTask,
  cal: WorkCalendar,
  from: string,
  to: string,
  input: RemainingInput,
  each: (day: string, estimated: number, remaining: number) => void,
): void {
  const p = placementOf(task, cal);
  if (!p) return;
  const start = from < p.start ? p.start : from;
  const end = to > p.end ? p.end : to;
  if (start > end) return;
  const { before, left } = leftFromToday(task, p, cal, input);
  // The index among the placement days of the first placement day from `start` on.
  let i = placedIn(p, cal, p.start, nextDay(start, -1));
  for (let day = start; day <= end; day = nextDay(day)) {
    if (p.working && !cal.isWorkingDay(day)) {
      each(day, 0, 0);
      continue;
    }
    const estimated = estimateSlice(task, p, i);
    const remaining = input.done || day < input.today ? 0 : evenSlice(left, p.count - before, i - before);
    each(day, estimated, remaining);
    i++;
  }
}
