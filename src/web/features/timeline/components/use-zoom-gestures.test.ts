import { describe, expect, it } from 'vitest';
import { zoomAnchor } from './use-zoom-gestures';

describe('zoomAnchor', () => {
  it('keeps the day under the pointer at the same place when zooming in', () => {
    // Week zoom (24 px): 240 px scrolled, pointer 120 px into the track: day 15 of the canvas is under it.
    const to = zoomAnchor({ scrollLeft: 240, px: 24, origin: '2026-11-01' }, 120, 56);
    expect(to).toEqual({ start: '2026-11-13', rest: 48 });
    // At 56 px: 12 days and 48 px scrolled, plus 120 px of pointer = 840 px = day 15.
    expect((12 * 56 + to.rest + 120) / 56).toBe(15);
  });

  it('keeps it when zooming out, across a month end', () => {
    // Day zoom: scrolled 30 days and 28 px, pointer 300 px in: day 30 + (28 + 300) / 56 = 35.86 (6 Dec).
    const to = zoomAnchor({ scrollLeft: 30 * 56 + 28, px: 56, origin: '2026-11-01' }, 300, 24);
    // At 24 px the view starts 23 days in (24 Nov), 9 px into that day: 23 + (9 + 300) / 24 = 35.88.
    expect(to).toEqual({ start: '2026-11-24', rest: 9 });
    expect(23 + (to.rest + 300) / 24).toBeCloseTo(30 + 328 / 56, 1);
  });

  it('with the pointer at the left edge, the first day in view stays first', () => {
    expect(zoomAnchor({ scrollLeft: 10 * 24, px: 24, origin: '2026-12-01' }, 0, 8)).toEqual({
      start: '2026-12-11',
      rest: 0,
    });
  });
});
