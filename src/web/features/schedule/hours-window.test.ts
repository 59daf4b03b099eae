import { describe, expect, it } from 'vitest';
import {
  closerZoom,
  FULL_DAY,
  fromWindowed,
  hourWidth,
  inWindow,
  toWindowed,
  visibleHours,
  windowedSpan,
  WORKING_HOURS,
} from './hours-window';
import { instantAtAxis } from './time-geometry';

const W = WORKING_HOURS; // 07:00-20:00, 780 minutes a day
const b = (start: string, hours: number) => ({ start, duration: hours * 3600 });

describe('windowed axis', () => {
  it('maps axis minutes with the window start offset, day by day', () => {
    expect(toWindowed(7 * 60, W)).toBe(0);
    expect(toWindowed(9 * 60, W)).toBe(120);
    expect(toWindowed(1440 + 9 * 60, W)).toBe(780 + 120);
    // Hidden night collapses onto the edges of its day.
    expect(toWindowed(3 * 60, W)).toBe(0);
    expect(toWindowed(22 * 60, W)).toBe(780);
    expect(toWindowed(1440 + 2 * 60, W)).toBe(780);
    expect(toWindowed(5 * 1440, W)).toBe(5 * 780);
  });

  it('inverts inside the window and is the identity for the full day', () => {
    for (const m of [420, 600, 1199, 1440 + 420, 3 * 1440 + 1000])
      expect(fromWindowed(toWindowed(m, W), W)).toBe(m);
    expect(fromWindowed(780 + 60, W)).toBe(1440 + 8 * 60);
    for (const m of [0, 59, 1440, 4000]) {
      expect(toWindowed(m, FULL_DAY)).toBe(m);
      expect(fromWindowed(m, FULL_DAY)).toBe(m);
    }
  });

  it('knows which times are inside a day window', () => {
    expect(inWindow(6 * 60, W)).toBe(false);
    expect(inWindow(1440 + 12 * 60, W)).toBe(true);
    expect(inWindow(2 * 1440 + 21 * 60, W)).toBe(false);
  });

  it('turns a windowed position into the same instant across DST changes', () => {
    // Berlin, Sunday 2026-03-29 (23 h) then Monday: 09:00 on the Monday is one window later, whatever the day length.
    const pos = 780 + 120;
    expect(new Date(instantAtAxis(fromWindowed(pos, W), '2026-03-29', 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(
      new Date(instantAtAxis(fromWindowed(pos, W), '2026-10-31', 'America/New_York')).toISOString(),
    ).toBe('2026-11-01T14:00:00.000Z');
  });
});

describe('visible hours', () => {
  it('keeps the working hours when every block fits', () => {
    expect(visibleHours([b('2026-11-23T08:00:00Z', 2)], '2026-11-23', 5, 'Europe/Berlin')).toEqual(W);
  });

  it('widens to whole hours for an early or late block, in the zone', () => {
    // 05:30 UTC is 06:30 in Berlin and 11:00 in Kolkata.
    expect(visibleHours([b('2026-11-24T05:30:00Z', 1)], '2026-11-23', 5, 'Europe/Berlin')).toEqual({
      startMin: 6 * 60,
      endMin: 20 * 60,
    });
    expect(visibleHours([b('2026-11-24T05:30:00Z', 1)], '2026-11-23', 5, 'Asia/Kolkata')).toEqual(W);
    // 19:15-21:45 Berlin.
    expect(visibleHours([b('2026-11-24T18:15:00Z', 2.5)], '2026-11-23', 5, 'Europe/Berlin').endMin).toBe(
      22 * 60,
    );
  });

  it('opens both ends for a block over midnight', () => {
    expect(visibleHours([b('2026-11-24T21:00:00Z', 4)], '2026-11-23', 5, 'Europe/Berlin')).toEqual(FULL_DAY);
    // Only the part inside the range counts: on the last day's evening, the next morning is out of view.
    expect(visibleHours([b('2026-11-27T21:00:00Z', 4)], '2026-11-23', 5, 'Europe/Berlin')).toEqual({
      startMin: 7 * 60,
      endMin: 1440,
    });
  });

  it('ignores blocks outside the range and reads wall clock on DST days', () => {
    expect(visibleHours([b('2026-11-20T02:00:00Z', 1)], '2026-11-23', 5, 'Europe/Berlin')).toEqual(W);
    // 2026-10-25 Berlin: 05:00 UTC is 06:00 CET (it would be 07:00 the day before).
    expect(visibleHours([b('2026-10-25T05:00:00Z', 1)], '2026-10-25', 1, 'Europe/Berlin').startMin).toBe(
      6 * 60,
    );
    expect(visibleHours([b('2026-10-24T05:00:00Z', 1)], '2026-10-24', 1, 'Europe/Berlin').startMin).toBe(
      7 * 60,
    );
    // New York spring forward 2026-03-08: 10:00 UTC is 06:00 EDT.
    expect(visibleHours([b('2026-03-08T10:00:00Z', 1)], '2026-03-08', 1, 'America/New_York').startMin).toBe(
      6 * 60,
    );
    // Lord Howe's half-hour change 2026-10-04: 19:00 UTC is 06:00 (+11), floored to the hour.
    expect(
      visibleHours([b('2026-10-04T19:30:00Z', 1)], '2026-10-05', 1, 'Australia/Lord_Howe').startMin,
    ).toBe(6 * 60);
  });
});

describe('block placement on the windowed axis', () => {
  // A block on the full-day axis at 1 px per minute.
  const fullDaySpan = (start: string, seconds: number, firstDay: string, days: number, zone: string) =>
    windowedSpan(start, seconds, firstDay, days, FULL_DAY, 1, zone);

  it('places by wall clock from the window start', () => {
    // Tuesday 09:00-10:30 Berlin in a Mon-Fri week at 1 px per minute.
    expect(windowedSpan('2026-11-24T08:00:00Z', 5400, '2026-11-23', 5, W, 1, 'Europe/Berlin')).toEqual({
      left: 780 + 120,
      width: 90,
    });
  });

  it('keeps 09:00 under 09:00 on both sides of a DST change', () => {
    const sat = windowedSpan('2026-10-24T07:00:00Z', 3600, '2026-10-24', 2, W, 1, 'Europe/Berlin');
    const sun = windowedSpan('2026-10-25T08:00:00Z', 3600, '2026-10-24', 2, W, 1, 'Europe/Berlin');
    expect(sat).toEqual({ left: 120, width: 60 });
    expect(sun).toEqual({ left: 780 + 120, width: 60 });
  });

  it('clips hidden parts and drops blocks outside the range', () => {
    // 05:00-08:00 Berlin with the window at 07:00: one visible hour.
    expect(windowedSpan('2026-11-23T04:00:00Z', 3 * 3600, '2026-11-23', 5, W, 2, 'Europe/Berlin')).toEqual({
      left: 0,
      width: 120,
    });
    expect(windowedSpan('2026-11-20T10:00:00Z', 3600, '2026-11-23', 5, W, 1, 'UTC')).toBeNull();
  });

  it('shows a block crossing midnight continuously over two days of the full day', () => {
    const span = fullDaySpan('2026-11-24T22:00:00Z', 3 * 3600, '2026-11-23', 5, 'Europe/Berlin');
    expect(span).toEqual({ left: (24 + 23) * 60, width: 180 });
  });

  it('draws a block over a DST change by its wall clock ends', () => {
    // 00:30 CET to 03:30 CEST: two real hours, three wall hours.
    const spring = fullDaySpan('2026-03-28T23:30:00Z', 2 * 3600, '2026-03-29', 1, 'Europe/Berlin');
    expect(spring).toEqual({ left: 30, width: 180 });
    // New York fall back: 00:30 EDT + 2 h = 01:30 EST: one wall hour.
    const ny = fullDaySpan('2026-11-01T04:30:00Z', 2 * 3600, '2026-11-01', 1, 'America/New_York');
    expect(ny).toEqual({ left: 30, width: 60 });
  });
});

describe('hour width', () => {
  it('fits the width with a floor, wider for a single day', () => {
    expect(hourWidth('fit', 5, 13, 1000)).toBe(15);
    // A 1024 px screen's grid: the work week still fits.
    expect(hourWidth('fit', 5, 13, 588)).toBe(9);
    expect(hourWidth('fit', 5, 13, 300)).toBe(6);
    expect(hourWidth('fit', 5, 13, 2000)).toBe(30);
    expect(hourWidth('fit', 1, 13, 900)).toBe(69);
    expect(hourWidth('fit', 1, 13, 260)).toBe(60);
    expect(hourWidth('wide', 5, 13, 900)).toBe(40);
    expect(hourWidth('wider', 1, 24, 900)).toBe(200);
  });
});

describe('closer zoom (where an opened cluster goes)', () => {
  it('is the next zoom that draws an hour wider, none past the widest', () => {
    expect(closerZoom('fit', 5, 24, 1000)).toBe('wide'); // 1,000 px for 5 x 24 hours: 8 px an hour
    expect(closerZoom('wide', 5, 24, 1000)).toBe('wider');
    expect(closerZoom('wider', 5, 24, 1000)).toBeNull();
    // A wide screen's "fit" (2,000 px for 5 x 13 hours: 30 px) is passed by "wide" (40)...
    expect(closerZoom('fit', 5, 13, 2000)).toBe('wide');
    // ...and at 3,000 px (46 px) only "wider" is closer; from "wide" (40), "fit" is.
    expect(closerZoom('fit', 5, 13, 3000)).toBe('wider');
    expect(closerZoom('wide', 5, 13, 3000)).toBe('fit');
  });
});
