import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateOn,
  remainingOn,
  spreadOver,
  taskBounds,
  walkingCalendar,
  type SpreadTask,
  type WorkCalendar,
} from './estimate-spread';
import { daysFrom, weekdayOfDay } from './utc-days';

// 2026-03-16 is a Monday.
const weekdays = walkingCalendar((d) => weekdayOfDay(d) >= 1 && weekdayOfDay(d) <= 5);
const perDay = (task: SpreadTask, cal: WorkCalendar, from: string, to: string) =>
  Object.fromEntries(daysFrom(from, to).map((d) => [d, estimateOn(task, cal, d)]));
const total = (task: SpreadTask, cal: WorkCalendar, from: string, to: string) =>
  daysFrom(from, to).reduce((s, d) => s + estimateOn(task, cal, d), 0);

describe('estimateOn', () => {
  it('spreads a total estimate evenly over the working days of the range', () => {
    const task = { start_date: '2026-03-16', end_date: '2026-03-20', estimated_mins: 600, assignees: 1 };
    expect(Object.values(perDay(task, weekdays, '2026-03-16', '2026-03-20'))).toEqual([
      120, 120, 120, 120, 120,
    ]);
  });

  it('a task spanning a weekend puts nothing on Saturday and Sunday', () => {
    const task = { start_date: '2026-03-20', end_date: '2026-03-23', estimated_mins: 480, assignees: 1 };
    expect(perDay(task, weekdays, '2026-03-20', '2026-03-23')).toEqual({
      '2026-03-20': 240,
      '2026-03-21': 0,
      '2026-03-22': 0,
      '2026-03-23': 240,
    });
  });

  it('a daily estimate is that many minutes on every working day', () => {
    const task = {
      start_date: '2026-03-20',
      end_date: '2026-03-23',
      estimated_mins: 90,
      estimate_type: 'daily',
      assignees: 1,
    };
    expect(Object.values(perDay(task, weekdays, '2026-03-20', '2026-03-23'))).toEqual([90, 0, 0, 90]);
  });

  it('splits the estimate evenly among the assignees', () => {
    const task = { start_date: '2026-03-16', end_date: '2026-03-16', estimated_mins: 90, assignees: 2 };
    expect(estimateOn(task, weekdays, '2026-03-16')).toBe(45);
    const daily = { ...task, end_date: '2026-03-17', estimate_type: 'daily', assignees: 4 };
    expect(perDay(daily, weekdays, '2026-03-16', '2026-03-17')).toEqual({
      '2026-03-16': 23,
      '2026-03-17': 22,
    });
  });

  it('whole minutes (cumulative rounding) add up exactly to the estimate', () => {
    const task = { start_date: '2026-03-16', end_date: '2026-03-18', estimated_mins: 100, assignees: 1 };
    expect(Object.values(perDay(task, weekdays, '2026-03-16', '2026-03-18'))).toEqual([33, 34, 33]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 40 }), (mins, len) => {
        const t = {
          start_date: '2026-03-16',
          end_date: daysFrom('2026-03-16', '2026-05-01')[len],
          estimated_mins: mins,
          assignees: 1,
        };
        expect(total(t, weekdays, '2026-03-01', '2026-05-31')).toBe(mins);
      }),
      { numRuns: 40 },
    );
  });

  it('a range without any working day spreads over all its days', () => {
    const task = { start_date: '2026-03-21', end_date: '2026-03-22', estimated_mins: 100, assignees: 1 };
    expect(perDay(task, weekdays, '2026-03-21', '2026-03-22')).toEqual({
      '2026-03-21': 50,
      '2026-03-22': 50,
    });
  });

  it('one date is a one-day task; no date places nothing', () => {
    expect(
      estimateOn({ end_date: '2026-03-17', estimated_mins: 60, assignees: 1 }, weekdays, '2026-03-17'),
    ).toBe(60);
    expect(taskBounds({ start_date: null, end_date: null })).toBeNull();
    expect(taskBounds({ start_date: '2026-03-20', end_date: '2026-03-18' })).toEqual({
      start: '2026-03-20',
      end: '2026-03-20',
    });
    expect(taskBounds({ start_date: 'soon', end_date: '2026-03-18' })).toEqual({
      start: '2026-03-18',
      end: '2026-03-18',
    });
  });
});

describe('remainingOn', () => {
  const task = { start_date: '2026-03-16', end_date: '2026-03-20', estimated_mins: 600, assignees: 1 };
  const on = (t: SpreadTask, today: string, tracked = 0, done = false) =>
    daysFrom('2026-03-16', '2026-03-20').map((d) =>
      remainingOn(t, weekdays, d, { today, trackedMinutes: tracked, done }),
    );

  it('places the untracked rest of a total estimate on the working days from today', () => {
    expect(on(task, '2026-03-18', 150)).toEqual([0, 0, 150, 150, 150]);
    expect(on(task, '2026-03-16')).toEqual([120, 120, 120, 120, 120]);
  });

  it('is zero for done and overdue tasks, and once everything is tracked', () => {
    expect(on(task, '2026-03-18', 0, true)).toEqual([0, 0, 0, 0, 0]);
    expect(on(task, '2026-03-23')).toEqual([0, 0, 0, 0, 0]);
    expect(on(task, '2026-03-16', 900)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a daily estimate asks no more than its share of a day: past slices are not carried over', () => {
    const daily = { ...task, estimated_mins: 60, estimate_type: 'daily' };
    expect(on(daily, '2026-03-19')).toEqual([0, 0, 0, 60, 60]);
    // 300 gross, 200 tracked: 100 left over the two days left.
    expect(on(daily, '2026-03-19', 200)).toEqual([0, 0, 0, 50, 50]);
  });
});

describe('spreadOver', () => {
  const day = (n: number) => daysFrom('2026-03-01', '2026-12-31')[n];
  it('gives every day of the range what estimateOn and remainingOn give it, day by day', () => {
    fc.assert(
      fc.property(
        fc.record({
          start: fc.option(fc.integer({ min: 0, max: 120 })),
          len: fc.integer({ min: -3, max: 60 }),
          mins: fc.option(fc.integer({ min: -10, max: 50_000 })),
          daily: fc.boolean(),
          assignees: fc.integer({ min: 1, max: 4 }),
          off: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 12 }),
          weekendsWork: fc.boolean(),
          today: fc.integer({ min: 0, max: 200 }),
          tracked: fc.integer({ min: 0, max: 3_000 }),
          done: fc.boolean(),
          from: fc.integer({ min: 0, max: 150 }),
          span: fc.integer({ min: 0, max: 90 }),
        }),
        (r) => {
          const offDays = new Set(r.off.map(day));
          const cal = walkingCalendar(
            (d) => !offDays.has(d) && (r.weekendsWork || (weekdayOfDay(d) >= 1 && weekdayOfDay(d) <= 5)),
          );
          const task: SpreadTask = {
            start_date: r.start === null ? null : day(r.start),
            end_date: r.start === null ? day(20) : day(Math.max(0, r.start + r.len)),
            estimated_mins: r.mins,
            estimate_type: r.daily ? 'daily' : 'total',
            assignees: r.assignees,
          };
          const input = { today: day(r.today), trackedMinutes: r.tracked, done: r.done };
          const from = day(r.from);
          const to = day(r.from + r.span);
          const got: [string, number, number][] = [];
          spreadOver(task, cal, from, to, input, (d, e, rem) => got.push([d, e, rem]));
          const b = taskBounds(task);
          const days = b ? daysFrom(from > b.start ? from : b.start, to < b.end ? to : b.end) : [];
          expect(got).toEqual(
            days.map((d) => [d, estimateOn(task, cal, d), remainingOn(task, cal, d, input)]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a task dated to the end of the calendar (9999-12-31, as the API allows)', () => {
  const weekdays = walkingCalendar((d) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6;
  });
  it('counts its working days without walking past 9999-12-31, in one year of steps', () => {
    expect(weekdays.countWorkingDays('9999-12-27', '9999-12-31')).toBe(5);
    const started = performance.now();
    const all = weekdays.countWorkingDays('0001-01-01', '9999-12-31');
    expect(performance.now() - started).toBeLessThan(1000);
    // 3,652,059 days, five in seven working: within a week's worth of the exact count.
    expect(Math.abs(all - (3_652_059 * 5) / 7)).toBeLessThan(7);
  });
  it('walks a view-sized range day by day (holidays counted)', () => {
    const cal = walkingCalendar((d) => d !== '2026-12-24' && d !== '2026-12-26');
    expect(cal.countWorkingDays('2026-12-20', '2026-12-31')).toBe(10);
  });
});
