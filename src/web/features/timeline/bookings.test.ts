import { describe, expect, it } from 'vitest';
import {
  blocksOutside,
  bookedText,
  bookingFold,
  bookingsByTask,
  estimateLabel,
  marksOnBar,
  remainingText,
} from './bookings';

const block = (id: number, task_id: number, start: string, duration: number, completed = false) => ({
  id,
  task_id,
  start,
  duration,
  completed_at: completed ? '2026-01-01T00:00:00Z' : null,
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
        { day: '2026-03-27', done: true, blocks: 2 },
        { day: '2026-03-28', done: false, blocks: 1 },
        { day: '2026-03-29', done: true, blocks: 1 },
      ],
    });
    expect(m.get(20)).toEqual({ bookedSecs: 900, days: [{ day: '2026-03-29', done: false, blocks: 1 }] });
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

  it('folds batches as they come to what one list gives', () => {
    const fold = bookingFold('Europe/Berlin');
    for (const b of blocks) fold.add([b]);
    expect(fold.result()).toEqual(bookingsByTask(blocks, 'Europe/Berlin'));
    const halves = bookingFold('Europe/Berlin');
    halves.add(blocks.slice(3));
    halves.add(blocks.slice(0, 3));
    expect(halves.result()).toEqual(bookingsByTask(blocks, 'Europe/Berlin'));
  });

  it('places the marks inside the bar only', () => {
    const days = bookingsByTask(blocks, 'Europe/Berlin').get(10)!.days;
    expect(marksOnBar(days, '2026-03-28', '2026-04-02')).toEqual([
      { day: '2026-03-28', done: false, blocks: 1, offset: 0 },
      { day: '2026-03-29', done: true, blocks: 1, offset: 1 },
    ]);
  });

  it('counts the blocks on days outside given dates', () => {
    const days = bookingsByTask(blocks, 'Europe/Berlin').get(10)!.days;
    expect(blocksOutside(days, '2026-03-27', '2026-03-29')).toBe(0);
    // Two blocks on the 27th, one on the 28th (Berlin), one on the 29th.
    expect(blocksOutside(days, '2026-03-28', '2026-04-02')).toBe(2);
    expect(blocksOutside(days, '2026-03-30', '2026-04-02')).toBe(4);
    expect(blocksOutside(days, '2026-03-27', '2026-03-27')).toBe(2);
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
    // Toggl types the estimate as any integer: one below zero is no estimate (before: "over by 6 h 15 min").
    [-90, 4.75 * 3600, null],
    [-90, 0, null],
  ])('estimate %s min, booked %s s: %s', (est, secs, text) => expect(remainingText(est, secs)).toBe(text));

  it('says what is booked of the estimate', () => {
    expect(bookedText(18 * 60, 6 * 3600)).toBe('booked 6 h of 18 h');
    expect(bookedText(null, 5400)).toBe('booked 1 h 30 min');
    // Before: "booked 4 h 45 min of -2 h -30 min".
    expect(bookedText(-90, 4.75 * 3600)).toBe('booked 4 h 45 min');
    expect(bookedText(0, 5400)).toBe('booked 1 h 30 min');
  });

  it('labels the bar with its estimate, none when there is no estimate or it is not above zero', () => {
    expect(estimateLabel(150)).toBe('2h 30m');
    expect(estimateLabel(120)).toBe('2h');
    expect(estimateLabel(45)).toBe('45m');
    expect(estimateLabel(null)).toBe('');
    expect(estimateLabel(0)).toBe('');
    expect(estimateLabel(-90)).toBe('');
  });
});

describe('bookings of odd blocks', () => {
  it('books a negative duration as nothing and an endless one as the longest block the planner writes', () => {
    const map = bookingsByTask(
      [
        { id: 1, task_id: 5, start: '2026-11-24T08:00:00Z', duration: -1 },
        { id: 2, task_id: 6, start: '2026-11-24T08:00:00Z', duration: Number.MAX_SAFE_INTEGER },
      ],
      'UTC',
    );
    expect(map.get(5)?.bookedSecs).toBe(0);
    expect(map.get(6)?.bookedSecs).toBe(7 * 24 * 3600);
  });
});
