import { describe, expect, it } from 'vitest';
import { chooseWindow, containsRange, isDayRange, neededRange, windowFor } from './fetch-window';

/** The window for a view of `start`..`end` is `wantStart`..`wantEnd`. */
const expectWindow = (start: string, end: string, wantStart: string, wantEnd: string) =>
  expect(windowFor({ start, end })).toEqual({ start: wantStart, end: wantEnd });

describe('windowFor', () => {
  it('spans one month before to two months after, in whole months', () => {
    expectWindow('2026-11-24', '2026-12-22', '2026-10-01', '2027-02-28');
  });
  it('crosses quarter and year ends as one window', () => {
    expectWindow('2026-12-30', '2027-01-20', '2026-11-01', '2027-03-31');
  });
  it('clamps month ends (31 Mar - 1 month is February) and leap years', () => {
    expectWindow('2028-03-31', '2028-03-31', '2028-02-01', '2028-05-31');
    expectWindow('2027-12-31', '2027-12-31', '2027-11-01', '2028-02-29');
  });
  it('is the same across DST changes (calendar dates only)', () => {
    expectWindow('2026-03-29', '2026-04-05', '2026-02-01', '2026-06-30');
    expectWindow('2026-10-25', '2026-11-01', '2026-09-01', '2027-01-31');
  });
  it('always contains the needed range of its view', () => {
    for (const start of ['2026-01-01', '2026-02-28', '2026-03-31', '2026-10-25', '2026-12-31']) {
      const visible = { start, end: start };
      expect(containsRange(windowFor(visible), neededRange(visible))).toBe(true);
    }
  });
});

describe('containsRange', () => {
  const w = { start: '2026-10-01', end: '2027-01-31' };
  it('holds ranges inside, including the edges', () => {
    expect(containsRange(w, { start: '2026-10-01', end: '2027-01-31' })).toBe(true);
    expect(containsRange(w, { start: '2026-11-10', end: '2026-12-01' })).toBe(true);
  });
  it('does not hold ranges sticking out on either side', () => {
    expect(containsRange(w, { start: '2026-09-30', end: '2026-10-10' })).toBe(false);
    expect(containsRange(w, { start: '2027-01-20', end: '2027-02-01' })).toBe(false);
  });
});

describe('chooseWindow', () => {
  const visible = { start: '2026-11-24', end: '2026-12-22' };
  it('reuses a cached window that holds the visible days plus the margin', () => {
    const cached = [
      { start: '2026-06-01', end: '2026-08-31' },
      { start: '2026-11-01', end: '2027-01-31' },
    ];
    expect(chooseWindow(cached, visible)).toBe(cached[1]);
  });
  it('reads a new window when no cached one holds the margin', () => {
    const cached = [{ start: '2026-11-20', end: '2027-01-31' }];
    expect(chooseWindow(cached, visible)).toEqual({ start: '2026-10-01', end: '2027-02-28' });
  });
  it('reads a new window on an empty cache', () => {
    expect(chooseWindow([], visible)).toEqual(windowFor(visible));
  });
});

describe('neededRange and isDayRange', () => {
  it('widens by the margin across a month end', () => {
    expect(neededRange({ start: '2026-03-03', end: '2026-03-28' }, 7)).toEqual({
      start: '2026-02-24',
      end: '2026-04-04',
    });
  });
  it('recognises range key segments', () => {
    expect(isDayRange({ start: '2026-01-01', end: '2026-01-31' })).toBe(true);
    expect(isDayRange('time-blocks')).toBe(false);
    expect(isDayRange(null)).toBe(false);
  });
});

describe('chooseWindow with a fallback', () => {
  it('takes the given window when nothing cached holds the view (the blocks follow the bars)', () => {
    const bars = { start: '2026-10-01', end: '2027-01-31' };
    expect(chooseWindow([], { start: '2026-11-24', end: '2026-12-01' }, bars)).toBe(bars);
  });
});
