/**
 * Zone-aware time maths for the Schedule. Instants are UTC milliseconds; "wall" values are the same
 * local clock reading encoded as if it were UTC (so date-fns-free arithmetic on them is calendar arithmetic).
 * Every function takes the IANA zone explicitly: nothing here reads the machine's zone.
 */

const MINUTE = 60_000;
export const SNAP_MINUTES = 15;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows the zone (user settings may carry anything). */
export function isValidZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

// Offsets change only on quarter-hour boundaries in every real zone, so they are cached per UTC quarter
// hour: rendering thousands of blocks then costs one Intl call per distinct quarter hour, not per block.
const QUARTER = 15 * MINUTE;
const offsetCache = new Map<string, number>();

/** Wall clock reading of an instant in a zone, as "UTC-encoded" milliseconds. */
export function toWall(instant: number, zone: string): number {
  const bucket = Math.floor(instant / QUARTER);
  const key = `${zone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 100_000) offsetCache.clear();
    offset = intlWall(bucket * QUARTER, zone) - bucket * QUARTER;
    offsetCache.set(key, offset);
  }
  return instant + offset;
}

function intlWall(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  // Called on whole quarter hours only, so the milliseconds formatToParts drops are zero.
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** UTC offset of the zone at an instant, in milliseconds (e.g. +3_600_000 for CET). */
export function offsetAt(instant: number, zone: string): number {
  return toWall(instant, zone) - instant;
}

/**
 * The instant a wall clock reading denotes in a zone. Ambiguous readings (clocks turned back) give the
 * earlier instant; readings in a gap (clocks turned forward) are pushed forward by the gap, as Temporal's
 * 'compatible' disambiguation does.
 */
export function fromWall(wall: number, zone: string): number {
  const DAY = 86_400_000;
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const candidates = [wall - before, wall - after].filter((t) => offsetAt(t, zone) === wall - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

/** Calendar date `YYYY-MM-DD` of an instant in a zone. */
export function dayKeyOf(instant: number, zone: string): string {
  return new Date(toWall(instant, zone)).toISOString().slice(0, 10);
}

/** Midnight instant of a calendar date in a zone. */
export function startOfDayInZone(dayKey: string, zone: string): number {
  return fromWall(Date.parse(`${dayKey}T00:00:00Z`), zone);
}

/** Calendar date plus n days (pure calendar arithmetic, no instants). */
export function addDaysToKey(dayKey: string, n: number): string {
  const d = new Date(`${dayKey}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week that holds the calendar date. */
export function mondayOf(dayKey: string): string {
  const weekday = new Date(`${dayKey}T00:00:00Z`).getUTCDay();
  return addDaysToKey(dayKey, -((weekday + 6) % 7));
}

/** The work week (Mon-Fri) starting at a Monday. */
export function workWeek(monday: string): string[] {
  return [0, 1, 2, 3, 4].map((i) => addDaysToKey(monday, i));
}

/**
 * Minutes on the wall-clock axis of `days` (contiguous calendar days, 24 wall hours each) at which an
 * instant sits; negative or past the end when outside. Wall-clock so that 09:00 is always under 09:00,
 * also on the 23- and 25-hour days of a DST change.
 */
export function axisMinutes(instant: number, firstDay: string, zone: string): number {
  return (toWall(instant, zone) - Date.parse(`${firstDay}T00:00:00Z`)) / MINUTE;
}

/** The instant at an axis position (inverse of axisMinutes). */
export function instantAtAxis(minutes: number, firstDay: string, zone: string): number {
  return fromWall(Date.parse(`${firstDay}T00:00:00Z`) + minutes * MINUTE, zone);
}

/** Rounds minutes to the snapping grid (round, not ceil, so a drag lands where it looks). */
export function snapMinutes(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step || 0;
}

/** Moves an instant by wall-clock minutes in a zone (a day later stays at the same clock time over DST). */
export function shiftWall(instant: number, minutes: number, zone: string): number {
  return fromWall(toWall(instant, zone) + minutes * MINUTE, zone);
}

export interface Span {
  left: number;
  width: number;
}

/**
 * Horizontal placement of a block on a wall-clock axis, clipped to [0, axisMinutes]. Both ends come from
 * their own wall times; a block inside the repeated hour of a fall-back change keeps a minimal width.
 */
export function blockSpan(
  startIso: string,
  durationSec: number,
  firstDay: string,
  axisLengthMin: number,
  pxPerMinute: number,
  zone: string,
): Span | null {
  const start = Date.parse(startIso);
  const from = axisMinutes(start, firstDay, zone);
  const to = Math.max(axisMinutes(start + durationSec * 1000, firstDay, zone), from + durationSec / 60 / 4);
  if (to <= 0 || from >= axisLengthMin) return null;
  const left = Math.max(0, from);
  const right = Math.min(axisLengthMin, to);
  return { left: left * pxPerMinute, width: Math.max(4, (right - left) * pxPerMinute) };
}

/** RFC 3339 in UTC with whole seconds, as the API stores it. */
export function toIso(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
