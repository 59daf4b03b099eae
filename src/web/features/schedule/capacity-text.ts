import type { Load } from '@/web/lib/load-model';
import { formatMinutes } from '@/web/lib/remaining-estimate';

export interface CapacityText {
  /** What the label shows: booked against available time, "off" for a day without any. */
  text: string;
  /** What a screen reader adds: over capacity, a day off, time off. */
  extra: string;
  over: boolean;
  off: boolean;
}

/**
 * A person's day on the Schedule: booked minutes against the day's available time (that weekday's working
 * hours minus time off; nothing on a public holiday or a day outside the working week). Unknown while the
 * capacities are loading or could not be read: then only the booked time is shown and nothing is "over".
 */
export function capacityText(booked: number, load: Load | undefined): CapacityText {
  const used = formatMinutes(booked);
  if (!load) return { text: `${used} / …`, extra: ' (working time not known)', over: false, off: false };
  const off = load.available <= 0;
  const over = booked > load.available;
  const parts: string[] = [];
  if (over) parts.push('over capacity');
  if (load.working <= 0) parts.push('not a working day');
  else if (load.timeOff >= load.working) parts.push('time off all day');
  else if (load.timeOff > 0) parts.push(`${formatMinutes(load.timeOff)} time off`);
  return {
    text: `${used} / ${off ? 'off' : formatMinutes(load.available)}`,
    extra: parts.length ? ` (${parts.join(', ')})` : '',
    over,
    off,
  };
}
