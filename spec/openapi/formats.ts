/** String formats of the documents, checked the way the upstream (Go) parses them. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** `YYYY-MM-DD`, a real day. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 ? (isLeap(y) ? 29 : 28) : DAYS[mo - 1]);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** RFC 3339 date-time with an explicit offset. */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isDate(m[1])) return false;
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hh > 23 || mm > 59 || ss > 60) return false;
  return m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
}

const CHECKS: Record<string, (value: string) => boolean> = {
  date: isDate,
  'full-date': isDate,
  'date-time': isDateTime,
  email: (v) => /^[^\s@]+@[^\s@]+$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
};

/** An issue message when `value` is not of `format`, else undefined (unknown formats are not checked). */
export function formatProblem(format: string | undefined, value: string): string | undefined {
  const check = format ? CHECKS[format] : undefined;
  if (!check || check(value)) return undefined;
  return `must be a ${format} (got ${JSON.stringify(value.slice(0, 40))})`;
}
