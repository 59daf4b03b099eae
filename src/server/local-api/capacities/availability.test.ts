import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkingCalendar } from '@/api/estimate-spread';
import { daysFrom, nextDay } from '@/api/utc-days';
import { availabilityCalendar, dayAvailability, type Availability } from './availability';

const nineToFive = { minutes: 480, startMinute: 540 };
const weekdays = [null, nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, null];
const base: Availability = { zone: 'Europe/Berlin', week: weekdays, holidays: new Set(), timeOff: [] };
const off = (start: string, end: string) => ({ start: Date.parse(start), end: Date.parse(end) });

describe('dayAvailability', () => {
  it("gives the weekday's hours, nothing on a day without hours", () => {
    expect(dayAvailability(base, '2026-03-16')).toEqual({ working: 480, timeOff: 0 });
    expect(dayAvailability(base, '2026-03-21')).toEqual({ working: 0, timeOff: 0 });
  });

  it('a time off of part of a day takes the part of the working window it covers', () => {
    // 12:00-14:00 UTC is 13:00-15:00 in Berlin (CET): two hours of 09:00-17:00.
    const a = { ...base, timeOff: [off('2026-03-17T12:00:00Z', '2026-03-17T14:00:00Z')] };
    expect(dayAvailability(a, '2026-03-17')).toEqual({ working: 480, timeOff: 120 });
    // The evening is outside the working window: nothing to take.
    const evening = { ...base, timeOff: [off('2026-03-17T17:00:00Z', '2026-03-17T22:00:00Z')] };
    expect(dayAvailability(evening, '2026-03-17').timeOff).toBe(0);
  });

  it("reads time off on the person's clock across a daylight-saving change", () => {
    // Friday 27 March 12:00Z = 13:00 CET, to Monday 30 March 11:00Z = 13:00 CEST (clocks went forward on the 29th).
    const a = { ...base, timeOff: [off('2026-03-27T12:00:00Z', '2026-03-30T11:00:00Z')] };
    expect(dayAvailability(a, '2026-03-27')).toEqual({ working: 480, timeOff: 240 });
    expect(dayAvailability(a, '2026-03-30')).toEqual({ working: 480, timeOff: 240 });
    // The same instants a week earlier, both days in CET: Monday ends at 12:00 CET.
    const before = { ...base, timeOff: [off('2026-03-20T12:00:00Z', '2026-03-23T11:00:00Z')] };
    expect(dayAvailability(before, '2026-03-23')).toEqual({ working: 480, timeOff: 180 });
  });

  it('a whole day off on the day clocks go forward is the whole working day', () => {
    const sunday = { ...base, week: [{ minutes: 480, startMinute: 60 }, ...weekdays.slice(1)] };
    const a = { ...sunday, timeOff: [off('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')] };
    expect(dayAvailability(a, '2026-03-29')).toEqual({ working: 480, timeOff: 480 });
  });

  it('a public holiday is no working day, on a working or a free weekday alike', () => {
    const a = { ...base, holidays: new Set(['2026-04-03', '2026-04-04']) };
    expect(dayAvailability(a, '2026-04-03')).toEqual({ working: 0, timeOff: 0 });
    expect(dayAvailability(a, '2026-04-04')).toEqual({ working: 0, timeOff: 0 });
    expect(dayAvailability(a, '2026-04-02')).toEqual({ working: 480, timeOff: 0 });
  });
});

describe('availabilityCalendar', () => {
  it('counts like walking the days, inside and outside its exact span', () => {
    const a: Availability = {
      ...base,
      holidays: new Set(['2026-04-03', '2026-04-06', '2026-05-01']),
      timeOff: [off('2026-04-13T00:00:00Z', '2026-04-18T00:00:00Z')],
    };
    const exact = { start: '2026-03-20', end: '2026-05-10' };
    const cal = availabilityCalendar(a, exact);
    const inside = (d: string) => d >= exact.start && d <= exact.end;
    const walk = walkingCalendar((d) => {
      if (!inside(d)) return weekdays[new Date(`${d}T00:00:00Z`).getUTCDay()] !== null;
      const day = dayAvailability(a, d);
      return day.working > 0 && day.timeOff < day.working;
    });
    const days = daysFrom('2026-02-01', '2026-06-30');
    fc.assert(
      fc.property(fc.nat(days.length - 1), fc.nat(days.length - 1), (i, j) => {
        const [s, e] = i <= j ? [days[i], days[j]] : [days[j], days[i]];
        expect(cal.countWorkingDays(s, e)).toBe(walk.countWorkingDays(s, e));
        expect(cal.isWorkingDay(s)).toBe(walk.isWorkingDay(s));
      }),
      { numRuns: 300 },
    );
    expect(cal.countWorkingDays('2026-04-13', '2026-04-17')).toBe(0);
    expect(cal.countWorkingDays(nextDay('2026-04-01'), '2026-04-01')).toBe(0);
  });
});
