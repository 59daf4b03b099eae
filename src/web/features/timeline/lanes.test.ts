import { describe, expect, it } from 'vitest';
import { cullBars, hasDays, packLanes } from './lanes';

const t = (id: number, start: string, end: string, weight?: number) => ({
  id,
  start_date: start,
  end_date: end,
  weight,
});

describe('packLanes', () => {
  it('keeps a free weight', () => {
    const { lanes, count } = packLanes([
      t(1, '2026-01-01', '2026-01-05', 2),
      t(2, '2026-01-01', '2026-01-05', 0),
    ]);
    expect(lanes.get(1)).toBe(2);
    expect(lanes.get(2)).toBe(0);
    expect(count).toBe(3);
  });

  it('moves a colliding task to the next free lane', () => {
    const { lanes } = packLanes([
      t(1, '2026-01-01', '2026-01-05', 0),
      t(2, '2026-01-05', '2026-01-08', 0),
      t(3, '2026-01-02', '2026-01-03', 1),
    ]);
    expect(lanes.get(1)).toBe(0);
    expect(lanes.get(2)).toBe(1); // touches day 5: overlaps
    expect(lanes.get(3)).toBe(1); // lane 1 is free on its days (2..3 vs 5..8)
  });

  it('lets tasks that do not overlap share a lane', () => {
    const { lanes, count } = packLanes([
      t(1, '2026-01-01', '2026-01-04', 0),
      t(2, '2026-01-05', '2026-01-08', 0),
    ]);
    expect([lanes.get(1), lanes.get(2)]).toEqual([0, 0]);
    expect(count).toBe(1);
  });

  it('reads a weight beyond the group as "below the others", never as a lane millions of rows down', () => {
    // Toggl's weight is an integer without bound; the planner's own PATCH accepts up to 1,000,000.
    for (const w of [1_000_000, 2 ** 40]) {
      const alone = packLanes([t(1, '2026-01-01', '2026-01-05', w)]);
      expect(alone.lanes.get(1), `weight ${w}`).toBe(0);
      expect(alone.count).toBe(1);
    }
    const { lanes, count } = packLanes([
      t(1, '2026-01-01', '2026-01-05', 2 ** 40),
      t(2, '2026-01-01', '2026-01-05', 0),
      t(3, '2026-01-01', '2026-01-05', 1_000_000),
      t(4, '2026-01-01', '2026-01-05', 1),
      t(5, '2026-02-01', '2026-02-05', 2 ** 40),
    ]);
    // Below the smaller weights, in the order of the weights; apart in time, they share a lane.
    expect([2, 4, 3, 1, 5].map((id) => lanes.get(id))).toEqual([0, 1, 2, 3, 2]);
    expect(count).toBe(4);
  });

  it('keeps every lane up to the number of tasks, as drags write them (the spare lane included)', () => {
    // Two overlapping tasks: dropping the second onto the spare lane (2) leaves its own lane empty.
    const { lanes, count } = packLanes([
      t(1, '2026-01-01', '2026-01-05', 0),
      t(2, '2026-01-01', '2026-01-05', 2),
    ]);
    expect([lanes.get(1), lanes.get(2)]).toEqual([0, 2]);
    expect(count).toBe(3);
  });

  it('never needs more than twice as many lanes as tasks, whatever the weights', () => {
    const weights = [0, 3, 2 ** 40, 7, 1_000_000, 5, 5, 2 ** 31, 1, 99];
    const tasks = weights.map((w, i) => t(i + 1, '2026-01-01', `2026-01-0${1 + (i % 5)}`, w));
    const { lanes, count } = packLanes(tasks);
    expect(count).toBeLessThanOrEqual(2 * tasks.length);
    for (const lane of lanes.values()) expect(lane).toBeLessThan(count);
  });

  it('never puts overlapping tasks on one lane (random data)', () => {
    const tasks = Array.from({ length: 200 }, (_, i) => {
      const s = 1 + ((i * 7) % 25);
      const e = s + ((i * 3) % 6);
      return t(
        i + 1,
        `2026-01-${String(s).padStart(2, '0')}`,
        `2026-01-${String(e).padStart(2, '0')}`,
        i % 4,
      );
    });
    const { lanes } = packLanes(tasks);
    for (const a of tasks)
      for (const b of tasks)
        if (a.id < b.id && lanes.get(a.id) === lanes.get(b.id))
          expect(a.start_date <= b.end_date && b.start_date <= a.end_date).toBe(false);
  });
});

describe('cullBars', () => {
  it('returns only bars touching the visible days, plus kept ones', () => {
    const bars = [
      t(1, '2026-01-01', '2026-01-03'),
      t(2, '2026-01-03', '2026-01-10'),
      t(3, '2026-02-01', '2026-02-02'),
      t(4, '2025-12-01', '2026-03-01'),
    ];
    const visible = { start: '2026-01-04', end: '2026-01-31' };
    expect(cullBars(bars, visible).map((b) => b.id)).toEqual([2, 4]);
    expect(cullBars(bars, visible, new Set([3])).map((b) => b.id)).toEqual([2, 3, 4]);
  });
});

describe('cullBars by lanes', () => {
  const tasks = [
    { id: 1, start_date: '2026-03-02', end_date: '2026-03-04' },
    { id: 2, start_date: '2026-03-02', end_date: '2026-03-04' },
    { id: 3, start_date: '2026-03-02', end_date: '2026-03-04' },
    { id: 4, start_date: '2026-05-02', end_date: '2026-05-04' },
  ];
  const of = new Map([
    [1, 0],
    [2, 5],
    [3, 9],
    [4, 5],
  ]);
  const visible = { start: '2026-03-01', end: '2026-03-31' };
  it('keeps only bars on the visible lanes and days', () => {
    expect(cullBars(tasks, visible, undefined, { of, from: 4, to: 7 }).map((t) => t.id)).toEqual([2]);
  });
  it('keeps a dragged or focused bar whatever its lane or days', () => {
    expect(cullBars(tasks, visible, new Set([3, 4]), { of, from: 4, to: 7 }).map((t) => t.id)).toEqual([
      2, 3, 4,
    ]);
  });
});

describe('hasDays', () => {
  it('draws a task with two real days in order', () => {
    expect(hasDays(t(1, '2026-03-01', '2026-03-01'))).toBe(true);
    expect(hasDays(t(1, '0001-01-01', '9999-12-31'))).toBe(true);
  });

  it('leaves out what the upstream may send for an undated task, or text where a date belongs', () => {
    for (const [start, end] of [
      ['', ''],
      ['2026-03-01', ''],
      ['undefined', '2026-03-02'],
      ['超长的任务名称', '2026-03-02'],
      ['2026-02-30', '2026-03-02'],
      ['2026-03-05', '2026-03-01'],
    ])
      expect(hasDays(t(1, start, end)), `${start}..${end}`).toBe(false);
    expect(hasDays({ start_date: null, end_date: undefined })).toBe(false);
  });
});
