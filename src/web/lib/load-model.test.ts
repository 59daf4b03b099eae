import { describe, expect, it } from 'vitest';
import { loadLevel, loadsByUser, sumLoads, withTaskMoved, type Load } from './load-model';

// 2026-11-23 is a Monday.
const computation = (date: string, working: number, estimated = 0, timeOff = 0) => ({
  date,
  working_minutes: working,
  time_off_minutes: timeOff,
  estimated_minutes: estimated,
  estimated_remaining_minutes: estimated,
  assigned_tasks_count: estimated > 0 ? 1 : 0,
});
const week = loadsByUser([
  {
    id: 7,
    type: 'user',
    computations: [
      computation('2026-11-23', 480, 240),
      computation('2026-11-24', 480, 0, 480),
      computation('2026-11-25', 480, 600),
      computation('2026-11-26', 480),
      computation('2026-11-27', 0),
      computation('2026-11-28', 0),
      computation('2026-11-29', 0),
    ],
  },
]).get(7)!;
const estimates = (loads: ReadonlyMap<string, Load>) => [...loads.values()].map((l) => l.estimated);

describe('load model', () => {
  it('reads available time as working minus time off', () => {
    expect(week.get('2026-11-24')).toMatchObject({ working: 480, timeOff: 480, available: 0 });
    expect(week.get('2026-11-23')).toMatchObject({ available: 480, estimated: 240, tasks: 1 });
  });

  it('grades a day by estimated against available minutes', () => {
    expect(
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map((d) =>
        loadLevel(week.get(d)!),
      ),
    ).toEqual(['busy', 'off', 'over', 'free', 'off']);
    expect(loadLevel({ available: 0, estimated: 30 })).toBe('over');
    expect(loadLevel({ available: 480, estimated: 480 })).toBe('full');
    expect(loadLevel({ available: 480, estimated: 100 })).toBe('light');
  });

  it('sums a week', () => {
    expect(sumLoads(week.values(), '2026-11-23')).toMatchObject({
      working: 1920,
      timeOff: 480,
      available: 1440,
      estimated: 840,
    });
  });

  it('moves a task as the server spreads it: off days and days off get nothing', () => {
    const task = { estimated_mins: 480, assignees: 1 };
    // Monday to Wednesday, with Tuesday off: 240 on Monday and Wednesday.
    const added = withTaskMoved(week, task, null, { start_date: '2026-11-23', end_date: '2026-11-25' });
    expect(estimates(added)).toEqual([480, 0, 840, 0, 0, 0, 0]);
    // Dragged to Thursday to Sunday: all of it on Thursday, the only working day.
    const moved = withTaskMoved(
      added,
      task,
      { start_date: '2026-11-23', end_date: '2026-11-25' },
      { start_date: '2026-11-26', end_date: '2026-11-29' },
    );
    expect(estimates(moved)).toEqual(
      estimates(withTaskMoved(week, task, null, { start_date: '2026-11-26', end_date: '2026-11-26' })),
    );
    expect(moved.get('2026-11-26')!.estimated).toBe(480);
    const removed = withTaskMoved(moved, task, { start_date: '2026-11-26', end_date: '2026-11-29' }, null);
    expect(estimates(removed)).toEqual(estimates(week));
  });
});

describe('loadsByUser', () => {
  const dates = ['2026-11-23', '2026-11-24', '2026-11-25'];
  const person = (id: number, est: number[]) => ({
    id,
    type: 'user' as const,
    computations: dates.map((d, i) => computation(d, 480, est[i], i === 1 ? 120 : 0)),
  });

  it('packs people on the shared dates and reads them back as the same numbers, in date order', () => {
    const loads = loadsByUser([person(1, [60, 0, 900]), person(2, [0, 30, 0])]);
    const one = loads.get(1)!;
    expect(one.size).toBe(3);
    expect([...one.keys()]).toEqual(dates);
    expect(one.get('2026-11-24')).toEqual({
      date: '2026-11-24',
      working: 480,
      timeOff: 120,
      available: 360,
      estimated: 0,
      remaining: 0,
      tasks: 0,
    });
    expect(one.has('2026-11-26')).toBe(false);
    expect(one.get('2026-11-26')).toBeUndefined();
    expect(estimates(one)).toEqual([60, 0, 900]);
    expect([...one].map(([d, l]) => [d, l.date])).toEqual(dates.map((d) => [d, d]));
    const seen: string[] = [];
    loads.get(2)!.forEach((l, d) => seen.push(`${d}:${l.estimated}`));
    expect(seen).toEqual(['2026-11-23:0', '2026-11-24:30', '2026-11-25:0']);
    // A copy (as the strip's adjustments make) is an ordinary map of the same loads.
    expect(new Map(one)).toEqual(new Map(dates.map((d) => [d, one.get(d)])));
  });

  it('keeps a person whose dates differ from the others, or whose numbers do not fit, as read', () => {
    const odd = { id: 3, type: 'user' as const, computations: [computation('2026-11-30', 480, 60)] };
    const huge = person(4, [2 ** 40, 0, 0]);
    const loads = loadsByUser([person(1, [0, 0, 0]), odd, huge]);
    expect([...loads.get(3)!.keys()]).toEqual(['2026-11-30']);
    expect(loads.get(3)!.get('2026-11-30')?.estimated).toBe(60);
    expect(loads.get(4)!.get('2026-11-23')?.estimated).toBe(2 ** 40);
  });
});
