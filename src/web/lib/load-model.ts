import type { ComputationGroup, Computation } from '@/api/capacity';
import { estimateOn, walkingCalendar, type SpreadTask, type WorkCalendar } from '@/api/estimate-spread';
import { oneCopyOfEach } from './one-copy';
import { isWeekend } from './time/calendar-day';

/** One person's numbers for a day (or a longer period), in minutes, as the views show them. */
export interface Load {
  date: string;
  /** The working day's minutes: 0 on a day outside the working week and on a public holiday. */
  working: number;
  timeOff: number;
  /** What is left to plan: working minus time off, never below 0. */
  available: number;
  estimated: number;
  remaining: number;
  tasks: number;
}

/** A computation's numbers; `date` may be a kept copy of its date (loadsByUser). */
export function loadOf(c: Computation, date = c.date): Load {
  return {
    date,
    working: c.working_minutes,
    timeOff: c.time_off_minutes,
    available: Math.max(0, c.working_minutes - c.time_off_minutes),
    estimated: c.estimated_minutes,
    remaining: c.estimated_remaining_minutes,
    tasks: c.assigned_tasks_count,
  };
}

export type LoadsByUser = ReadonlyMap<number, ReadonlyMap<string, Load>>;

/** No loads (before a capacity read has answered). */
export const NO_LOADS: LoadsByUser = new Map();

/**
 * The answer of `/capacities` by user and date. Every person's answer repeats the same dates: each date is kept
 * once (a seven-month window over 100 people held 21,700 copies of 217 strings).
 */
export function loadsByUser(groups: readonly ComputationGroup[]): LoadsByUser {
  const once = oneCopyOfEach();
  return new Map(
    groups.map((g) => [
      g.id,
      new Map(
        g.computations.map((c) => {
          const date = once(c.date);
          return [date, loadOf(c, date)];
        }),
      ),
    ]),
  );
}

/** A longer period: the sum of its loads (task counts add up, so a task over two days counts twice). */
export function sumLoads(loads: Iterable<Load>, date: string): Load {
  const out: Load = { date, working: 0, timeOff: 0, available: 0, estimated: 0, remaining: 0, tasks: 0 };
  for (const l of loads) {
    out.working += l.working;
    out.timeOff += l.timeOff;
    out.available += l.available;
    out.estimated += l.estimated;
    out.remaining += l.remaining;
    out.tasks += l.tasks;
  }
  return out;
}

export type LoadLevel = 'off' | 'free' | 'light' | 'busy' | 'full' | 'over';

/**
 * How full a period is, estimated against available minutes: `off` for no working time and nothing planned,
 * `over` for more planned than available (work planned on a day off is over too). The steps (under half,
 * under 90 %, up to 100 %) are what a colour scale shows.
 */
export function loadLevel(l: Pick<Load, 'available' | 'estimated'>): LoadLevel {
  if (l.available <= 0) return l.estimated > 0 ? 'over' : 'off';
  const ratio = l.estimated / l.available;
  if (ratio === 0) return 'free';
  if (ratio < 0.5) return 'light';
  if (ratio < 0.9) return 'busy';
  return ratio <= 1 ? 'full' : 'over';
}

/** Plain words for a level, for tooltips and screen readers. */
export const LOAD_WORDS: Record<LoadLevel, string> = {
  off: 'not working',
  free: 'nothing planned',
  light: 'lightly planned',
  busy: 'well planned',
  full: 'fully planned',
  over: 'over capacity',
};

/**
 * The person's working days as the loads show them (a day with available time), for the shared spreading
 * rule. Outside the loaded days it assumes Monday to Friday: the server knows those days exactly, so a
 * prediction for a task reaching past the window may differ from its answer by the share of those days.
 */
export function calendarOf(loads: ReadonlyMap<string, Load>): WorkCalendar {
  return walkingCalendar((day) => {
    const l = loads.get(day);
    return l ? l.available > 0 : !isWeekend(day);
  });
}

export interface TaskDates {
  start_date?: string | null;
  end_date?: string | null;
}

/**
 * The person's loads with one task's share moved from `from` to `to` (a bar dragged to other dates, onto
 * this person's row (`from` null) or off it (`to` null)), by the rule the server applies: a preview before
 * the write, not a guess.
 */
export function withTaskMoved(
  loads: ReadonlyMap<string, Load>,
  task: SpreadTask,
  from: TaskDates | null,
  to: TaskDates | null,
): Map<string, Load> {
  const calendar = calendarOf(loads);
  const out = new Map<string, Load>();
  for (const [day, load] of loads) {
    const before = from ? estimateOn({ ...task, ...from }, calendar, day) : 0;
    const after = to ? estimateOn({ ...task, ...to }, calendar, day) : 0;
    out.set(
      day,
      before === after ? load : { ...load, estimated: Math.max(0, load.estimated - before + after) },
    );
  }
  return out;
}
