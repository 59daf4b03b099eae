import { addDays, isDay, weekdayOf, type Day } from './calendar-day';
import { toWall } from './zoned';

/**
 * How the user writes dates and times (their Toggl settings): the order of a date, a 12- or 24-hour clock and
 * the first day of the week. Every date and time a view shows goes through these functions, so the views
 * agree with each other and with Toggl.
 */
export interface DateSettings {
  /** US: "Nov 3, 2026"; EU: "3 Nov 2026"; ISO: "2026-11-03". */
  date: 'US' | 'EU' | 'ISO';
  clock: '12h' | '24h';
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: 0 | 1;
}

export const DEFAULT_DATE_SETTINGS: DateSettings = { date: 'EU', clock: '24h', weekStartsOn: 1 };

/**
 * The settings from Focus's `/users/me/settings` (date_format, time_format, start_week_on), with Track's
 * `/me` beginning_of_week for the week start when Focus does not say; the defaults where neither does.
 */
export function dateSettingsFrom(
  focus?: { date_format?: string | null; time_format?: string | null; start_week_on?: number | null } | null,
  track?: { beginning_of_week?: number | null } | null,
): DateSettings {
  const date = focus?.date_format;
  const week = focus?.start_week_on ?? track?.beginning_of_week;
  return {
    date: date === 'US' || date === 'EU' || date === 'ISO' ? date : DEFAULT_DATE_SETTINGS.date,
    clock:
      focus?.time_format === '12h'
        ? '12h'
        : focus?.time_format === '24h'
          ? '24h'
          : DEFAULT_DATE_SETTINGS.clock,
    weekStartsOn: week === 0 ? 0 : week === 1 ? 1 : DEFAULT_DATE_SETTINGS.weekStartsOn,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// Read from the text of the day itself: no zone, no machine clock.
const parts = (day: Day) => ({
  year: day.slice(0, 4),
  month: MONTHS[Number(day.slice(5, 7)) - 1],
  mm: day.slice(5, 7),
  dd: day.slice(8, 10),
  d: String(Number(day.slice(8, 10))),
});

// What a date shows when there is none, or its text is no calendar day (Toggl's schema lets a project's dates be
// any text): the dash the tables show in an empty cell, never the text or pieces of it.
const NO_DATE = '—';

/** A day with its year: "Nov 3, 2026", "3 Nov 2026", "2026-11-03"; a dash for what is no day. */
export function formatDate(day: Day | null | undefined, s: DateSettings): string {
  if (!isDay(day)) return NO_DATE;
  const p = parts(day);
  if (s.date === 'ISO') return day;
  return s.date === 'US' ? `${p.month} ${p.d}, ${p.year}` : `${p.d} ${p.month} ${p.year}`;
}

/** A day within a known year: "Nov 3", "3 Nov", "11-03". */
export function formatShortDate(day: Day, s: DateSettings): string {
  const p = parts(day);
  if (s.date === 'ISO') return `${p.mm}-${p.dd}`;
  return s.date === 'US' ? `${p.month} ${p.d}` : `${p.d} ${p.month}`;
}

/** A day with its weekday: "Tue, Nov 3", "Tue 3 Nov", "Tue 11-03". */
export function formatWeekdayDate(day: Day, s: DateSettings): string {
  const weekday = WEEKDAYS[weekdayOf(day)];
  return `${weekday}${s.date === 'US' ? ',' : ''} ${formatShortDate(day, s)}`;
}

/**
 * Two days as a range: "3 Nov 2026 – 19 Jan 2027". An end that is missing or no day is open ("…"); with
 * neither end a day, the range is a dash.
 */
export function formatDateRange(start: Day | null | undefined, end: Day | null | undefined, s: DateSettings) {
  if (!isDay(start) && !isDay(end)) return NO_DATE;
  return `${isDay(start) ? formatDate(start, s) : '…'} – ${isDay(end) ? formatDate(end, s) : '…'}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall-clock time of day in minutes: "09:30" or "9:30 AM" ("12:00 PM" is noon). */
export function formatMinuteOfDay(minutes: number, s: DateSettings): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = Math.round(minutes % 60);
  if (s.clock === '24h') return `${pad(hour)}:${pad(minute)}`;
  return `${hour % 12 || 12}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** An hour of the axis: "09:00" or "9 AM". */
export function formatHour(hour: number, s: DateSettings): string {
  const h = ((hour % 24) + 24) % 24;
  if (s.clock === '24h') return `${pad(h)}:00`;
  return `${h % 12 || 12} ${h < 12 ? 'AM' : 'PM'}`;
}

/** An instant's time on the zone's clock: "09:30" or "9:30 AM". */
export function formatClock(instant: number, zone: string, s: DateSettings): string {
  const wall = new Date(toWall(instant, zone));
  return formatMinuteOfDay(wall.getUTCHours() * 60 + wall.getUTCMinutes(), s);
}

/** An instant as the zone's day and time: "Tue 3 Nov, 09:30", "Tue, Nov 3, 9:30 AM". */
export function formatDateTime(instant: number, zone: string, s: DateSettings): string {
  const day = new Date(toWall(instant, zone)).toISOString().slice(0, 10);
  return `${formatWeekdayDate(day, s)}, ${formatClock(instant, zone, s)}`;
}

/** The first day of the week that holds `day`, as the user counts weeks (Sunday or Monday). */
export function weekStartOf(day: Day, weekStartsOn: 0 | 1): Day {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

/**
 * The Monday of the work week (Monday to Friday) in the user's week that holds `day`: a Sunday belongs to
 * the coming work week when weeks start on Sunday, to the past one when they start on Monday.
 */
export function workWeekMondayOf(day: Day, weekStartsOn: 0 | 1): Day {
  const first = weekStartOf(day, weekStartsOn);
  return weekStartsOn === 1 ? first : addDays(first, 1);
}

/** The user-format functions bound to one user's settings. */
export interface DateFormat {
  settings: DateSettings;
  date: (day: Day) => string;
  shortDate: (day: Day) => string;
  weekdayDate: (day: Day) => string;
  range: (start: Day | null | undefined, end: Day | null | undefined) => string;
  hour: (hour: number) => string;
  clock: (instant: number, zone: string) => string;
  dateTime: (instant: number, zone: string) => string;
}

/** The user-format functions bound to `settings`. */
export function dateFormatOf(settings: DateSettings): DateFormat {
  return {
    settings,
    date: (day) => formatDate(day, settings),
    shortDate: (day) => formatShortDate(day, settings),
    weekdayDate: (day) => formatWeekdayDate(day, settings),
    range: (start, end) => formatDateRange(start, end, settings),
    hour: (hour) => formatHour(hour, settings),
    clock: (instant, zone) => formatClock(instant, zone, settings),
    dateTime: (instant, zone) => formatDateTime(instant, zone, settings),
  };
}

/** The default settings' functions, until the user's are known. */
export const DEFAULT_DATE_FORMAT = dateFormatOf(DEFAULT_DATE_SETTINGS);
