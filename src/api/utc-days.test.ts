import { describe, expect, it } from 'vitest';
import { dayDiff, daysFrom, nextDay, weekdayOfDay } from './utc-days';

describe('utc-days', () => {
  it('steps over month ends, leap days and years, both ways', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2028-02-29')).toBe('2028-03-01');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2027-01-01', -1)).toBe('2026-12-31');
    expect(nextDay('1969-12-31', 1)).toBe('1970-01-01');
    expect(nextDay('2026-03-29', 400)).toBe('2027-05-03');
  });

  it('counts days between two days, whatever daylight saving does in any zone', () => {
    expect(dayDiff('2026-03-28', '2026-03-30')).toBe(2);
    expect(dayDiff('2026-10-24', '2026-10-26')).toBe(2);
    expect(dayDiff('2027-01-01', '2026-01-01')).toBe(-365);
    expect(dayDiff('1960-01-01', '2060-01-01')).toBe(36_525);
  });

  it('names the weekday as Date does, before and after 1970', () => {
    for (const day of daysFrom('1969-12-20', '1970-01-10').concat(daysFrom('2026-11-25', '2026-12-10')))
      expect(weekdayOfDay(day), day).toBe(new Date(`${day}T00:00:00Z`).getUTCDay());
  });

  it('gives the same answers the second time (remembered) as the first', () => {
    const first = daysFrom('2026-01-01', '2026-12-31').map((d) => [nextDay(d), weekdayOfDay(d)]);
    const again = daysFrom('2026-01-01', '2026-12-31').map((d) => [nextDay(d), weekdayOfDay(d)]);
    expect(again).toEqual(first);
    expect(first).toHaveLength(365);
  });

  it('fails on text that is no day, as before', () => {
    expect(() => nextDay('not a day')).toThrow(RangeError);
    expect(dayDiff('2026-01-01', 'nope')).toBeNaN();
  });
});

describe('the last days of the calendar', () => {
  it('lists them and stops at 9999-12-31 (the day after sorts before it as text)', () => {
    expect(daysFrom('9999-12-30', '9999-12-31')).toEqual(['9999-12-30', '9999-12-31']);
  });
});
