import { describe, expect, it } from 'vitest';
import { ALL_LANES, LANE_H, ROW_PAD, visibleLanes } from './layout';

describe('visibleLanes', () => {
  it('mounts every lane of a row that fits in view (one shared object)', () => {
    expect(visibleLanes(0, 5, 0, 800)).toBe(ALL_LANES);
    expect(visibleLanes(400, 3, 0, 800)).toBe(ALL_LANES);
  });
  it('cuts the lanes below the view of a tall row, with overscan, in steps of 4', () => {
    // Lanes 0..(800-6)/30 = 26 show; +2 overscan = 28; snapped up to 31.
    expect(visibleLanes(0, 100, 0, 800)).toEqual({ from: 0, to: 31 });
  });
  it('cuts the lanes above the view when the row starts far above it', () => {
    const top = -40 * LANE_H - ROW_PAD; // lane 40 at the view top
    const span = visibleLanes(top, 100, 0, 600);
    expect(span.from).toBe(36); // 40 - 2 overscan, snapped down to 36
    expect(span.to).toBeGreaterThanOrEqual(40 + 600 / LANE_H);
    expect(span.from % 4).toBe(0);
    expect((span.to + 1) % 4).toBe(0);
  });
  it('keeps the same span over a small scroll', () => {
    const a = visibleLanes(-1000, 100, 0, 600);
    const b = visibleLanes(-1010, 100, 0, 600);
    expect(b).toEqual(a);
  });
  it('returns all lanes once the view reaches the spare bottom lane and the top', () => {
    expect(visibleLanes(0, 20, 0, 20 * LANE_H)).toBe(ALL_LANES);
  });
});
