import { describe, expect, it } from 'vitest';
import { attachNear, blocksOverlapping, nearBlockKeeper, nearBlocksOf, overlaps } from './near-blocks';

const at = (iso: string) => Date.parse(iso);
const from = at('2026-11-23T00:00:00Z');
const to = at('2026-11-28T00:00:00Z');
const block = (id: number, start: string, duration = 3600) => ({ id, start, duration });

describe('near blocks', () => {
  it('overlap a range as a range read counts them: ending after its start, or zero-length inside', () => {
    expect(overlaps(at('2026-11-22T23:00:00Z'), 3600, from, to)).toBe(false); // ends at `from`
    expect(overlaps(at('2026-11-22T23:00:00Z'), 3601, from, to)).toBe(true);
    expect(overlaps(at('2026-11-23T00:00:00Z'), 0, from, to)).toBe(true);
    expect(overlaps(at('2026-11-27T23:59:00Z'), null, from, to)).toBe(true);
    expect(overlaps(at('2026-11-28T00:00:00Z'), 60, from, to)).toBe(false);
    const list = [block(1, '2026-11-22T22:00:00Z'), block(2, '2026-11-24T09:00:00Z')];
    expect(blocksOverlapping(list, from, to).map((b) => b.id)).toEqual([2]);
  });

  it('are the raw records of the blocks overlapping the range, attached to the read’s result', () => {
    const keeper = nearBlockKeeper(from, to);
    const records = [
      { ...block(1, '2026-11-20T09:00:00Z'), task: { name: 'old' } },
      { ...block(2, '2026-11-24T09:00:00Z'), task: { name: 'in' } },
      { ...block(3, '2026-11-22T23:30:00Z'), task: { name: 'across' } },
    ];
    for (const r of records) keeper.offer(r, () => r);
    const result = new Map();
    expect(nearBlocksOf(result)).toBeUndefined();
    attachNear(result, keeper.kept());
    expect(nearBlocksOf(result)).toEqual({ from, to, records: [records[1], records[2]] });
    expect(nearBlocksOf(new Map())).toBeUndefined();
    expect(nearBlocksOf(null)).toBeUndefined();
  });

  it('are none when more than the cap overlap the range (the reader then reads them itself)', () => {
    const keeper = nearBlockKeeper(from, to, 2);
    for (const id of [1, 2, 3]) keeper.offer(block(id, '2026-11-24T09:00:00Z'), () => ({ id }));
    const result = {};
    attachNear(result, keeper.kept());
    expect(nearBlocksOf(result)).toBeUndefined();
    const exact = nearBlockKeeper(from, to, 2);
    for (const id of [1, 2]) exact.offer(block(id, '2026-11-24T09:00:00Z'), () => ({ id }));
    attachNear(result, exact.kept());
    expect(nearBlocksOf(result)?.records).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('are none for an empty range', () => {
    const keeper = nearBlockKeeper(to, from);
    keeper.offer(block(1, '2026-11-24T09:00:00Z'), () => ({}));
    const result = {};
    attachNear(result, keeper.kept());
    expect(nearBlocksOf(result)).toBeUndefined();
  });
});
