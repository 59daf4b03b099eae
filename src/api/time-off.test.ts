import { describe, expect, it } from 'vitest';
import { parseLeniently } from './lenient';
import { timeOffListSchema, timeOffLiteListSchema } from './time-off';

const entry = (timeoff_id: number, start_time: string, end_time: string) => ({
  timeoff_id,
  user_id: 7,
  organization_id: 3,
  start_time,
  end_time,
  created_at: '2026-03-01T10:00:00Z',
  updated_at: '2026-03-01T10:00:00Z',
  type: 'vacation',
});

describe('time off as the browser reads it', () => {
  it("leaves out an entry whose start or end names no instant (Toggl's schema allows any text) and counts it", () => {
    const parsed = parseLeniently(timeOffListSchema, [
      entry(1, '2026-03-16T00:00:00Z', '2026-03-20T00:00:00Z'),
      entry(2, 'soon', '2026-03-20T00:00:00Z'),
      entry(3, '2026-03-23T00:00:00Z', ''),
      entry(4, '2026-03-30T09:00:00+02:00', '2026-03-30T13:00:00+02:00'),
      entry(5, '2026-02-30T00:00:00Z', '2026-03-01T00:00:00Z'),
      entry(6, '2026-03-16T23:59:60Z', '2026-03-17T00:00:00Z'),
    ]);
    expect(parsed.success && parsed.data.map((e) => e.timeoff_id)).toEqual([1, 4]);
    expect(parsed.skipped).toEqual([
      {
        noun: 'time off period',
        count: 4,
        findings: [
          { field: 'start_time', problem: 'is not a date and time', count: 3 },
          { field: 'end_time', problem: 'is not a date and time', count: 1 },
        ],
      },
    ]);
  });

  it('keeps an entry given in whole UTC days (read as midnight UTC, as it always was), though Toggl sends times', () => {
    const parsed = parseLeniently(timeOffListSchema, [entry(1, '2026-03-16', '2026-03-20')]);
    expect(parsed.success && parsed.data.map((e) => [e.start_time, e.end_time])).toEqual([
      ['2026-03-16', '2026-03-20'],
    ]);
    expect(parsed.skipped).toEqual([]);
  });

  it('reads the organization-wide list the same way', () => {
    const lite = (timeoff_id: number, start_time: string) => ({
      timeoff_id,
      user_id: 7,
      start_time,
      end_time: '2026-03-20T00:00:00Z',
    });
    const parsed = parseLeniently(timeOffLiteListSchema, [lite(1, '2026-03-16T00:00:00Z'), lite(2, 'soon')]);
    expect(parsed.success && parsed.data.map((e) => e.timeoff_id)).toEqual([1]);
    expect(parsed.skipped.map((s) => [s.noun, s.count])).toEqual([['time off period', 1]]);
  });

  it('is strict for the local API and its tests: one bad entry fails the parse', () => {
    expect(timeOffListSchema.safeParse([entry(1, 'soon', '2026-03-20T00:00:00Z')]).success).toBe(false);
  });
});
