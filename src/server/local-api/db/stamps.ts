/**
 * Write timestamps. The OpenAPI gives `updated_at` (and the other `*_at` fields) as `date-time`, RFC 3339,
 * which allows a fraction of a second: stamps carry microseconds, `YYYY-MM-DDTHH:MM:SS.ffffffZ`, one fixed
 * width so that text order is time order. Conflict checks compare `updated_at`, so every write must move
 * it strictly forward: two writes in one millisecond get different stamps, and an update never lands on
 * or before the row's stored value, even if the clock went back or the row came from elsewhere.
 */

const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;

/** Microseconds since the epoch of a UTC stamp (whole seconds or any fraction); NaN when it is none. */
export function stampMicros(stamp: string): number {
  const m = STAMP.exec(stamp);
  if (!m) return NaN;
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0').slice(0, 6));
}

/** The stamp of a number of microseconds since the epoch. */
export function formatStamp(micros: number): string {
  const seconds = new Date(Math.floor(micros / 1000)).toISOString().slice(0, 19);
  return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}Z`;
}

let last = 0;

/** Now, strictly later than every stamp this process gave before. */
export function nextStamp(): string {
  last = Math.max(Date.now() * 1000, last + 1);
  return formatStamp(last);
}

/**
 * `stamp`, or one microsecond after `previous` when that is not earlier: the value an update writes over
 * `previous`. Registered as the SQL function `later_stamp(previous, stamp)`.
 */
export function laterStamp(previous: unknown, stamp: string): string {
  // Stamps of one width compare as text in time order: the usual case needs no parsing.
  if (typeof previous === 'string' && previous.length === stamp.length && previous < stamp) return stamp;
  const before = typeof previous === 'string' ? stampMicros(previous) : NaN;
  return before >= stampMicros(stamp) ? formatStamp(before + 1) : stamp;
}
