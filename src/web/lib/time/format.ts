import { format } from 'date-fns';
import { parseDay, type Day } from './calendar-day';

/*
 * Labels of days and instants shared by the views. Days are formatted at UTC noon in UTC, so the label is the
 * day itself whatever the machine's zone; instants are formatted in the zone they are shown in.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format;
}

const utcNoon = (day: Day) => Date.parse(`${day}T12:00:00Z`);

/** "Mon 3 Nov". */
export function weekdayLabel(day: Day): string {
  return dayFormat('weekday', { weekday: 'short', day: 'numeric', month: 'short' }).format(utcNoon(day));
}

/** "3 Nov 2026". */
export function dayMonthYearLabel(day: Day): string {
  return dayFormat('year', { day: 'numeric', month: 'short', year: 'numeric' }).format(utcNoon(day));
}

// Bars and headers label the same few hundred days over and over (each bar mounted while scrolling): each
// label is formatted once.
const dayLabels = new Map<string, string>();

/** A day in a date-fns pattern ('d MMM', 'MMMM yyyy', 'EEE d'), in English. */
export function formatDayAs(day: Day, pattern: string): string {
  const key = `${pattern}|${day}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    if (dayLabels.size > 20_000) dayLabels.clear();
    label = format(parseDay(day), pattern);
    dayLabels.set(key, label);
  }
  return label;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** "Tue 24 Nov, 09:30" in the reader's locale, at the zone's clock. */
export function dateTimeLabel(instant: number, zone: string): string {
  let format = instantFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    });
    instantFormats.set(zone, format);
  }
  return format.format(instant);
}
