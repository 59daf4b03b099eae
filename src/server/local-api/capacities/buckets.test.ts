import { describe, expect, it } from 'vitest';
import { bucketsOf, unitStart } from './buckets';

describe('capacity periods', () => {
  it('weeks start on Monday; months and quarters are calendar ones', () => {
    expect(unitStart('2026-03-22', 'week')).toBe('2026-03-16');
    expect(unitStart('2026-03-16', 'week')).toBe('2026-03-16');
    expect(unitStart('2026-03-22', 'month')).toBe('2026-03-01');
    expect(unitStart('2026-03-22', 'quarter')).toBe('2026-01-01');
    expect(unitStart('2026-12-31', 'quarter')).toBe('2026-10-01');
  });

  it('cuts the window into periods dated by their first day inside it', () => {
    const weeks = bucketsOf('2026-03-18', '2026-03-30', 'week');
    expect(weeks.map((b) => [b.date, b.days.length])).toEqual([
      ['2026-03-18', 5],
      ['2026-03-23', 7],
      ['2026-03-30', 1],
    ]);
    const quarters = bucketsOf('2026-02-15', '2026-07-01', 'quarter');
    expect(quarters.map((b) => [b.date, b.days.length])).toEqual([
      ['2026-02-15', 45],
      ['2026-04-01', 91],
      ['2026-07-01', 1],
    ]);
    expect(bucketsOf('2026-03-18', '2026-03-19', 'day').map((b) => b.date)).toEqual([
      '2026-03-18',
      '2026-03-19',
    ]);
  });
});
