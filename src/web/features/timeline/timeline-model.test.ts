import { describe, expect, it } from 'vitest';
import type { TaskGroup, TaskGroupEntry } from '@/api/task-group';
import {
  applyMoves,
  entriesById,
  mergeChunks,
  resolveDropLane,
  reverseItems,
  type MoveItem,
} from './timeline-model';

const entry = (
  id: number,
  start: string,
  end: string,
  weight = 0,
  extra: Partial<TaskGroupEntry> = {},
): TaskGroupEntry => ({
  id,
  name: `T${id}`,
  allocation_unit: 'percent',
  estimate_type: 'total',
  private: false,
  source: 'plan',
  status_id: 1,
  start_date: start,
  end_date: end,
  weight,
  ...extra,
});
const group = (id: number, tasks: TaskGroupEntry[]): TaskGroup => ({ id, name: null, type: 'users', tasks });
const Q1 = { start: '2026-01-01', end: '2026-03-31' };

describe('applyMoves', () => {
  const groups = [
    group(0, []),
    group(7, [entry(1, '2026-01-05', '2026-01-07', 0, { assignee_user_ids: [7] })]),
    group(8, []),
  ];
  const before = entriesById(groups);

  it('shifts dates and lane inside a row', () => {
    const item: MoveItem = {
      id: 1,
      op: 'move',
      source_group_id: 7,
      target_group_id: 7,
      weight: 2,
      start_date: '2026-01-07',
      end_date: '2026-01-09',
    };
    const out = applyMoves(groups, Q1, 'users', [item], before);
    expect(out[1].tasks).toMatchObject([
      { id: 1, weight: 2, start_date: '2026-01-07', end_date: '2026-01-09' },
    ]);
    expect(groups[1].tasks[0].start_date).toBe('2026-01-05'); // not mutated
  });

  it('moves a task to another user and updates the assignees', () => {
    const item: MoveItem = {
      id: 1,
      op: 'move',
      source_group_id: 7,
      target_group_id: 8,
      weight: 0,
      start_date: '2026-01-05',
      end_date: '2026-01-07',
    };
    const out = applyMoves(groups, Q1, 'users', [item], before);
    expect(out[1].tasks).toEqual([]);
    expect(out[2].tasks[0].assignee_user_ids).toEqual([8]);
  });

  it('drops a task from a chunk its dates leave', () => {
    const item: MoveItem = {
      id: 1,
      op: 'move',
      source_group_id: 7,
      target_group_id: 7,
      weight: 0,
      start_date: '2026-04-02',
      end_date: '2026-04-03',
    };
    expect(applyMoves(groups, Q1, 'users', [item], before)[1].tasks).toEqual([]);
  });

  it('reverses a move from the state before it', () => {
    const item: MoveItem = {
      id: 1,
      op: 'move',
      source_group_id: 7,
      target_group_id: 8,
      weight: 3,
      start_date: '2026-01-09',
      end_date: '2026-01-11',
    };
    expect(reverseItems([item], before, () => 0)).toEqual([
      {
        id: 1,
        op: 'move',
        source_group_id: 8,
        target_group_id: 7,
        weight: 0,
        start_date: '2026-01-05',
        end_date: '2026-01-07',
      },
    ]);
  });
});

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

describe('applyMoves keeps untouched rows', () => {
  it('returns the same group objects for rows the move does not touch', () => {
    const t = {
      id: 7,
      name: 'T',
      start_date: '2026-03-02',
      end_date: '2026-03-03',
      weight: 0,
    } as TaskGroupEntry;
    const groups: TaskGroup[] = [
      { id: 1, tasks: [t] },
      { id: 2, tasks: [] },
      { id: 3, tasks: [{ ...t, id: 8 }] },
    ] as TaskGroup[];
    const item = {
      id: 7,
      op: 'move' as const,
      source_group_id: 1,
      target_group_id: 2,
      weight: 0,
      start_date: '2026-03-04',
      end_date: '2026-03-05',
    };
    const out = applyMoves(
      groups,
      { start: '2026-01-01', end: '2026-03-31' },
      'users',
      [item],
      new Map([[7, t]]),
    );
    expect(out[2]).toBe(groups[2]);
    expect(out[0].tasks).toEqual([]);
    expect(out[1].tasks.map((x) => x.start_date)).toEqual(['2026-03-04']);
  });
});
