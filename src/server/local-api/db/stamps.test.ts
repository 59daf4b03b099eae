import { describe, expect, it } from 'vitest';
import { formatStamp, laterStamp, nextStamp, stampMicros } from './stamps';

describe('write stamps', () => {
  it('read whole seconds and any fraction, and write microseconds in one width', () => {
    expect(stampMicros('2026-03-16T10:00:00Z')).toBe(Date.parse('2026-03-16T10:00:00Z') * 1000);
    expect(stampMicros('2026-03-16T10:00:00.5Z') - stampMicros('2026-03-16T10:00:00Z')).toBe(500_000);
    expect(stampMicros('2026-03-16T10:00:00.123456789Z') % 1_000_000).toBe(123_456);
    expect(stampMicros('yesterday')).toBeNaN();
    const us = stampMicros('2026-03-16T10:00:00.000007Z');
    expect(formatStamp(us)).toBe('2026-03-16T10:00:00.000007Z');
  });

  it('give each call a later stamp than the one before', () => {
    const stamps = Array.from({ length: 50 }, nextStamp);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i] > stamps[i - 1]).toBe(true);
  });

  it('write an update strictly after the stored value, whatever its form', () => {
    const now = '2026-03-16T10:00:00.000000Z';
    expect(laterStamp('2026-03-16T09:59:59Z', now)).toBe(now);
    expect(laterStamp(null, now)).toBe(now);
    expect(laterStamp('2026-03-16T10:00:00Z', now)).toBe('2026-03-16T10:00:00.000001Z');
    expect(laterStamp('2027-01-01T00:00:00.999999Z', now)).toBe('2027-01-01T00:00:01.000000Z');
  });
});
