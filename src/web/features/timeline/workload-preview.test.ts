import { describe, expect, it } from 'vitest';
import type { Load } from '@/web/lib/load-model';
import { draggedDates, previewLoads, weekdayCalendar } from './workload-preview';

const day = (date: string, estimated: number, available = 480): Load => ({
  date,
  working: available,
  timeOff: 0,
  available,
  estimated,
  remaining: estimated,
  tasks: 0,
});
// Mon 30 Nov to Sun 6 Dec 2026.
const week = [
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-05',
  '2026-12-06',
];
const days = new Map(week.map((d, i) => [d, day(d, 0, i < 5 ? 480 : 0)]));
const task = { id: 7, estimated_mins: 600, estimate_type: 'total', assignees: 2 };

describe('drag preview arithmetic', () => {
  it("adds a dropped task's share to the target's working days, as the server spreads it", () => {
    // 600 min shared by 2 = 300 over Wed-Fri (3 working days) = 100 a day.
    const after = previewLoads(days, 'day', task, null, { start_date: '2026-12-02', end_date: '2026-12-04' });
    expect(week.map((d) => after.get(d)!.estimated)).toEqual([0, 0, 100, 100, 100, 0, 0]);
  });

  it('moves the share with the dates, skipping the weekend, and never below zero', () => {
    const loaded = previewLoads(days, 'day', task, null, {
      start_date: '2026-11-30',
      end_date: '2026-12-01',
    });
    const moved = previewLoads(
      loaded,
      'day',
      task,
      { start_date: '2026-11-30', end_date: '2026-12-01' },
      { start_date: '2026-12-04', end_date: '2026-12-06' },
    );
    expect(week.map((d) => moved.get(d)!.estimated)).toEqual([0, 0, 0, 0, 300, 0, 0]);
  });

  it('sums the days of each week for week loads, holidays excluded', () => {
    const weeks = new Map([['2026-11-30', day('2026-11-30', 1000, 2400)]]);
    const cal = weekdayCalendar(new Set(['2026-12-04']));
    const after = previewLoads(
      weeks,
      'week',
      { ...task, estimate_type: 'daily' },
      null,
      { start_date: '2026-12-03', end_date: '2026-12-06' },
      cal,
    );
    // Daily 300 on Thursday only (Friday is a holiday, the weekend no working day).
    expect(after.get('2026-11-30')!.estimated).toBe(1300);
  });

  it("says whose load a drag changes: the source person's, the target's, both on a move between rows", () => {
    const t = { id: 7, start_date: '2026-12-01', end_date: '2026-12-02', assignee_user_ids: [1, 3] };
    const move = { kind: 'move' as const, groupId: 1, targetGroupId: 2 };
    const before = { start_date: '2026-12-01', end_date: '2026-12-02' };
    const after = { start_date: '2026-12-03', end_date: '2026-12-04' };
    expect(draggedDates(1, move, t, 2)).toEqual({ taskId: 7, from: before, to: null });
    expect(draggedDates(2, move, t, 2)).toEqual({ taskId: 7, from: null, to: after });
    expect(draggedDates(3, move, t, 2)).toBeNull();
    // Onto a row of someone already on the task: their share moves, it does not double.
    expect(draggedDates(3, { ...move, targetGroupId: 3 }, t, 2)).toEqual({
      taskId: 7,
      from: before,
      to: after,
    });
    expect(draggedDates(1, { ...move, targetGroupId: 1 }, t, 0)).toBeNull();
  });

  it('a resize changes one end and keeps at least a day', () => {
    const t = { id: 7, start_date: '2026-12-01', end_date: '2026-12-02' };
    const resize = { kind: 'resize' as const, edge: 'end' as const, groupId: 1, targetGroupId: 1 };
    expect(draggedDates(1, resize, t, 3)?.to).toEqual({ start_date: '2026-12-01', end_date: '2026-12-05' });
    expect(draggedDates(1, resize, t, -5)?.to).toEqual({ start_date: '2026-12-01', end_date: '2026-12-01' });
    expect(draggedDates(1, { ...resize, edge: 'start' }, t, 4)?.to).toEqual({
      start_date: '2026-12-02',
      end_date: '2026-12-02',
    });
  });
});
