import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-day';
import {
  clockTime,
  dayNumberOf,
  dayOf,
  dayOfNumber,
  fromWall,
  minuteOfDay,
  numberOfDay,
  offsetAt,
  rangeInstants,
  shiftWall,
  startOfDayIn,
  toIso,
  toWall,
} from './zoned';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const wall = (local: string) => Date.parse(`${local}Z`);
const hoursOf = (day: string, zone: string) =>
  (startOfDayIn(addDays(day, 1), zone) - startOfDayIn(day, zone)) / H;

// Whole-hour DST (Berlin, New York), none (Kolkata's +05:30, UTC), a 30-minute change (Lord Howe), a
// +12:45/+13:45 zone (Chatham), and zones whose clocks skip midnight itself (Santiago, Havana, Beirut).
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
];

describe('offsets and wall clock', () => {
  it('knows the offsets on both sides of the changes', () => {
    expect(offsetAt(at('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(1 * H);
    expect(offsetAt(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(2 * H);
    expect(offsetAt(at('2026-10-25T00:59:59Z'), 'Europe/Berlin')).toBe(2 * H);
    expect(offsetAt(at('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe(1 * H);
    expect(offsetAt(at('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-5 * H);
    expect(offsetAt(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * H);
    expect(offsetAt(at('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-5 * H);
    expect(offsetAt(at('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * H);
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * H);
    expect(offsetAt(at('2026-12-01T00:00:00Z'), 'Australia/Lord_Howe')).toBe(11 * H);
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'Pacific/Chatham')).toBe(12.75 * H);
    expect(offsetAt(at('2026-12-01T00:00:00Z'), 'Pacific/Chatham')).toBe(13.75 * H);
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'UTC')).toBe(0);
  });

  it("answers each zone's own offset when zones take turns on the same quarter hour (remembered answers)", () => {
    const instant = at('2026-07-01T09:07:00Z');
    for (let i = 0; i < 3; i++) {
      expect(offsetAt(instant, 'Europe/Berlin')).toBe(2 * H);
      expect(offsetAt(instant + 60_000, 'Europe/Berlin')).toBe(2 * H);
      expect(offsetAt(instant, 'Asia/Kolkata')).toBe(5.5 * H);
      expect(offsetAt(instant, 'America/New_York')).toBe(-4 * H);
    }
    // A change inside one zone is still seen right after the quarter hour before it was asked for.
    expect(offsetAt(at('2026-10-25T00:59:59Z'), 'Europe/Berlin')).toBe(2 * H);
    expect(offsetAt(at('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe(1 * H);
  });

  it('names day numbers and numbers days the same the first time and every time after', () => {
    for (const day of ['1970-01-01', '2026-02-28', '2028-02-29', '0050-06-01', '9999-12-31']) {
      const n = numberOfDay(day);
      expect(dayOfNumber(n)).toBe(day);
      expect(dayOfNumber(n)).toBe(day);
      expect(numberOfDay(day)).toBe(n);
    }
    // What is no day stays no day, also when asked again.
    expect(numberOfDay('next week')).toBeNaN();
    expect(numberOfDay('next week')).toBeNaN();
    expect(() => dayOfNumber(Number.NaN)).toThrow(RangeError);
  });

  it('maps wall readings to instants, also in gaps and repeated hours', () => {
    expect(toIso(fromWall(wall('2026-03-29T01:30:00'), 'Europe/Berlin'))).toBe('2026-03-29T00:30:00Z');
    // 02:30 does not exist in Berlin on 2026-03-29: pushed forward to 03:30 CEST.
    expect(toIso(fromWall(wall('2026-03-29T02:30:00'), 'Europe/Berlin'))).toBe('2026-03-29T01:30:00Z');
    // 02:30 happens twice on 2026-10-25: the earlier one (CEST).
    expect(toIso(fromWall(wall('2026-10-25T02:30:00'), 'Europe/Berlin'))).toBe('2026-10-25T00:30:00Z');
    expect(toIso(fromWall(wall('2026-03-08T02:30:00'), 'America/New_York'))).toBe('2026-03-08T07:30:00Z');
    expect(toIso(fromWall(wall('2026-11-01T01:30:00'), 'America/New_York'))).toBe('2026-11-01T05:30:00Z');
    expect(toIso(fromWall(wall('2026-10-04T02:15:00'), 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00Z');
    // Chatham springs from 02:45 to 03:45: 03:00 is pushed forward by the hour.
    expect(toIso(fromWall(wall('2026-09-27T03:00:00'), 'Pacific/Chatham'))).toBe('2026-09-26T14:15:00Z');
    expect(toIso(fromWall(wall('2026-01-15T09:00:00'), 'Asia/Kolkata'))).toBe('2026-01-15T03:30:00Z');
  });

  it('round-trips wall readings over the change days (a repeated hour maps to its first instant)', () => {
    const wrong: string[] = [];
    for (const zone of ZONES) {
      for (const [from, to] of [
        ['2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'],
        ['2026-09-25T00:00:00Z', '2026-10-06T00:00:00Z'],
        ['2026-10-23T00:00:00Z', '2026-11-03T00:00:00Z'],
      ]) {
        for (let t = at(from); t < at(to); t += 15 * 60_000) {
          const reading = toWall(t, zone);
          const back = fromWall(reading, zone);
          if (toWall(back, zone) !== reading || back > t) wrong.push(`${zone} ${toIso(t)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the calendar day of an instant', () => {
  it.each([
    // Near midnight: the same instant is a different calendar day in different zones.
    ['2026-03-10T23:30:00Z', 'Europe/Berlin', '2026-03-11'],
    ['2026-03-10T23:30:00Z', 'America/New_York', '2026-03-10'],
    ['2026-03-10T18:29:00Z', 'Asia/Kolkata', '2026-03-10'],
    ['2026-03-10T18:30:00Z', 'Asia/Kolkata', '2026-03-11'],
    ['2026-03-10T12:59:00Z', 'Australia/Lord_Howe', '2026-03-10'],
    ['2026-03-10T13:00:00Z', 'Australia/Lord_Howe', '2026-03-11'],
    ['2026-07-10T11:14:00Z', 'Pacific/Chatham', '2026-07-10'],
    ['2026-07-10T11:15:00Z', 'Pacific/Chatham', '2026-07-11'],
    ['2026-03-10T23:59:59Z', 'UTC', '2026-03-10'],
    // Across the European spring change (UTC+1 -> +2 at 01:00Z on 29 March).
    ['2026-03-28T22:59:00Z', 'Europe/Berlin', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T21:59:00Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30'],
    // US autumn change (EDT -> EST at 06:00Z on 1 November).
    ['2026-11-01T03:59:00Z', 'America/New_York', '2026-10-31'],
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T04:59:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
    // Santiago skips 00:00-01:00 on 6 September: the day starts at 01:00 (-03).
    ['2026-09-06T03:59:59Z', 'America/Santiago', '2026-09-05'],
    ['2026-09-06T04:00:00Z', 'America/Santiago', '2026-09-06'],
  ])('%s in %s is %s', (iso, zone, day) => expect(dayOf(at(iso), zone)).toBe(day));

  // 2026-03-29 00:30 UTC: already the 29th in Berlin (DST just started), still the 28th in New York.
  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['America/New_York', '2026-03-28'],
    ['Australia/Lord_Howe', '2026-03-29'],
    ['Pacific/Chatham', '2026-03-29'],
    ['Asia/Kolkata', '2026-03-29'],
    ['UTC', '2026-03-29'],
  ])('"today" at one instant in %s is %s', (zone, day) =>
    expect(dayOf(at('2026-03-29T00:30:00Z'), zone)).toBe(day),
  );
});

describe('the start of a day', () => {
  it.each([
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00Z', 23],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00Z', 24],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00Z', 25],
    ['2026-10-26', 'Europe/Berlin', '2026-10-25T23:00:00Z', 24],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00Z', 23],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00Z', 24],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00Z', 25],
    ['2026-04-01', 'Asia/Kolkata', '2026-03-31T18:30:00Z', 24],
    ['2026-04-05', 'Australia/Lord_Howe', '2026-04-04T13:00:00Z', 24.5],
    ['2026-04-06', 'Australia/Lord_Howe', '2026-04-05T13:30:00Z', 24],
    ['2026-10-04', 'Australia/Lord_Howe', '2026-10-03T13:30:00Z', 23.5],
    ['2026-04-05', 'Pacific/Chatham', '2026-04-04T10:15:00Z', 25],
    ['2026-09-27', 'Pacific/Chatham', '2026-09-26T11:15:00Z', 23],
    ['2026-09-27', 'UTC', '2026-09-27T00:00:00Z', 24],
    // Days without a midnight start at 01:00; Havana's 1 November has two midnights: the first counts.
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00Z', 23],
    ['2026-03-08', 'America/Havana', '2026-03-08T05:00:00Z', 23],
    ['2026-11-01', 'America/Havana', '2026-11-01T04:00:00Z', 25],
    ['2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00Z', 23],
  ])('%s starts in %s at %s and lasts %s hours', (day, zone, iso, hours) => {
    expect(toIso(startOfDayIn(day, zone))).toBe(iso);
    expect(dayOf(startOfDayIn(day, zone), zone)).toBe(day);
    expect(hoursOf(day, zone)).toBe(hours);
  });

  it('agrees with @date-fns/tz on every day of 2025-2027 in every zone', () => {
    const wrong: string[] = [];
    for (const zone of ZONES) {
      for (let day = '2025-01-01'; day < '2028-01-01'; day = addDays(day, 1)) {
        const [y, m, d] = day.split('-').map(Number);
        if (startOfDayIn(day, zone) !== +new TZDate(y, m - 1, d, zone)) wrong.push(`${zone} ${day}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('bounds a range of days from its first start to the start of the day after it', () => {
    expect(rangeInstants({ start: '2026-10-01', end: '2026-12-31' }, 'Europe/Berlin')).toEqual({
      date_from: '2026-09-30T22:00:00Z',
      date_to: '2026-12-31T23:00:00Z',
    });
    // A work week over the Chatham spring change: Monday 00:00 to Saturday 00:00.
    expect(rangeInstants({ start: '2026-09-21', end: '2026-09-25' }, 'Pacific/Chatham')).toEqual({
      date_from: '2026-09-20T11:15:00Z',
      date_to: '2026-09-25T11:15:00Z',
    });
  });
});

describe('any instant, in any of the zones', () => {
  const instant = fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') });
  const zone = fc.constantFrom(...ZONES);

  it('has the day and clock time @date-fns/tz gives, inside that day', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const zoned = new TZDate(t, z);
        const day = dayOf(t, z);
        expect(day).toBe(format(zoned, 'yyyy-MM-dd'));
        // The day number names the same day, and numbers follow the calendar.
        expect(dayOfNumber(dayNumberOf(t, z))).toBe(day);
        expect(numberOfDay(day)).toBe(dayNumberOf(t, z));
        expect(dayOfNumber(dayNumberOf(t, z) + 1)).toBe(addDays(day, 1));
        expect(clockTime(t, z)).toBe(format(zoned, 'HH:mm'));
        expect(startOfDayIn(day, z)).toBeLessThanOrEqual(t);
        expect(startOfDayIn(addDays(day, 1), z)).toBeGreaterThan(t);
        expect(minuteOfDay(t, z)).toBeCloseTo(
          zoned.getHours() * 60 + zoned.getMinutes() + (t % 60_000) / 60_000,
          6,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('hours in a zone', () => {
  it('reads the wall clock', () => {
    expect(clockTime(at('2026-11-24T08:30:00Z'), 'Europe/Berlin')).toBe('09:30');
    expect(clockTime(at('2026-11-24T08:30:00Z'), 'Asia/Kolkata')).toBe('14:00');
    expect(clockTime(at('2026-11-24T08:30:00Z'), 'Pacific/Chatham')).toBe('22:15');
    expect(minuteOfDay(at('2026-03-29T07:00:00Z'), 'Europe/Berlin')).toBe(9 * 60);
    expect(minuteOfDay(at('2026-03-28T08:00:00Z'), 'Europe/Berlin')).toBe(9 * 60);
  });

  it('moves a block a day later at the same clock time over a DST change', () => {
    const sat9 = at('2026-10-24T07:00:00Z'); // 09:00 CEST
    expect(toIso(shiftWall(sat9, 24 * 60, 'Europe/Berlin'))).toBe('2026-10-25T08:00:00Z'); // 09:00 CET
    const ny = at('2026-03-07T14:00:00Z'); // 09:00 EST
    expect(toIso(shiftWall(ny, 24 * 60, 'America/New_York'))).toBe('2026-03-08T13:00:00Z');
    const lh = at('2026-10-03T00:00:00Z'); // 10:30 local
    expect(toIso(shiftWall(lh, 24 * 60, 'Australia/Lord_Howe'))).toBe('2026-10-03T23:30:00Z');
    const chatham = at('2026-09-25T20:15:00Z'); // Sat 09:00 +12:45
    expect(toIso(shiftWall(chatham, 24 * 60, 'Pacific/Chatham'))).toBe('2026-09-26T19:15:00Z'); // Sun 09:00 +13:45
    expect(toIso(shiftWall(at('2026-11-24T03:30:00Z'), 60, 'Asia/Kolkata'))).toBe('2026-11-24T04:30:00Z');
  });

  it('writes instants as the API does: UTC, whole seconds', () => {
    expect(toIso(at('2026-11-24T08:30:00.000Z'))).toBe('2026-11-24T08:30:00Z');
  });
});
