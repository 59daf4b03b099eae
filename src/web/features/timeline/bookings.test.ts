import { describe, expect, it } from 'vitest';
import {
  blockDay,
  bookedText,
  bookingsByTask,
  dayStartIso,
  marksOnBar,
  rangeInstants,
  remainingText,
} from './bookings';

const block = (id: number, task_id: number, start: string, duration: number, completed = false) => ({
  id,
  task_id,
  start,
  duration,
  completed_at: completed ? '2026-01-01T00:00:00Z' : null,
});

describe('blockDay', () => {
  it.each([
    // Near midnight: the same instant is a different calendar day in different zones.
    ['2026-03-10T23:30:00Z', 'Europe/Berlin', '2026-03-11'],
    ['2026-03-10T23:30:00Z', 'America/New_York', '2026-03-10'],
    ['2026-03-10T18:29:00Z', 'Asia/Kolkata', '2026-03-10'],
    ['2026-03-10T18:30:00Z', 'Asia/Kolkata', '2026-03-11'],
    ['2026-03-10T12:59:00Z', 'Australia/Lord_Howe', '2026-03-10'],
    ['2026-03-10T13:00:00Z', 'Australia/Lord_Howe', '2026-03-11'],
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
  ])('%s in %s is %s', (iso, zone, day) => expect(blockDay(iso, zone)).toBe(day));
});

describe('dayStartIso / rangeInstants', () => {
  it.each([
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', 'Europe/Berlin', '2026-10-25T23:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    ['2026-04-01', 'Asia/Kolkata', '2026-03-31T18:30:00.000Z'],
    ['2026-04-05', 'Australia/Lord_Howe', '2026-04-04T13:00:00.000Z'],
    ['2026-04-06', 'Australia/Lord_Howe', '2026-04-05T13:30:00.000Z'],
  ])('%s starts in %s at %s', (day, zone, iso) => expect(dayStartIso(day, zone)).toBe(iso));

  it('bounds a quarter from its first midnight to the next quarter’s', () => {
    expect(rangeInstants({ start: '2026-10-01', end: '2026-12-31' }, 'Europe/Berlin')).toEqual({
      date_from: '2026-09-30T22:00:00.000Z',
      date_to: '2026-12-31T23:00:00.000Z',
    });
  });
});

describe('bookingsByTask', () => {
  const blocks = [
    block(1, 10, '2026-03-27T08:00:00Z', 3600, true),
    block(2, 10, '2026-03-27T13:00:00Z', 1800, true),
    // 23:30 Berlin on the night of the DST change: still the 28th there.
    block(3, 10, '2026-03-28T22:30:00Z', 7200),
    block(4, 10, '2026-03-29T07:00:00Z', 3600, true),
    block(5, 20, '2026-03-29T07:00:00Z', 900),
    // The same block from the next quarter's read counts once.
    block(3, 10, '2026-03-28T22:30:00Z', 7200),
  ];

  it('sums seconds and marks each booked day once, done only when all its blocks are', () => {
    const m = bookingsByTask(blocks, 'Europe/Berlin');
    expect(m.get(10)).toEqual({
      bookedSecs: 3600 + 1800 + 7200 + 3600,
      days: [
        { day: '2026-03-27', done: true },
        { day: '2026-03-28', done: false },
        { day: '2026-03-29', done: true },
      ],
    });
    expect(m.get(20)).toEqual({ bookedSecs: 900, days: [{ day: '2026-03-29', done: false }] });
  });

  it('puts the late block on the next day further east', () => {
    const days = bookingsByTask(blocks, 'Asia/Kolkata')
      .get(10)
      ?.days.map((d) => d.day);
    expect(days).toEqual(['2026-03-27', '2026-03-29']);
  });

  it('ignores archived blocks', () => {
    const m = bookingsByTask(
      [{ ...block(1, 10, '2026-03-27T08:00:00Z', 3600), archived_at: '2026-03-28T00:00:00Z' }],
      'UTC',
    );
    expect(m.size).toBe(0);
  });

  it('places the marks inside the bar only', () => {
    const days = bookingsByTask(blocks, 'Europe/Berlin').get(10)!.days;
    expect(marksOnBar(days, '2026-03-28', '2026-04-02')).toEqual([
      { day: '2026-03-28', done: false, offset: 0 },
      { day: '2026-03-29', done: true, offset: 1 },
    ]);
  });
});

describe('remaining text', () => {
  it.each([
    [18 * 60, 6 * 3600, '12 h left'],
    [90, 1800, '1 h left'],
    [120, 7200, 'fully booked'],
    [120, 4 * 3600, 'over by 2 h'],
    [60, 0, '1 h left'],
    [null, 3600, null],
    [0, 0, null],
  ])('estimate %s min, booked %s s: %s', (est, secs, text) => expect(remainingText(est, secs)).toBe(text));

  it('says what is booked of the estimate', () => {
    expect(bookedText(18 * 60, 6 * 3600)).toBe('booked 6 h of 18 h');
    expect(bookedText(null, 5400)).toBe('booked 1 h 30 min');
  });
});
