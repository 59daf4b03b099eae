import { afterAll, describe, expect, it } from 'vitest';
import { dateTimeLabel, formatDayAs } from './format';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('day labels', () => {
  it.each(['UTC', 'Pacific/Chatham', 'America/New_York'])('are the day itself on a machine in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatDayAs('2026-03-29', 'EEE d MMM yyyy')).toBe('Sun 29 Mar 2026');
    expect(formatDayAs('2026-10-25', 'MMMM yyyy')).toBe('October 2026');
    process.env.TZ = originalTz;
  });
});

describe('dateTimeLabel', () => {
  // The reader's locale picks 12 or 24 hours; the zone picks the hour.
  it('shows an instant at the clock of the zone it is shown in', () => {
    const instant = Date.parse('2026-11-24T08:30:00Z');
    expect(dateTimeLabel(instant, 'Europe/Berlin')).toMatch(/\b09:30\b/);
    expect(dateTimeLabel(instant, 'Asia/Kolkata')).toMatch(/\b(14|02):00\b/);
    expect(dateTimeLabel(instant, 'Pacific/Chatham')).toMatch(/\b(22|10):15\b/);
  });
});
