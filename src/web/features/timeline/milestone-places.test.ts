import { describe, expect, it } from 'vitest';
import { FLAG_MAX_W, flagPlaces, SAME_DAY_STEP } from './milestone-places';

describe("where the milestones' flags go", () => {
  const origin = '2026-12-01';

  it('at their day, each as wide as the room up to the next one (the last one at most FLAG_MAX_W)', () => {
    expect(flagPlaces(['2026-12-01', '2026-12-03', '2026-12-20'], origin, 24)).toEqual([
      { left: 12, room: 46 },
      { left: 60, room: FLAG_MAX_W },
      { left: 468, room: FLAG_MAX_W },
    ]);
  });

  it('due the same day: side by side, a mark each, left of the day; the last one at the day keeps its name', () => {
    const [a, b, c, d] = flagPlaces(['2026-12-02', '2026-12-02', '2026-12-02', '2026-12-03'], origin, 24);
    expect(c.left).toBe(36);
    expect(b.left).toBe(36 - SAME_DAY_STEP);
    expect(a.left).toBe(36 - 2 * SAME_DAY_STEP);
    // None reaches into the next one.
    for (const [x, next] of [
      [a, b],
      [b, c],
      [c, d],
    ])
      expect(x.left + x.room).toBeLessThan(next.left);
    expect(d).toEqual({ left: 60, room: FLAG_MAX_W });
  });
});
