import { describe, expect, it } from 'vitest';
import { addDays } from '@/web/lib/time/calendar-day';
import { canvasFor, dateToX, monthsIn, pxToDays, xToDate } from './geometry';

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
