import { describe, expect, it } from 'vitest';
import type { Load } from '@/web/lib/load-model';
import { formatShortDate, formatWeekdayDate, type DateSettings } from '@/web/lib/time/user-format';
import { capacityRange, cellOf, daysOffOf, stripSummary, unitOf } from './workload';

const load = (date: string, estimated: number, available = 480, timeOff = 0): Load => ({
  date,
  working: available + timeOff,
  timeOff,
  available,
  estimated,
  remaining: estimated,
  tasks: 1,
});

describe('workload strip cells', () => {
  it('says an over-allocated day in words, with the amount over', () => {
    const c = cellOf(load('2026-12-01', 540), 'day');
    expect(c.level).toBe('over');
    expect(c.over).toBe(60);
    expect(c.label).toBe('Tue 1 Dec: 9 h planned of 8 h available, over by 1 h');
  });

  it('scales the colour level with the share planned', () => {
    expect(cellOf(load('2026-12-01', 0), 'day').level).toBe('free');
    expect(cellOf(load('2026-12-01', 120), 'day').level).toBe('light');
    expect(cellOf(load('2026-12-01', 300), 'day').level).toBe('busy');
    expect(cellOf(load('2026-12-01', 480), 'day').level).toBe('full');
    expect(cellOf(load('2026-12-01', 480), 'day').fill).toBe(1);
    expect(cellOf(load('2026-12-05', 0, 0), 'day')).toMatchObject({ level: 'off', over: 0 });
    expect(cellOf(load('2026-12-05', 0, 0), 'day').label).toBe('Sat 5 Dec: no working time');
  });

  it('work on a day with no working time is over by all of it', () => {
    const c = cellOf(load('2026-12-05', 90, 0), 'day');
    expect(c).toMatchObject({ level: 'over', over: 90 });
  });

  it('counts draft-project work apart from the committed load', () => {
    const c = cellOf(load('2026-12-01', 300), 'day', [], load('2026-12-01', 540));
    expect(c.level).toBe('busy');
    expect(c.draft).toBe(240);
    expect(c.label).toContain('4 h more in draft projects (over by 1 h with them)');
  });

  it('names holidays and time off, for a day and for a week', () => {
    const holidays = new Map([['2026-12-25', 'Christmas Day']]);
    const day = load('2026-12-25', 0, 0);
    expect(daysOffOf(day, 1, holidays)).toEqual([{ kind: 'holiday', detail: 'Christmas Day' }]);
    const week = load('2026-12-21', 600, 1440, 480);
    const off = daysOffOf(week, 7, holidays);
    expect(off).toEqual([
      { kind: 'holiday', detail: 'Christmas Day (Fri 25 Dec)' },
      { kind: 'time off', detail: '8 h' },
    ]);
    expect(cellOf(week, 'week', off).label).toBe(
      'Week of 21 Dec: 10 h planned of 24 h available, lightly planned; public holiday: Christmas Day (Fri 25 Dec); time off: 8 h',
    );
  });

  it('names the days as the user writes them (their Toggl date format)', () => {
    const us: DateSettings = { date: 'US', clock: '12h', weekStartsOn: 0 };
    const names = {
      shortDate: (d: string) => formatShortDate(d, us),
      weekdayDate: (d: string) => formatWeekdayDate(d, us),
    };
    const holidays = new Map([['2026-12-25', 'Christmas Day']]);
    expect(cellOf(load('2026-12-05', 0, 0), 'day', [], undefined, names).label).toBe(
      'Sat, Dec 5: no working time',
    );
    const week = load('2026-12-21', 600, 1440);
    expect(cellOf(week, 'week', daysOffOf(week, 7, holidays, names), undefined, names).label).toBe(
      'Week of Dec 21: 10 h planned of 24 h available, lightly planned; public holiday: Christmas Day (Fri, Dec 25)',
    );
  });

  it('summarizes a row for its accessible name', () => {
    const cells = [cellOf(load('2026-12-01', 540), 'day'), cellOf(load('2026-12-02', 60, 240, 240), 'day')];
    expect(stripSummary('Ana', cells, 'day')).toBe(
      'Workload of Ana, 1 day over capacity. Arrow keys read one day at a time.',
    );
  });
});

describe('the strip read', () => {
  it('is per day at Day and Week zoom, per week at Month and Quarter', () => {
    expect([unitOf('day'), unitOf('week'), unitOf('month'), unitOf('quarter')]).toEqual([
      'day',
      'day',
      'week',
      'week',
    ]);
  });

  it('covers the data window in whole weeks, at most 52 of them', () => {
    expect(capacityRange({ start: '2026-11-01', end: '2027-02-28' }, '2026-12-01')).toEqual({
      start: '2026-10-26',
      end: '2027-02-28',
    });
    const long = capacityRange({ start: '2026-05-01', end: '2028-02-29' }, '2026-12-10');
    expect(long.start).toBe('2026-10-26');
    expect(long.end).toBe('2027-10-24');
  });
});
