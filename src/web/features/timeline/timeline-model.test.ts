import { describe, expect, it } from 'vitest';
import type { TaskGroupEntry } from '@/api/task-group';
import { taskEntry, taskGroup as group } from '@/api/test-fixtures';
import { mergeChunks, resolveDropLane } from './timeline-model';

const entry = (
  id: number,
  start: string,
  end: string,
  weight = 0,
  extra: Partial<TaskGroupEntry> = {},
): TaskGroupEntry => taskEntry(id, { start_date: start, end_date: end, weight, ...extra });

describe('mergeChunks', () => {
  it('joins quarters and keeps one copy of a task spanning them', () => {
    const a = [group(7, [entry(1, '2026-03-30', '2026-04-02')])];
    const b = [
      group(7, [entry(1, '2026-03-30', '2026-04-02'), entry(2, '2026-04-05', '2026-04-06')]),
      group(8, []),
    ];
    const m = mergeChunks([a, undefined, b]);
    expect(m.map((g) => g.id)).toEqual([7, 8]);
    expect(m[0].tasks.map((t) => t.id)).toEqual([1, 2]);
  });
});

describe('resolveDropLane', () => {
  const others = [
    { lane: 0, start_date: '2026-01-01', end_date: '2026-01-05' },
    { lane: 1, start_date: '2026-01-04', end_date: '2026-01-04' },
  ];
  it('keeps a free lane, else takes the next free one', () => {
    expect(resolveDropLane(others, 0, '2026-01-06', '2026-01-07')).toBe(0);
    expect(resolveDropLane(others, 0, '2026-01-03', '2026-01-04')).toBe(2);
    expect(resolveDropLane(others, -1, '2026-01-10', '2026-01-10')).toBe(0);
  });
});
