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
