import { describe, expect, it } from 'vitest';
import { FULL_DAY, WORKING_HOURS } from '../hours-window';
import { dragMinutes, minutesAtX, onResizeEdge, resizeEdgePx } from './drag-math';

describe('dragMinutes', () => {
  const g = { pxPerMin: 0.5, rowHeight: 50, rowMode: 'users' as const, window: FULL_DAY };
  it('snaps x to quarter hours by rounding', () => {
    expect(dragMinutes({ x: 30, y: 0 }, 'block', g, 600)).toBe(60);
    expect(dragMinutes({ x: 3, y: 0 }, 'block', g, 600)).toBe(0);
    expect(dragMinutes({ x: -4, y: 0 }, 'resize', g)).toBe(-15);
  });
  it('turns rows into days only in the days mode', () => {
    expect(dragMinutes({ x: 0, y: 60 }, 'block', g, 600)).toBe(0);
    expect(dragMinutes({ x: 30, y: 60 }, 'block', { ...g, rowMode: 'days' }, 600)).toBe(1440 + 60);
    expect(dragMinutes({ x: 0, y: 60 }, 'resize', { ...g, rowMode: 'days' })).toBe(0);
  });
  it('skips the hidden night when a move crosses a day edge', () => {
    const w = { ...g, window: WORKING_HOURS }; // 780 minutes a day = 390 px
    // 09:00 moved one day width is 09:00 the next day.
    expect(dragMinutes({ x: 390, y: 0 }, 'block', w, 540)).toBe(1440);
    // 19:00 moved two hours lands at 08:00 the next day (20:00 is 07:00 next morning on the axis).
    expect(dragMinutes({ x: 60, y: 0 }, 'block', w, 1140)).toBe(1440 - 1140 + 480);
    expect(dragMinutes({ x: -30, y: 0 }, 'block', w, 480)).toBe(-60);
    // Inside a day it is plain minutes, also for resizes.
    expect(dragMinutes({ x: 45, y: 0 }, 'block', w, 600)).toBe(90);
    expect(dragMinutes({ x: 45, y: 0 }, 'resize', w)).toBe(90);
  });
  it('reads a drop position on a track, offset by the window start', () => {
    expect(minutesAtX(400, 100, 0.5, FULL_DAY)).toBe(600);
    expect(minutesAtX(400, 100, 0.5, WORKING_HOURS)).toBe(600 + 420);
    // Past the first day's window: the next morning (800 windowed minutes = 07:20, snapped to 07:15).
    expect(minutesAtX(100 + 400, 100, 0.5, WORKING_HOURS)).toBe(1440 + 420 + 15);
  });
});

describe('onResizeEdge', () => {
  it('is the last 7 px of a wide block', () => {
    expect(onResizeEdge(194, 200, 100)).toBe(true);
    expect(onResizeEdge(193, 200, 100)).toBe(true);
    expect(onResizeEdge(192.9, 200, 100)).toBe(false);
    expect(onResizeEdge(150, 200, 100)).toBe(false);
  });
  it('is at most 40% of a short block, so its body still moves it', () => {
    expect(resizeEdgePx(10)).toBe(4);
    expect(onResizeEdge(197, 200, 10)).toBe(true);
    expect(onResizeEdge(195, 200, 10)).toBe(false);
  });
  it('never resizes without a pointer (keyboard pick-up) or past the edge', () => {
    expect(onResizeEdge(null, 200, 100)).toBe(false);
    expect(onResizeEdge(201, 200, 100)).toBe(false);
  });
});
