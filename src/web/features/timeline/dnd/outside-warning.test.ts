import { describe, expect, it } from 'vitest';
import type { TaskBooking } from '../bookings';
import { outsideWarning } from './outside-warning';

const booking = (days: [string, number][]): TaskBooking => ({
  bookedSecs: 3600,
  days: days.map(([day, blocks]) => ({ day, done: false, blocks })),
});
const bookings = new Map([
  [
    1,
    booking([
      ['2026-12-01', 2],
      ['2026-12-03', 1],
    ]),
  ],
  [2, booking([['2026-12-02', 1]])],
]);
const move = (id: number, start: string, end: string, after: [string, string]) => ({
  id,
  name: `Task ${id}`,
  before: { start, end },
  after: { start: after[0], end: after[1] },
});

describe('outsideWarning', () => {
  it('names the task and counts its blocks now outside its dates', () => {
    expect(
      outsideWarning([move(1, '2026-12-01', '2026-12-03', ['2026-12-03', '2026-12-05'])], bookings),
    ).toBe(
      "'Task 1' now has 2 time blocks outside its dates. Move them on the Schedule, or change the dates.",
    );
  });

  it('says nothing when every block stays inside, or when no block is known', () => {
    expect(
      outsideWarning([move(1, '2026-12-01', '2026-12-03', ['2026-11-30', '2026-12-04'])], bookings),
    ).toBeNull();
    expect(
      outsideWarning([move(3, '2026-12-01', '2026-12-03', ['2026-12-10', '2026-12-12'])], bookings),
    ).toBeNull();
    expect(
      outsideWarning([move(1, '2026-12-01', '2026-12-03', ['2026-12-10', '2026-12-12'])], null),
    ).toBeNull();
  });

  it('says nothing when a move leaves no more blocks outside than before', () => {
    expect(
      outsideWarning([move(1, '2026-12-02', '2026-12-03', ['2026-12-03', '2026-12-04'])], bookings),
    ).toBeNull();
  });

  it('sums the blocks of several moved tasks', () => {
    const moves = [
      move(1, '2026-12-01', '2026-12-03', ['2026-12-08', '2026-12-10']),
      move(2, '2026-12-01', '2026-12-03', ['2026-12-08', '2026-12-10']),
    ];
    expect(outsideWarning(moves, bookings)).toBe(
      '2 moved tasks now have 4 time blocks outside their dates. Move them on the Schedule, or change the dates.',
    );
  });

  it('says it for one block', () => {
    expect(
      outsideWarning([move(2, '2026-12-02', '2026-12-02', ['2026-12-05', '2026-12-05'])], bookings),
    ).toBe("'Task 2' now has 1 time block outside its dates. Move it on the Schedule, or change the dates.");
  });
});
