import { describe, expect, it } from 'vitest';
import { FULL_DAY, WORKING_HOURS } from '../hours-window';
import { clampDelta, dragBounds, dragMinutes, minutesAtX, onResizeEdge, resizeEdgePx } from './drag-math';

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

describe('dragBounds and clampDelta', () => {
  // A 60 px block at x 400–460 on a track from 200 to 1000 px, in the second of three 56 px rows.
  const rects = {
    block: { left: 400, right: 460, top: 66, bottom: 110 },
    track: { left: 200, right: 1000 },
    body: { top: 0, bottom: 168 },
    row: { top: 56, bottom: 112 },
  };

  it('keeps a move’s start on the track, a quarter hour before its end, whatever the pointer does', () => {
    const b = dragBounds('block', rects, 1, false);
    expect(clampDelta({ x: 5000, y: 0 }, b)).toEqual({ x: 1000 - 400 - 15, y: 0 });
    expect(clampDelta({ x: -5000, y: 0 }, b)).toEqual({ x: -200, y: 0 });
    expect(clampDelta({ x: 30, y: 0 }, b)).toEqual({ x: 30, y: 0 });
  });

  it('keeps a move within the rows when rows are days, and leaves y alone when they are people', () => {
    expect(clampDelta({ x: 0, y: 500 }, dragBounds('block', rects, 1, true))).toEqual({ x: 0, y: 56 });
    expect(clampDelta({ x: 0, y: -500 }, dragBounds('block', rects, 1, true))).toEqual({ x: 0, y: -56 });
    expect(clampDelta({ x: 0, y: 500 }, dragBounds('block', rects, 1, false)).y).toBe(500);
  });

  it('keeps a resized end on the track and never lets bounds cross', () => {
    const b = dragBounds('resize', rects, 2, true);
    expect(clampDelta({ x: 9000, y: 40 }, b)).toEqual({ x: 540, y: 40 });
    expect(clampDelta({ x: -80, y: 0 }, b).x).toBe(-80);
    // A block starting in the last quarter hour goes no further right, and is not pulled back by a pick-up.
    const late = dragBounds(
      'block',
      { ...rects, block: { ...rects.block, left: 995, right: 1055 } },
      1,
      false,
    );
    expect(clampDelta({ x: 100, y: 0 }, late).x).toBe(0);
    expect(clampDelta({ x: -100, y: 0 }, late).x).toBe(-100);
    expect(clampDelta({ x: 7, y: 3 }, null)).toEqual({ x: 7, y: 3 });
  });
});
