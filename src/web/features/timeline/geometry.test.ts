import { describe, expect, it } from 'vitest';
import { addDays } from '@/web/lib/time/calendar-day';
import {
  BAR_OVERHANG_DAYS,
  canvasFor,
  clampViewStart,
  dateToX,
  drawnDays,
  FIRST_VIEW_DAY,
  LAST_VIEW_DAY,
  monthsIn,
  pxToDays,
  xToDate,
  ZOOMS,
} from './geometry';
import { parseView } from './view-state';

describe('days to pixels', () => {
  // Around the DST changes of Europe (29 Mar 2026) and Lord Howe (4 Oct): a day is one column.
  it.each([
    ['2026-03-28', '2026-03-30'],
    ['2026-10-03', '2026-10-05'],
  ])('one column per day across a DST change %s..%s', (a, b) => {
    expect(dateToX(b, a, 40)).toBe(80);
    expect(dateToX(addDays(a, 1), a, 40)).toBe(40);
    expect(xToDate(79, a, 40)).toBe(addDays(a, 1));
    expect(xToDate(80, a, 40)).toBe(b);
  });

  it('maps x back to days with floor and deltas with round', () => {
    expect(xToDate(-1, '2026-03-01', 10)).toBe('2026-02-28');
    expect(pxToDays(14, 10)).toBe(1);
    expect(pxToDays(16, 10)).toBe(2);
    expect(pxToDays(-16, 10)).toBe(-2);
    expect(pxToDays(-4, 10)).toBe(0);
  });
});

describe('ranges', () => {
  it('builds a canvas of whole months', () => {
    const c = canvasFor('2026-03-15', 'day');
    expect(c.start).toBe('2026-02-01');
    expect(c.end.endsWith('-31') || c.end.endsWith('-30')).toBe(true);
  });

  it('labels months with their day counts', () => {
    const m = monthsIn({ start: '2026-02-20', end: '2026-03-31' });
    expect(m.map((x) => x.days)).toEqual([9, 31]);
    expect(m[1].label).toBe('March 2026');
  });
});

describe('far dates', () => {
  const canvas = { start: '2026-05-01', end: '2026-08-31' };

  it('draws a bar from the year 1 to 9999 a little wider than the canvas', () => {
    const drawn = drawnDays('0001-01-01', '9999-12-31', canvas);
    expect(drawn).toEqual({
      start: addDays(canvas.start, -BAR_OVERHANG_DAYS),
      end: addDays(canvas.end, BAR_OVERHANG_DAYS),
    });
    expect(dateToX(drawn.end, canvas.start, 56) - dateToX(drawn.start, canvas.start, 56)).toBeLessThan(
      (122 + 2 * BAR_OVERHANG_DAYS) * 56 + 1,
    );
  });

  it('leaves a bar inside the canvas as it is', () => {
    expect(drawnDays('2026-06-01', '2026-06-03', canvas)).toEqual({ start: '2026-06-01', end: '2026-06-03' });
  });

  it('keeps a view (and its canvas at every zoom) within the years 0001 to 9999', () => {
    expect(clampViewStart('0001-01-01')).toBe(FIRST_VIEW_DAY);
    expect(clampViewStart('9999-12-31')).toBe(LAST_VIEW_DAY);
    expect(clampViewStart('2026-06-01')).toBe('2026-06-01');
    for (const zoom of ZOOMS) {
      expect(canvasFor(FIRST_VIEW_DAY, zoom).start >= '0001-01-01').toBe(true);
      expect(canvasFor(LAST_VIEW_DAY, zoom).end <= '9999-12-31').toBe(true);
    }
  });

  it('reads a link to a far day as the nearest day it can show', () => {
    const view = (start: string) => parseView(new URLSearchParams({ start }), '2026-06-10').start;
    expect(view('9999-12-31')).toBe(LAST_VIEW_DAY);
    expect(view('0001-01-01')).toBe(FIRST_VIEW_DAY);
    expect(view('0000-01-01')).toBe('2026-06-07');
  });
});
