import { describe, expect, it } from 'vitest';
import {
  addDays,
  canvasFor,
  dateToX,
  daysBetween,
  isWeekend,
  monthsIn,
  pxToDays,
  todayIn,
  xToDate,
} from './geometry';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

describe('calendar-day maths', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
  });

  // The DST changes of Europe (29 Mar, 25 Oct 2026) and the US (8 Mar, 1 Nov 2026): a day is one column.
  it.each([
    ['2026-03-28', '2026-03-30'],
    ['2026-10-24', '2026-10-26'],
    ['2026-03-07', '2026-03-09'],
    ['2026-10-31', '2026-11-02'],
    ['2026-04-04', '2026-04-06'], // Lord Howe's half-hour change
  ])('one column per day across a DST change %s..%s', (a, b) => {
    expect(daysBetween(a, b)).toBe(2);
    expect(addDays(a, 1)).toBe(addDays(b, -1));
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

  it('knows weekends', () => {
    expect(isWeekend('2026-03-28')).toBe(true); // Saturday
    expect(isWeekend('2026-03-29')).toBe(true);
    expect(isWeekend('2026-03-30')).toBe(false);
  });
});

describe('todayIn', () => {
  // 2026-03-29 00:30 UTC: already the 29th in Berlin (DST just started), still the 28th in New York.
  const instant = new Date('2026-03-29T00:30:00Z');
  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['America/New_York', '2026-03-28'],
    ['Australia/Lord_Howe', '2026-03-29'],
    ['Asia/Kolkata', '2026-03-29'],
    ['UTC', '2026-03-29'],
  ])('in %s', (zone, day) => expect(todayIn(zone, instant)).toBe(day));

  it('gives consecutive days around the autumn changes in every zone', () => {
    for (const zone of ZONES) {
      const a = todayIn(zone, new Date('2026-10-25T12:00:00Z'));
      const b = todayIn(zone, new Date('2026-10-26T12:00:00Z'));
      expect(daysBetween(a, b)).toBe(1);
    }
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
