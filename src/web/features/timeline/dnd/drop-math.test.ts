import { describe, expect, it } from 'vitest';
import { packLanes } from '../lanes';
import { planMove, planResize, type PlacedBar } from './drop-math';

const bar = (id: number, groupId: number, lane: number, start: string, end: string): PlacedBar => ({
  id,
  name: `T${id}`,
  groupId,
  lane,
  start_date: start,
  end_date: end,
});
const rows: Record<number, PlacedBar[]> = {
  7: [bar(1, 7, 0, '2026-03-27', '2026-03-30'), bar(2, 7, 1, '2026-03-31', '2026-04-02')],
  8: [bar(3, 8, 0, '2026-03-25', '2026-04-05')],
};
const rowBars = (g: number) => rows[g] ?? [];

describe('planMove', () => {
  it('shifts dates by whole days across the DST change and keeps the lane', () => {
    const p = planMove([rows[7][0]], 2, 0, null, rowBars);
    expect(p.items).toEqual([
      {
        id: 1,
        op: 'move',
        source_group_id: 7,
        target_group_id: 7,
        weight: 0,
        start_date: '2026-03-29',
        end_date: '2026-04-01',
      },
    ]);
  });

  it('moves to another row and takes the next free lane there', () => {
    const p = planMove([rows[7][0]], 0, 0, 8, rowBars);
    expect(p.items[0]).toMatchObject({ source_group_id: 7, target_group_id: 8, weight: 1 });
  });

  it('lands a bar on the no-assignee row with a null target, and takes it out with a null source', () => {
    const unassigned: Record<number, PlacedBar[]> = { ...rows, 0: [] };
    const toNone = planMove([rows[7][0]], 0, 0, 0, (g) => unassigned[g] ?? []);
    expect(toNone.items[0]).toMatchObject({ source_group_id: 7, target_group_id: null, weight: 0 });
    const fromNone = planMove([bar(9, 0, 0, '2026-03-27', '2026-03-30')], 0, 0, 8, rowBars);
    expect(fromNone.items[0]).toMatchObject({ source_group_id: null, target_group_id: 8, weight: 1 });
  });

  it('moves several bars in one plan, one item each', () => {
    const p = planMove(rows[7], 1, 0, null, rowBars);
    expect(p.items.map((i) => i.id)).toEqual([1, 2]);
  });

  it('is empty when nothing changes', () => {
    expect(planMove([rows[7][0]], 0, 0, 7, rowBars).items).toEqual([]);
  });

  it('changes lanes inside a row', () => {
    expect(planMove([rows[7][0]], 0, 2, null, rowBars).items[0]).toMatchObject({ weight: 2 });
  });
});

describe('planResize', () => {
  it('moves one end and keeps at least a day', () => {
    expect(planResize(rows[7][0], 'end', 3, rowBars).items[0]).toMatchObject({
      start_date: '2026-03-27',
      end_date: '2026-04-02',
      weight: 0,
    });
    expect(planResize(rows[7][0], 'start', 10, rowBars).items[0]).toMatchObject({
      start_date: '2026-03-30',
      end_date: '2026-03-30',
    });
    expect(planResize(rows[7][0], 'start', 0, rowBars).items).toEqual([]);
  });
});

describe('a drop and the lanes packed again', () => {
  // Three bars over the same days, each on its own lane (weights 0 to 2): the row shows lanes 0 to 2 and the
  // spare lane 3 under them.
  const row = [0, 1, 2].map((lane) => bar(lane + 1, 7, lane, '2026-03-02', '2026-03-06'));
  const landed = (moving: PlacedBar, lane: number) => {
    const [it] = planMove([moving], 0, lane - moving.lane, null, () => row).items;
    if (!it) return null; // every lane between was taken: the bar stays
    const weights = row.map((b) => ({ ...b, weight: b.id === it.id ? it.weight : b.lane }));
    return { weight: it.weight, lane: packLanes(weights).lanes.get(it.id) };
  };
  it('shows the bar on the lane the drop wrote, the spare lane included', () => {
    for (const moving of row)
      for (const lane of [0, 1, 2, 3]) {
        const got = landed(moving, lane);
        if (got) expect(got.lane, `bar on lane ${moving.lane} dropped on lane ${lane}`).toBe(got.weight);
      }
    // The middle bar onto the spare lane leaves its own lane empty: it stays where it was dropped.
    expect(landed(row[1], 3)).toEqual({ weight: 3, lane: 3 });
  });
});

describe('a move at the edge of the calendar', () => {
  it('moves a task dated to 9999-12-31 no further, and a selection only as far as all of it can go', () => {
    const far = bar(5, 9, 0, '0001-01-01', '9999-12-31');
    expect(planMove([far], 1, 0, null, rowBars).items).toEqual([]);
    const late = bar(6, 8, 1, '9999-12-28', '9999-12-30');
    const near = bar(4, 8, 2, '2026-03-01', '2026-03-02');
    const p = planMove([late, near], 3, 0, null, rowBars);
    expect(p.items.map((i) => [i.id, i.start_date, i.end_date])).toEqual([
      [6, '9999-12-29', '9999-12-31'],
      [4, '2026-03-02', '2026-03-03'],
    ]);
  });
});
