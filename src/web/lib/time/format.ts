import { format } from 'date-fns';
import { parseDay, type Day } from './calendar-day';

/*
 * Labels the Timeline still uses (its header's day and month ticks, its side panel's block times). Every other
 * view writes dates and times in the user's own format through user-format.ts / useDateFormat; the Timeline's
 * labels move there too once its current rework has landed.
 */

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
