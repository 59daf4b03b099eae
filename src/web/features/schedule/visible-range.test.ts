import { describe, expect, it } from 'vitest';
import { cullToRange, visibleRange } from './visible-range';

describe('visibleRange', () => {
  it('turns the scrolled track into axis minutes with a margin, rounded out to hours', () => {
    // 1 px per minute, 200 px of row heads: 1000 px of track visible from 600.
    expect(visibleRange(600, 1200, 200, 1)).toEqual([480, 1740]);
    expect(visibleRange(0, 1200, 200, 0.5, 60)).toEqual([0, 2100]);
  });
  it('never starts before the axis and copes with a container narrower than the heads', () => {
    expect(visibleRange(30, 100, 200, 1, 0)).toEqual([0, 60]);
  });
});

describe('cullToRange', () => {
  const placed = [
    { item: 'a', left: 0, width: 50 },
    { item: 'b', left: 100, width: 50 },
    { item: 'c', left: 400, width: 50 },
  ];
  it('keeps the items overlapping the visible minutes, in order', () => {
    expect(cullToRange(placed, [60, 180], 1, () => false).map((p) => p.item)).toEqual(['b']);
    // Touching the edge counts as visible.
    expect(cullToRange(placed, [50, 100], 1, () => false).map((p) => p.item)).toEqual(['a', 'b']);
  });
  it('keeps what must stay mounted however far away', () => {
    expect(cullToRange(placed, [60, 180], 1, (i) => i === 'c').map((p) => p.item)).toEqual(['b', 'c']);
  });
  it('scales minutes to pixels', () => {
    expect(cullToRange(placed, [200, 300], 2, () => false).map((p) => p.item)).toEqual(['c']);
  });
});
