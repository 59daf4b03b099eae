import { afterAll, describe, expect, it } from 'vitest';
import {
  dateSettingsFrom,
  formatClock,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatHour,
  formatShortDate,
  formatWeekdayDate,
  weekStartOf,
  workWeekMondayOf,
  type DateSettings,
} from './user-format';

const US: DateSettings = { date: 'US', clock: '12h', weekStartsOn: 0 };
const EU: DateSettings = { date: 'EU', clock: '24h', weekStartsOn: 1 };
const ISO: DateSettings = { date: 'ISO', clock: '24h', weekStartsOn: 1 };

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe("dates in the user's format", () => {
  it.each(['UTC', 'Pacific/Chatham', 'America/New_York'])('are the day itself on a machine in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatDate('2026-11-03', US)).toBe('Nov 3, 2026');
    expect(formatDate('2026-11-03', EU)).toBe('3 Nov 2026');
    expect(formatDate('2026-11-03', ISO)).toBe('2026-11-03');
    expect(formatShortDate('2026-12-01', US)).toBe('Dec 1');
    expect(formatShortDate('2026-12-01', EU)).toBe('1 Dec');
    expect(formatShortDate('2026-12-01', ISO)).toBe('12-01');
    expect(formatWeekdayDate('2026-12-01', US)).toBe('Tue, Dec 1');
    expect(formatWeekdayDate('2026-12-01', EU)).toBe('Tue 1 Dec');
    expect(formatWeekdayDate('2026-03-29', ISO)).toBe('Sun 03-29');
    process.env.TZ = originalTz;
  });

  it('writes ranges with open ends', () => {
    expect(formatDateRange('2026-11-03', '2027-01-19', EU)).toBe('3 Nov 2026 – 19 Jan 2027');
    expect(formatDateRange(null, '2027-01-19', US)).toBe('… – Jan 19, 2027');
    expect(formatDateRange('2026-11-03', undefined, ISO)).toBe('2026-11-03 – …');
  });

  it("shows a day only when the text is one (Toggl's schema lets a project's dates be any text): else no date", () => {
    // Before: "0 undefined soon" (EU, US) or the text itself (ISO).
    for (const s of [US, EU, ISO])
      for (const text of ['soon', '', '2026-13-45', '2026-02-30', '2026-12-01T00:00:00Z'])
        expect(formatDate(text, s), `${text} (${s.date})`).toBe('—');
    // An end that is no day is an open end; a range without a single day is no dates, as the tables show it.
    expect(formatDateRange('2026-11-03', 'soon', EU)).toBe('3 Nov 2026 – …');
    expect(formatDateRange('someday', '2027-01-19', US)).toBe('… – Jan 19, 2027');
    expect(formatDateRange('2026-12-01T00:00:00Z', 'soon', EU)).toBe('—');
    expect(formatDateRange('soon', '2026-13-45', ISO)).toBe('—');
    expect(formatDateRange(null, undefined, EU)).toBe('—');
  });
});

describe("times in the user's clock", () => {
  it("writes hours and instants at the zone's clock, 12 or 24 hours", () => {
    const instant = Date.parse('2026-11-24T08:30:00Z');
    expect(formatClock(instant, 'Europe/Berlin', EU)).toBe('09:30');
    expect(formatClock(instant, 'Europe/Berlin', US)).toBe('9:30 AM');
    expect(formatClock(instant, 'Pacific/Chatham', US)).toBe('10:15 PM');
    expect(formatClock(Date.parse('2026-11-24T11:05:00Z'), 'UTC', US)).toBe('11:05 AM');
    expect(formatClock(Date.parse('2026-11-24T12:05:00Z'), 'UTC', US)).toBe('12:05 PM');
    expect(formatClock(Date.parse('2026-11-24T00:05:00Z'), 'UTC', US)).toBe('12:05 AM');
    expect(formatHour(0, US)).toBe('12 AM');
    expect(formatHour(12, US)).toBe('12 PM');
    expect(formatHour(19, US)).toBe('7 PM');
    expect(formatHour(7, EU)).toBe('07:00');
    expect(formatHour(24, EU)).toBe('00:00');
  });

  it('writes an instant as the day and time of its zone', () => {
    const instant = Date.parse('2026-11-30T23:30:00Z');
    expect(formatDateTime(instant, 'Europe/Berlin', EU)).toBe('Tue 1 Dec, 00:30');
    expect(formatDateTime(instant, 'America/New_York', US)).toBe('Mon, Nov 30, 6:30 PM');
  });
});

describe('weeks', () => {
  it("start on the user's first day", () => {
    // 2026-11-29 is a Sunday.
    expect(weekStartOf('2026-11-29', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29', 0)).toBe('2026-11-29');
    expect(weekStartOf('2026-12-05', 0)).toBe('2026-11-29');
    expect(weekStartOf('2026-12-01', 1)).toBe('2026-11-30');
  });

  it('put a Sunday in the coming work week when weeks start on Sunday', () => {
    expect(workWeekMondayOf('2026-11-29', 0)).toBe('2026-11-30');
    expect(workWeekMondayOf('2026-11-29', 1)).toBe('2026-11-23');
    expect(workWeekMondayOf('2026-12-05', 0)).toBe('2026-11-30');
    expect(workWeekMondayOf('2026-12-05', 1)).toBe('2026-11-30');
  });
});

describe('settings', () => {
  it("come from Focus, with Track's week start as the fallback and defaults for the rest", () => {
    expect(dateSettingsFrom({ date_format: 'US', time_format: '12h', start_week_on: 0 })).toEqual(US);
    expect(dateSettingsFrom({ date_format: 'ISO' }, { beginning_of_week: 0 })).toEqual({
      date: 'ISO',
      clock: '24h',
      weekStartsOn: 0,
    });
    expect(dateSettingsFrom(undefined, { beginning_of_week: 3 })).toEqual(EU);
    expect(dateSettingsFrom({ date_format: 'XX', time_format: '13h' } as never)).toEqual(EU);
  });
});
