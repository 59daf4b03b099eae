/**
 * Values of the wire checked and written without zod: calendar dates, instants, query strings and page sizes.
 * Kept apart from the schemas (common.ts re-exports them) so a small script can use them without loading zod.
 */

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 50;
/** The largest estimate the API takes, in minutes (tasks and projects alike). */
export const MAX_ESTIMATE_MINS = 1_000_000_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

const RFC3339_RE = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** True for an RFC 3339 timestamp with an explicit offset that denotes a real instant. */
export function isRfc3339(value: string): boolean {
  if (!RFC3339_RE.test(value)) return false;
  if (!isCalendarDate(value.slice(0, 10))) return false;
  const [hh, mm, ss] = value.slice(11, 19).split(':').map(Number);
  if (hh > 23 || mm > 59 || ss > 60) return false;
  return Number.isFinite(Date.parse(value.replace(' ', 'T')));
}

// The instants with a four-digit year in UTC: where every instant the local API stores is sent back.
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * An RFC 3339 timestamp (isRfc3339) that can be taken as input: its UTC time still has a four-digit year.
 * `0001-01-01T00:00:00+01:00` is year 0 in UTC, which RFC 3339 cannot write: stored, it would be refused when
 * sent back, and no browser reads it. (Reads stay with isRfc3339: Go's zero time in a local zone is such a
 * value, and the upstream may send it.)
 */
export function isInputInstant(value: string): boolean {
  if (!isRfc3339(value)) return false;
  const t = Date.parse(value.replace(' ', 'T'));
  return t >= FIRST_INSTANT && t <= LAST_INSTANT;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * Encodes query parameters the way the upstream reads them: arrays as csv, `null` as the empty value
 * (e.g. "no project"), `undefined` left out. Keys are sorted so equal queries give equal URLs.
 */
export function encodeQuery(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined) continue;
    const text = value === null ? '' : Array.isArray(value) ? value.join(',') : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replace(/%2C/gi, ',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
