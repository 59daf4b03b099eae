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

// The numbers a Load is made of, in the order PackedLoads keeps them.
const numbersOf = (c: Computation) => [
  c.working_minutes,
  c.time_off_minutes,
  c.estimated_minutes,
  c.estimated_remaining_minutes,
  c.assigned_tasks_count,
];
const FIELDS = 5;
const fitsInt32 = (c: Computation) => numbersOf(c).every((v) => (v | 0) === v);

/**
 * One person's loads as numbers in one typed array, over the dates the whole answer shares: a seven-month
 * window over 100 people was 21,700 Load objects in as many map entries (about 2 MiB of heap); packed they are
 * 5 numbers a day. A Load is made when a period is asked for (the strips ask for the days in view), and not kept.
 */
export class PackedLoads implements ReadonlyMap<string, Load> {
  constructor(
    private readonly dates: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly numbers: Int32Array,
  ) {}

  /** `computations` must be on `dates`, in their order (loadsByUser checks). */
  static of(
    dates: readonly string[],
    index: ReadonlyMap<string, number>,
    computations: readonly Computation[],
  ) {
    const numbers = new Int32Array(dates.length * FIELDS);
    computations.forEach((c, i) => numbers.set(numbersOf(c), i * FIELDS));
    return new PackedLoads(dates, index, numbers);
  }

  private at(i: number): Load {
    const n = this.numbers;
    const o = i * FIELDS;
    return {
      date: this.dates[i],
      working: n[o],
      timeOff: n[o + 1],
      available: Math.max(0, n[o] - n[o + 1]),
      estimated: n[o + 2],
      remaining: n[o + 3],
      tasks: n[o + 4],
    };
  }

  get size() {
    return this.dates.length;
  }
  get(date: string): Load | undefined {
    const i = this.index.get(date);
    return i === undefined ? undefined : this.at(i);
  }
  has(date: string) {
    return this.index.has(date);
  }
  forEach(run: (load: Load, date: string, map: ReadonlyMap<string, Load>) => void, thisArg?: unknown) {
    for (const [date, load] of this) run.call(thisArg, load, date, this);
  }
  *entries(): MapIterator<[string, Load]> {
    for (let i = 0; i < this.dates.length; i++) yield [this.dates[i], this.at(i)];
  }
  *keys(): MapIterator<string> {
    yield* this.dates;
  }
  *values(): MapIterator<Load> {
    for (let i = 0; i < this.dates.length; i++) yield this.at(i);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

/**
 * The answer of `/capacities` by user and date. Every person's answer normally repeats the same dates: those
 * people's loads are packed over one shared list of dates (PackedLoads); anyone else's are kept as a map.
 */
export function loadsByUser(groups: readonly ComputationGroup[]): LoadsByUser {
  const dates = groups[0]?.computations.map((c) => c.date) ?? [];
  const index = new Map(dates.map((d, i) => [d, i]));
  const onShared = (cs: readonly Computation[]) =>
    index.size === dates.length &&
    cs.length === dates.length &&
    cs.every((c, i) => c.date === dates[i] && fitsInt32(c));
  const once = oneCopyOfEach();
  return new Map(
    groups.map((g) => [
      g.id,
      onShared(g.computations)
        ? PackedLoads.of(dates, index, g.computations)
        : new Map(
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
