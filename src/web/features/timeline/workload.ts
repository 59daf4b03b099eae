import type { CapacityUnit } from '@/api/capacity';
import { LOAD_WORDS, loadLevel, type Load, type LoadLevel } from '@/web/lib/load-model';
import { formatMinutes } from '@/web/lib/remaining-estimate';
import {
  addDays,
  addMonths,
  daysBetween,
  firstOfMonth,
  mondayOf,
  type Day,
  type DayRange,
} from '@/web/lib/time/calendar-day';
import { DEFAULT_DATE_FORMAT, type DateFormat } from '@/web/lib/time/user-format';
import type { Zoom } from './geometry';

/** The strip's period at each zoom: a day is a column wide enough to read at Day and Week only. */
export function unitOf(zoom: Zoom): Extract<CapacityUnit, 'day' | 'week'> {
  return zoom === 'day' || zoom === 'week' ? 'day' : 'week';
}

/** Weeks one capacity read may span (the upstream takes at most 366 days). */
const MAX_WEEKS = 52;

/**
 * The days of the strip's one capacity read: the Timeline's data window in whole weeks (Monday to Sunday,
 * so week periods are never cut), at most 52 weeks from the view's month before when the window is longer
 * (Quarter zoom). It follows the data window, which is stable while scrolling, so a scroll costs no read.
 */
export function capacityRange(dataWindow: DayRange, viewStart: Day): DayRange {
  let start = mondayOf(dataWindow.start);
  const end = addDays(mondayOf(dataWindow.end), 6);
  if (daysBetween(start, end) + 1 > MAX_WEEKS * 7) {
    const anchor = addMonths(viewStart, -1);
    start = mondayOf(anchor < dataWindow.start ? dataWindow.start : firstOfMonth(anchor));
  }
  const last = addDays(start, MAX_WEEKS * 7 - 1);
  return { start, end: end < last ? end : last };
}

/** A day that is no working time for a known reason, for the tooltip and the accessible name. */
export interface DayOff {
  kind: 'holiday' | 'time off';
  /** The holiday's name, or the time off's share of the day ("4 h"). */
  detail: string;
}

/** One cell of the strip: a period's load and what the cell says. */
export interface StripCell {
  date: Day;
  /** Days the cell spans (1, or 7 for a week). */
  days: number;
  level: LoadLevel;
  /** Minutes planned beyond what is available (0 when not over). */
  over: number;
  /** Minutes of draft projects on top of the committed load (0 without the toggle). */
  draft: number;
  /** Share of the available time planned, 0..1 (capped), for the cell's fill. */
  fill: number;
  off: DayOff[];
  label: string;
}

const hours = (minutes: number) => formatMinutes(minutes);

/** How the strip names days: as the user writes them (the page's DateFormat). */
export type DayNames = Pick<DateFormat, 'shortDate' | 'weekdayDate'>;

const DEFAULT_DAY_NAMES: DayNames = DEFAULT_DATE_FORMAT;

/** "Tue 3 Dec" or "Week of 2 Dec" (in the user's date format). */
export function periodName(date: Day, unit: 'day' | 'week', names = DEFAULT_DAY_NAMES): string {
  return unit === 'day' ? names.weekdayDate(date) : `Week of ${names.shortDate(date)}`;
}

/**
 * A cell's words: "Tue 3 Dec: 9 h planned of 8 h available, over by 1 h", then draft work and days off.
 * Over-allocation is said in words (and drawn as a mark), never by colour alone.
 */
export function cellOf(
  load: Load,
  unit: 'day' | 'week',
  off: DayOff[] = [],
  withDrafts: Load | undefined = undefined,
  names = DEFAULT_DAY_NAMES,
): StripCell {
  const level = loadLevel(load);
  const over = Math.max(0, load.estimated - load.available);
  const draft = withDrafts ? Math.max(0, withDrafts.estimated - load.estimated) : 0;
  let label = `${periodName(load.date, unit, names)}: `;
  label +=
    load.available > 0 || load.estimated > 0
      ? `${hours(load.estimated)} planned of ${hours(load.available)} available`
      : 'no working time';
  if (over > 0) label += `, over by ${hours(over)}`;
  else if (level !== 'off') label += `, ${LOAD_WORDS[level]}`;
  if (draft > 0) {
    const total = load.estimated + draft;
    label += `; ${hours(draft)} more in draft projects`;
    if (total > load.available && over === 0)
      label += ` (over by ${hours(total - load.available)} with them)`;
  }
  for (const o of off) label += `; ${o.kind === 'holiday' ? 'public holiday' : 'time off'}: ${o.detail}`;
  if (!off.some((o) => o.kind === 'time off') && load.timeOff > 0)
    label += `; time off: ${hours(load.timeOff)}`;
  const fill = load.available > 0 ? Math.min(1, load.estimated / load.available) : load.estimated > 0 ? 1 : 0;
  return { date: load.date, days: unit === 'day' ? 1 : 7, level, over, draft, fill, off, label };
}

/** A whole row's summary for its accessible name: the periods over capacity and the days off. */
export function stripSummary(name: string, cells: readonly StripCell[], unit: 'day' | 'week'): string {
  const over = cells.filter((c) => c.over > 0).length;
  const off = cells.filter((c) => c.off.length > 0).length;
  const what = unit === 'day' ? 'day' : 'week';
  const parts = [`Workload of ${name}`];
  parts.push(over ? `${over} ${what}${over === 1 ? '' : 's'} over capacity` : 'nothing over capacity');
  if (off) parts.push(`${off} ${what}${off === 1 ? '' : 's'} with time off or a holiday`);
  return `${parts.join(', ')}. Arrow keys read one ${what} at a time.`;
}

/** The days off of a period: holidays by name, time off by its share of the working day. */
export function daysOffOf(
  load: Load,
  days: number,
  holidays: ReadonlyMap<Day, string> | undefined,
  names = DEFAULT_DAY_NAMES,
): DayOff[] {
  const out: DayOff[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(load.date, i);
    const name = holidays?.get(day);
    if (name) out.push({ kind: 'holiday', detail: days > 1 ? `${name} (${names.weekdayDate(day)})` : name });
  }
  if (load.timeOff > 0) out.push({ kind: 'time off', detail: hours(load.timeOff) });
  return out;
}
