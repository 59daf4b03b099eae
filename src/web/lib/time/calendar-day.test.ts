import { tzOffset } from '@date-fns/tz';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  firstOfMonth,
  formatDay,
  isDay,
  isWeekend,
  lastOfMonth,
  mondayOf,
  overlaps,
  parseDay,
  shiftWithinCalendar,
  weekdayOf,
} from './calendar-day';

// Days are not instants: the machine's zone must not matter. Node applies a changed TZ to later Date calls.
const MACHINE_ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe.each(MACHINE_ZONES)('calendar days on a machine in %s', (machineZone) => {
  const inZone = <T>(run: () => T): T => {
    process.env.TZ = machineZone;
    try {
      return run();
    } finally {
      process.env.TZ = originalTz;
    }
  };

  it('adds days across month, year and leap-year ends', () =>
    inZone(() => {
      // The machine zone really is in effect.
      const july = new Date(Date.UTC(2026, 6, 1));
      expect(0 - july.getTimezoneOffset()).toBe(tzOffset(machineZone, july));
      expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
      expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
      expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
      expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
      expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
      expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    }));

  // The DST changes of Europe (29 Mar, 25 Oct 2026), the US (8 Mar, 1 Nov), Lord Howe (5 Apr, 4 Oct),
  // Chatham (5 Apr, 27 Sep) and Santiago (its 6 Sep has no midnight): every day is one day.
  it.each([
    ['2026-03-28', '2026-03-30'],
    ['2026-10-24', '2026-10-26'],
    ['2026-03-07', '2026-03-09'],
    ['2026-10-31', '2026-11-02'],
    ['2026-04-04', '2026-04-06'],
    ['2026-10-03', '2026-10-05'],
    ['2026-09-26', '2026-09-28'],
    ['2026-09-05', '2026-09-07'],
  ])('counts two days from %s to %s', (a, b) =>
    inZone(() => {
      expect(daysBetween(a, b)).toBe(2);
      expect(daysBetween(b, a)).toBe(-2);
      expect(addDays(a, 1)).toBe(addDays(b, -1));
      expect(addDays(a, 2)).toBe(b);
    }),
  );

  it('walks a whole year one day at a time and back', () =>
    inZone(() => {
      let day = '2026-01-01';
      for (let i = 0; i < 365; i++) day = addDays(day, 1);
      expect(day).toBe('2027-01-01');
      expect(daysBetween('2026-01-01', day)).toBe(365);
      expect(addDays(day, -365)).toBe('2026-01-01');
    }));

  it('knows weekdays, weekends and Mondays', () =>
    inZone(() => {
      expect(weekdayOf('2026-03-29')).toBe(0); // Sunday of the European spring change
      expect(isWeekend('2026-03-28')).toBe(true);
      expect(isWeekend('2026-03-29')).toBe(true);
      expect(isWeekend('2026-03-30')).toBe(false);
      expect(mondayOf('2026-11-24')).toBe('2026-11-23');
      expect(mondayOf('2026-11-29')).toBe('2026-11-23');
      expect(mondayOf('2026-11-23')).toBe('2026-11-23');
      expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    }));

  it('steps months and finds their ends, leap years included', () =>
    inZone(() => {
      expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
      expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
      expect(addMonths('2026-03-29', -1)).toBe('2026-02-28');
      expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
      expect(firstOfMonth('2026-03-29')).toBe('2026-03-01');
      expect(lastOfMonth('2026-02-10')).toBe('2026-02-28');
      expect(lastOfMonth('2028-02-10')).toBe('2028-02-29');
      expect(lastOfMonth('2026-10-25')).toBe('2026-10-31');
    }));

  it('round-trips parseDay and formatDay', () =>
    inZone(() => {
      for (const day of ['2026-01-01', '2026-03-29', '2026-09-06', '2026-10-25', '2028-02-29', '0999-12-31'])
        expect(formatDay(parseDay(day))).toBe(day);
    }));

  it('reads the far years the upstream allows as those years, not 1900 + year', () =>
    inZone(() => {
      for (const day of ['0001-01-01', '0099-12-31', '1900-02-28', '9999-12-31'])
        expect(formatDay(parseDay(day))).toBe(day);
      expect(daysBetween('0001-01-01', '0001-12-31')).toBe(364);
      expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
      expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    }));
});

describe('day arithmetic at the edges', () => {
  it('gives the same answers the first time and when remembered, and never throws on a count that is no number', () => {
    for (let i = 0; i < 2; i++) {
      expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
      expect(() => addDays('2026-01-01', Number.NaN)).not.toThrow();
      expect(() => addDays('29.03.2026', 1)).toThrow(/not a calendar date/);
    }
  });
});

describe('a shift within the calendar', () => {
  it('stops spans at 0001-01-01 and 9999-12-31 whole, and leaves other shifts alone', () => {
    const edge = [{ start: '9999-12-20', end: '9999-12-30' }];
    expect(shiftWithinCalendar(edge, 5)).toBe(1);
    expect(shiftWithinCalendar(edge, -5)).toBe(-5);
    expect(shiftWithinCalendar([{ start: '0001-01-03', end: '0001-02-01' }], -7)).toBe(-2);
    expect(shiftWithinCalendar([{ start: '2026-12-01', end: '2026-12-03' }, ...edge], 3)).toBe(1);
    expect(shiftWithinCalendar([{ start: '2026-12-01', end: '' }], 3)).toBe(3);
  });
});

describe('day strings', () => {
  it('accepts only YYYY-MM-DD', () => {
    expect(isDay('2026-03-29')).toBe(true);
    expect(isDay('2026-3-29')).toBe(false);
    expect(isDay('2026-03-29T00:00:00Z')).toBe(false);
    expect(isDay('')).toBe(false);
    expect(isDay(null)).toBe(false);
    expect(() => parseDay('29.03.2026')).toThrow(/not a calendar date/);
  });

  it('accepts only real days of the years 0001 to 9999 (any other text is no date)', () => {
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('0000-01-01')).toBe(false);
    expect(isDay('undefined')).toBe(false);
    expect(isDay('0001-01-01')).toBe(true);
    expect(isDay('9999-12-31')).toBe(true);
  });

  it('compares inclusive ranges', () => {
    expect(overlaps('2026-03-01', '2026-03-05', '2026-03-05', '2026-03-09')).toBe(true);
    expect(overlaps('2026-03-01', '2026-03-04', '2026-03-05', '2026-03-09')).toBe(false);
    expect(overlaps('2026-03-06', '2026-03-06', '2026-03-05', '2026-03-09')).toBe(true);
  });
});
