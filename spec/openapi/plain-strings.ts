import type { Random } from './random';

const WORDS = [
  'Alpha',
  'Launch',
  'Review',
  'Website',
  'Design',
  'Backlog',
  'Sprint',
  'Budget',
  'Client',
  'Ops',
];
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'UTC',
  'Pacific/Chatham',
  'Australia/Adelaide',
];

/**
 * A realistic value for a free string, from its property name: the documents leave most strings unformatted
 * (a task group entry's `start_date`, a user's `timezone`), yet real ones hold dates, zones, colours. The odd-strings
 * variation replaces them with anything a string may hold.
 */
export function plainString(
  name: string,
  rng: Random,
  dates: { date(): string; dateTime(): string },
): string {
  if (/(^|_)date$|^date_|_date_(from|to)$/.test(name)) return dates.date();
  if (/(^|_)at$|^(start|stop|end|since)$/.test(name)) return dates.dateTime();
  if (/colou?r$/.test(name)) return `#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}`;
  if (/timezone$|^tz$/.test(name)) return rng.pick(ZONES);
  if (/email$/.test(name)) return `user${rng.int(1, 99)}@example.com`;
  if (/currency$/.test(name)) return rng.pick(['EUR', 'USD', 'GBP']);
  if (/(^|_)time$/.test(name)) return `${String(rng.int(0, 23)).padStart(2, '0')}:${rng.pick(['00', '30'])}`;
  if (/language_code$|locale$/.test(name)) return rng.pick(['en', 'de', 'ar']);
  return `${rng.pick(WORDS)} ${rng.pick(WORDS).toLowerCase()} ${rng.int(1, 99)}`;
}
