import { describe, expect, it } from 'vitest';
import { formatMinutes, remainingEstimateMins } from './remaining-estimate';

describe('remainingEstimateMins', () => {
  it('subtracts booked seconds from the estimate, never below zero', () => {
    expect(remainingEstimateMins(120, 3600)).toBe(60);
    expect(remainingEstimateMins(30, 7200)).toBe(0);
    expect(remainingEstimateMins(null, 3600)).toBeNull();
    // Zero or a negative estimate is none: the Schedule's list says "no estimate", not "0 min unscheduled".
    expect(remainingEstimateMins(0, 0)).toBeNull();
    expect(remainingEstimateMins(-90, 3600)).toBeNull();
  });

  it('sums blocks and ignores archived ones', () => {
    const blocks = [
      { duration: 1800 },
      { duration: 900, archived_at: '2026-11-20T10:00:00Z' },
      { duration: null },
    ];
    expect(remainingEstimateMins(90, blocks)).toBe(60);
  });

  it('formats minutes', () => {
    expect(formatMinutes(135)).toBe('2 h 15 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
  });

  it('writes a negative number of minutes with one sign, on its magnitude', () => {
    // Before: floored, "-3 h -30 min" for -150.
    expect(formatMinutes(-150)).toBe('-2 h 30 min');
    expect(formatMinutes(-120)).toBe('-2 h');
    expect(formatMinutes(-45)).toBe('-45 min');
    expect(formatMinutes(-0.2)).toBe('0 min');
    // Rounded before it is split: never "60 min".
    expect(formatMinutes(59.6)).toBe('1 h');
  });
});
