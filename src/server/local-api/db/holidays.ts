import { nextDay, weekdayOfDay } from '@/api/utc-days';

/**
 * Public holidays of the demo's countries (Germany, the United Kingdom (England), the United States, Japan,
 * Estonia) for a year: the national days as they fall (no regional days, no substitute days for one that
 * falls on a weekend), computed, so the seed needs no table and stays deterministic.
 */
export type Country = 'DE' | 'GB' | 'US' | 'JP' | 'EE';
export const COUNTRIES: readonly Country[] = ['DE', 'GB', 'US', 'JP', 'EE'];

export interface Holiday {
  date: string;
  name: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const on = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return on(year, month, day);
}

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = on(year, month, 1);
    return nextDay(first, ((weekday - weekdayOfDay(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = nextDay(month === 12 ? on(year + 1, 1, 1) : on(year, month + 1, 1), -1);
  return nextDay(last, -((weekdayOfDay(last) - weekday + 7) % 7));
}

// Japan's equinox days by the usual approximation (good from 1980 to 2099).
const equinox = (year: number, base: number) =>
  Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));

export function holidaysOf(country: Country, year: number): Holiday[] {
  const easter = easterSunday(year);
  const fromEaster = (n: number) => nextDay(easter, n);
  const list: [string, string][] = (() => {
    switch (country) {
      case 'DE':
        return [
          [on(year, 1, 1), 'Neujahr'],
          [fromEaster(-2), 'Karfreitag'],
          [fromEaster(1), 'Ostermontag'],
          [on(year, 5, 1), 'Tag der Arbeit'],
          [fromEaster(39), 'Christi Himmelfahrt'],
          [fromEaster(50), 'Pfingstmontag'],
          [on(year, 10, 3), 'Tag der Deutschen Einheit'],
          [on(year, 12, 25), '1. Weihnachtstag'],
          [on(year, 12, 26), '2. Weihnachtstag'],
        ];
      case 'GB':
        return [
          [on(year, 1, 1), "New Year's Day"],
          [fromEaster(-2), 'Good Friday'],
          [fromEaster(1), 'Easter Monday'],
          [nthWeekday(year, 5, 1, 1), 'Early May bank holiday'],
          [nthWeekday(year, 5, 1, -1), 'Spring bank holiday'],
          [nthWeekday(year, 8, 1, -1), 'Summer bank holiday'],
          [on(year, 12, 25), 'Christmas Day'],
          [on(year, 12, 26), 'Boxing Day'],
        ];
      case 'US':
        return [
          [on(year, 1, 1), "New Year's Day"],
          [nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day'],
          [nthWeekday(year, 2, 1, 3), "Washington's Birthday"],
          [nthWeekday(year, 5, 1, -1), 'Memorial Day'],
          [on(year, 6, 19), 'Juneteenth'],
          [on(year, 7, 4), 'Independence Day'],
          [nthWeekday(year, 9, 1, 1), 'Labor Day'],
          [nthWeekday(year, 10, 1, 2), 'Columbus Day'],
          [on(year, 11, 11), 'Veterans Day'],
          [nthWeekday(year, 11, 4, 4), 'Thanksgiving Day'],
          [on(year, 12, 25), 'Christmas Day'],
        ];
      case 'JP':
        return [
          [on(year, 1, 1), "New Year's Day"],
          [nthWeekday(year, 1, 1, 2), 'Coming of Age Day'],
          [on(year, 2, 11), 'National Foundation Day'],
          [on(year, 2, 23), "The Emperor's Birthday"],
          [on(year, 3, equinox(year, 20.8431)), 'Vernal Equinox Day'],
          [on(year, 4, 29), 'Showa Day'],
          [on(year, 5, 3), 'Constitution Memorial Day'],
          [on(year, 5, 4), 'Greenery Day'],
          [on(year, 5, 5), "Children's Day"],
          [nthWeekday(year, 7, 1, 3), 'Marine Day'],
          [on(year, 8, 11), 'Mountain Day'],
          [nthWeekday(year, 9, 1, 3), 'Respect for the Aged Day'],
          [on(year, 9, equinox(year, 23.2488)), 'Autumnal Equinox Day'],
          [nthWeekday(year, 10, 1, 2), 'Sports Day'],
          [on(year, 11, 3), 'Culture Day'],
          [on(year, 11, 23), 'Labor Thanksgiving Day'],
        ];
      case 'EE':
        return [
          [on(year, 1, 1), 'Uusaasta'],
          [on(year, 2, 24), 'Iseseisvuspäev'],
          [fromEaster(-2), 'Suur reede'],
          [easter, 'Ülestõusmispühade 1. püha'],
          [on(year, 5, 1), 'Kevadpüha'],
          [fromEaster(49), 'Nelipühade 1. püha'],
          [on(year, 6, 23), 'Võidupüha'],
          [on(year, 6, 24), 'Jaanipäev'],
          [on(year, 8, 20), 'Taasiseseisvumispäev'],
          [on(year, 12, 24), 'Jõululaupäev'],
          [on(year, 12, 25), 'Esimene jõulupüha'],
          [on(year, 12, 26), 'Teine jõulupüha'],
        ];
    }
  })();
  return list.map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
