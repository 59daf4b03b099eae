import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysOf, nthWeekday } from './holidays';

describe('public holidays of the demo countries', () => {
  it('knows Easter', () => {
    expect(['2024', '2025', '2026', '2027', '2031'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2031-04-13',
    ]);
  });

  it('finds the n-th and the last weekday of a month', () => {
    expect(nthWeekday(2026, 11, 4, 4)).toBe('2026-11-26'); // Thanksgiving
    expect(nthWeekday(2026, 5, 1, -1)).toBe('2026-05-25'); // Memorial Day, Spring bank holiday
    expect(nthWeekday(2026, 9, 1, 1)).toBe('2026-09-07'); // Labor Day
    expect(nthWeekday(2026, 12, 4, -1)).toBe('2026-12-31');
  });

  it('gives each country its days of the year, in date order', () => {
    const de = holidaysOf('DE', 2026);
    expect(de.map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(holidaysOf('JP', 2026).find((h) => h.name === 'Vernal Equinox Day')?.date).toBe('2026-03-20');
    expect(holidaysOf('JP', 2026).find((h) => h.name === 'Autumnal Equinox Day')?.date).toBe('2026-09-23');
    expect(holidaysOf('US', 2026)).toContainEqual({ date: '2026-07-04', name: 'Independence Day' });
    expect(holidaysOf('EE', 2026)).toContainEqual({ date: '2026-06-24', name: 'Jaanipäev' });
  });
});
