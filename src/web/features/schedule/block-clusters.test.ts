import { describe, expect, it } from 'vitest';
import { clusterBlocks, clusterSpan, type ClusterOptions, type Drawn } from './block-clusters';
import type { Placed } from './visible-range';

const opts: ClusterOptions<number> = { minPx: 12, gapPx: 2, dayPx: 1000, keep: () => false };
const at = (item: number, left: number, width: number): Placed<number> => ({ item, left, width });
/** Drawn things as short text: `3` for block 3 on its own, `[1 2]` for a cluster of blocks 1 and 2. */
const shape = (drawn: Drawn<number>[]) =>
  drawn.map((d) =>
    d.kind === 'block' ? String(d.placed.item) : `[${d.items.map((p) => p.item).join(' ')}]`,
  );

describe('clusterBlocks', () => {
  it('draws blocks that fit one by one, adjacent or overlapping (a conflict stays visible)', () => {
    const placed = [at(1, 0, 60), at(2, 60, 40), at(3, 90, 50), at(4, 300, 5)];
    expect(shape(clusterBlocks(placed, opts))).toEqual(['1', '2', '3', '4']);
  });

  it('draws a run of slivers as one cluster spanning them, and counts each block once', () => {
    const placed = [at(1, 100, 5), at(2, 105, 6), at(3, 112, 4), at(4, 200, 30)];
    const drawn = clusterBlocks(placed, opts);
    expect(shape(drawn)).toEqual(['[1 2 3]', '4']);
    expect(drawn[0]).toMatchObject({ kind: 'cluster', left: 100, width: 16 });
  });

  it('clusters many blocks stacked on one hour even when each is wide', () => {
    const placed = [1, 2, 3, 4, 5, 6].map((id) => at(id, 40, 60));
    const drawn = clusterBlocks(placed, opts);
    expect(shape(drawn)).toEqual(['[1 2 3 4 5 6]']);
    expect(drawn[0]).toMatchObject({ left: 40, width: 60 });
  });

  it('breaks runs at gaps wider than gapPx and at a day start', () => {
    const placed = [at(1, 0, 5), at(2, 5, 5), at(3, 13, 5), at(4, 18, 5), at(5, 995, 5), at(6, 1000, 5)];
    expect(shape(clusterBlocks(placed, opts))).toEqual(['[1 2]', '[3 4]', '5', '6']);
  });

  it('chains in left order whatever the input order (a cluster lists its blocks left to right) and draws in input order', () => {
    const placed = [at(9, 300, 80), at(3, 10, 4), at(1, 0, 5), at(2, 5, 5)];
    expect(shape(clusterBlocks(placed, opts))).toEqual(['9', '[1 2 3]']);
  });

  it('never puts a kept block (dragged, selected, focused) in a cluster', () => {
    const placed = [at(1, 0, 5), at(2, 5, 5), at(3, 10, 5)];
    const drawn = clusterBlocks(placed, { ...opts, keep: (id) => id === 2 });
    expect(shape(drawn)).toEqual(['1', '2', '3']);
    // A kept block does not bridge the gap it leaves: 1 stands alone, 3 and 4 still touch.
    const two = clusterBlocks([...placed, at(4, 15, 5)], { ...opts, keep: (id) => id === 2 });
    expect(shape(two)).toEqual(['1', '2', '[3 4]']);
  });

  it('does not change its input', () => {
    const placed = [at(2, 5, 5), at(1, 0, 5)];
    const copy = structuredClone(placed);
    clusterBlocks(placed, opts);
    expect(placed).toEqual(copy);
    expect(clusterBlocks([], opts)).toEqual([]);
  });
});

describe('clusterSpan', () => {
  it('runs from the earliest start to the latest end, whatever the order and overlaps', () => {
    const blocks = [
      { start: '2026-03-02T10:00:00Z', duration: 3600 },
      { start: '2026-03-02T09:00:00Z', duration: 1800 },
      { start: '2026-03-02T09:15:00Z', duration: 4 * 3600 },
      { start: '2026-03-02T11:00:00Z', duration: null },
    ];
    expect(clusterSpan(blocks)).toEqual([
      Date.parse('2026-03-02T09:00:00Z'),
      Date.parse('2026-03-02T13:15:00Z'),
    ]);
  });
});
