import { describe, expect, it } from 'vitest';
import { neighbourOf, type BarBox } from './bar-neighbours';

// Two lanes 30 px apart, and a second row's lane below them.
const bars: BarBox[] = [
  { left: 100, top: 10, width: 50 }, // 0: lane 1
  { left: 200, top: 10, width: 50 }, // 1: lane 1
  { left: 400, top: 10, width: 50 }, // 2: lane 1
  { left: 120, top: 40, width: 200 }, // 3: lane 2, under 0 and 1
  { left: 380, top: 41, width: 40 }, // 4: lane 2 (a pixel off), under 2
  { left: 0, top: 90, width: 30 }, // 5: next row
];

describe('neighbourOf', () => {
  it('goes to the nearest bar before or after in the same lane, and nowhere past the ends', () => {
    expect(neighbourOf(bars[0], bars, 'ArrowRight')).toBe(1);
    expect(neighbourOf(bars[1], bars, 'ArrowRight')).toBe(2);
    expect(neighbourOf(bars[2], bars, 'ArrowRight')).toBe(-1);
    expect(neighbourOf(bars[2], bars, 'ArrowLeft')).toBe(1);
    expect(neighbourOf(bars[0], bars, 'ArrowLeft')).toBe(-1);
  });

  it('goes to the nearest lane up or down, to the bar there that overlaps or is closest sideways', () => {
    expect(neighbourOf(bars[0], bars, 'ArrowDown')).toBe(3);
    expect(neighbourOf(bars[2], bars, 'ArrowDown')).toBe(4);
    expect(neighbourOf(bars[4], bars, 'ArrowUp')).toBe(2);
    expect(neighbourOf(bars[3], bars, 'ArrowUp')).toBe(1);
    // From the row's last lane to the next row; nothing above the first lane.
    expect(neighbourOf(bars[4], bars, 'ArrowDown')).toBe(5);
    expect(neighbourOf(bars[0], bars, 'ArrowUp')).toBe(-1);
  });
});
