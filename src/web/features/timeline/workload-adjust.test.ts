import { describe, expect, it } from 'vitest';
import type { Load } from '@/web/lib/load-model';
import { adjustLoads, placementsOf } from './workload-adjust';

const day = (date: string, estimated: number): Load => ({
  date,
  working: 480,
  timeOff: 0,
  available: 480,
  estimated,
  remaining: estimated,
  tasks: 0,
});
const days = ['2026-12-01', '2026-12-02', '2026-12-03'];
const loadsOf = (values: number[]) => new Map(days.map((d, i) => [d, day(d, values[i])]));
const task = {
  id: 9,
  start_date: '2026-12-01',
  end_date: '2026-12-02',
  estimated_mins: 240,
  assignee_user_ids: [1],
};

describe('loads after changes on screen', () => {
  it('a task handed to another person moves its minutes from one strip to the other', () => {
    const loads = new Map([
      [1, loadsOf([120, 120, 0])],
      [2, loadsOf([0, 0, 0])],
    ]);
    const before = placementsOf([
      { id: 1, tasks: [task] },
      { id: 2, tasks: [] },
    ]);
    const moved = { ...task, start_date: '2026-12-02', end_date: '2026-12-03', assignee_user_ids: [2] };
    const after = placementsOf([
      { id: 1, tasks: [] },
      { id: 2, tasks: [moved] },
    ]);
    const out = adjustLoads(loads, 'day', before, after);
    expect(days.map((d) => out.get(1)!.get(d)!.estimated)).toEqual([0, 0, 0]);
    expect(days.map((d) => out.get(2)!.get(d)!.estimated)).toEqual([0, 120, 120]);
  });

  it('an unchanged screen, a task that only came or went, keep the loads as read', () => {
    const loads = new Map([[1, loadsOf([120, 120, 0])]]);
    const before = placementsOf([{ id: 1, tasks: [task] }]);
    expect(adjustLoads(loads, 'day', before, placementsOf([{ id: 1, tasks: [task] }]))).toBe(loads);
    expect(adjustLoads(loads, 'day', before, placementsOf([{ id: 1, tasks: [] }]))).toBe(loads);
  });

  it('a new estimate replaces the old one on the same days', () => {
    const loads = new Map([[1, loadsOf([120, 120, 0])]]);
    const before = placementsOf([{ id: 1, tasks: [task] }]);
    const after = placementsOf([{ id: 1, tasks: [{ ...task, estimated_mins: 600 }] }]);
    const out = adjustLoads(loads, 'day', before, after);
    expect(days.map((d) => out.get(1)!.get(d)!.estimated)).toEqual([300, 300, 0]);
  });
});
