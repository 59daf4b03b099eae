import { describe, expect, it } from 'vitest';
import { clusterBlocks, clusterSpan, stackOverlaps, type ClusterOptions, type Drawn } from './block-clusters';
import type { Placed } from './visible-range';

const opts: ClusterOptions<number> = {
  minPx: 8,
  overlapPx: 1,
  minCount: 3,
  dayPx: 1000,
  keep: () => false,
};
const at = (item: number, left: number, width: number): Placed<number> => ({ item, left, width });
/** Drawn things as short text: `3` for block 3 on its own, `[1 2]` for a cluster of blocks 1 and 2. */
const shape = (drawn: Drawn<number>[]) =>
  drawn.map((d) =>
    d.kind === 'block' ? String(d.placed.item) : `[${d.items.map((p) => p.item).join(' ')}]`,
  );

describe('clusterBlocks', () => {
  it('draws blocks that fit one by one: adjacent slivers, and overlapping blocks with room (the conflict shows)', () => {
    const placed = [at(1, 0, 60), at(2, 60, 40), at(3, 90, 50), at(4, 300, 5), at(5, 305, 5), at(6, 310, 4)];
    expect(shape(clusterBlocks(placed, opts))).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('keeps a double booking as two blocks however narrow (each can be dragged apart)', () => {
    expect(shape(clusterBlocks([at(1, 0, 6), at(2, 2, 6)], opts))).toEqual(['1', '2']);
  });

  it('draws a run of overlapping slivers as one cluster spanning them, each block once', () => {
    const placed = [at(1, 100, 6), at(2, 104, 6), at(3, 108, 5), at(4, 200, 30)];
    const drawn = clusterBlocks(placed, opts);
    expect(shape(drawn)).toEqual(['[1 2 3]', '4']);
    expect(drawn[0]).toMatchObject({ kind: 'cluster', left: 100, width: 13 });
  });

  it('clusters blocks stacked on one hour even when each is wide', () => {
    const placed = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => at(id, 40, 60));
    const drawn = clusterBlocks(placed, opts);
    expect(shape(drawn)).toEqual(['[1 2 3 4 5 6 7 8]']);
    expect(drawn[0]).toMatchObject({ left: 40, width: 60 });
  });

  it('breaks runs where blocks only touch (less than overlapPx) and at a day start', () => {
    const placed = [
      at(1, 0, 6),
      at(2, 2, 6),
      at(3, 4, 4),
      at(4, 7.5, 6), // overlaps 2 and 3 by half a pixel: touches
      at(5, 9, 6),
      at(6, 11, 6),
      at(7, 988, 6),
      at(8, 991, 6),
      at(9, 994, 6), // still starts in the first day
      at(10, 1000, 6), // the next day's first block
      at(11, 1002, 6),
      at(12, 1004, 6),
    ];
    expect(shape(clusterBlocks(placed, opts))).toEqual(['[1 2 3]', '[4 5 6]', '[7 8 9]', '[10 11 12]']);
  });

  it('chains in left order whatever the input order (a cluster lists its blocks left to right) and draws in input order', () => {
    const placed = [at(9, 300, 80), at(3, 8, 5), at(1, 0, 5), at(2, 4, 5)];
    expect(shape(clusterBlocks(placed, opts))).toEqual(['9', '[1 2 3]']);
  });

  it('never puts a kept block (dragged, selected, focused) in a cluster', () => {
    const placed = [at(1, 0, 6), at(2, 4, 6), at(3, 8, 6), at(4, 11, 6), at(5, 13, 6)];
    const keep = (id: number) => id === 2;
    expect(shape(clusterBlocks(placed.slice(0, 3), opts))).toEqual(['[1 2 3]']);
    expect(shape(clusterBlocks(placed.slice(0, 3), { ...opts, keep }))).toEqual(['1', '2', '3']);
    // A kept block does not bridge: 1 and 3 do not overlap; 3, 4 and 5 still do.
    expect(shape(clusterBlocks(placed, { ...opts, keep }))).toEqual(['1', '2', '[3 4 5]']);
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

describe('stackOverlaps', () => {
  const at = (item: string, left: number, width: number) => ({ item, left, width });

  it('gives a double booking two lanes and leaves blocks that only touch or stand alone out', () => {
    const lanes = stackOverlaps([at('a', 0, 60), at('b', 0, 45), at('c', 60, 30), at('d', 200, 20)]);
    expect(lanes.get('a')).toEqual({ lane: 0, of: 2 });
    expect(lanes.get('b')).toEqual({ lane: 1, of: 2 });
    expect(lanes.has('c')).toBe(false);
    expect(lanes.has('d')).toBe(false);
  });

  it('reuses a lane once its block has ended, so a chain of overlaps needs only as many lanes as overlap at once', () => {
    // a overlaps b, b overlaps c, but a and c do not meet: two lanes for the three.
    const lanes = stackOverlaps([at('a', 0, 50), at('b', 40, 50), at('c', 80, 50)]);
    expect([...lanes.values()].map((s) => s.of)).toEqual([2, 2, 2]);
    expect(lanes.get('a')!.lane).toBe(lanes.get('c')!.lane);
    expect(lanes.get('b')!.lane).not.toBe(lanes.get('a')!.lane);
    const three = stackOverlaps([at('x', 0, 90), at('y', 10, 30), at('z', 20, 30)]);
    expect([...three.values()].map((s) => s.of)).toEqual([3, 3, 3]);
    expect(new Set([...three.values()].map((s) => s.lane)).size).toBe(3);
  });
});
