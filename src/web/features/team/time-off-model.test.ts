import { describe, expect, it } from 'vitest';
import {
  instantsOf,
  overlapOf,
  ownTimes,
  periodErrors,
  periodLabel,
  periodOf,
  typeOf,
} from './time-off-model';

describe('time off in whole days', () => {
  it('sends whole days of the zone as UTC instants, across a daylight-saving change', () => {
    expect(instantsOf({ first: '2026-03-27', last: '2026-03-30' }, 'Europe/Berlin')).toEqual({
      start_time: '2026-03-26T23:00:00Z',
      end_time: '2026-03-30T22:00:00Z',
    });
    expect(instantsOf({ first: '2026-07-01', last: '2026-07-01' }, 'America/New_York')).toEqual({
      start_time: '2026-07-01T04:00:00Z',
      end_time: '2026-07-02T04:00:00Z',
    });
  });

  it('reads an entry back as its days, and knows a part-day one', () => {
    const whole = { start_time: '2026-03-26T23:00:00Z', end_time: '2026-03-30T22:00:00Z' };
    expect(periodOf(whole, 'Europe/Berlin')).toEqual({
      first: '2026-03-27',
      last: '2026-03-30',
      partial: false,
    });
    const afternoon = { start_time: '2026-03-17T12:00:00Z', end_time: '2026-03-17T16:00:00Z' };
    expect(periodOf(afternoon, 'Europe/Berlin')).toEqual({
      first: '2026-03-17',
      last: '2026-03-17',
      partial: true,
    });
  });

  it('explains a wrong period in plain words', () => {
    expect(periodErrors('', '')).toEqual({
      first: 'Choose the first day off.',
      last: 'Choose the last day off.',
    });
    expect(periodErrors('2026-03-10', '2026-03-09')).toEqual({
      last: 'The last day cannot be before the first day.',
    });
    expect(periodErrors('2026-03-10', '2026-03-10')).toEqual({});
  });

  it('finds an overlap, but a period may begin where another ends', () => {
    const entries = [{ timeoff_id: 1, start_time: '2026-03-02T00:00:00Z', end_time: '2026-03-07T00:00:00Z' }];
    expect(overlapOf(entries, { start_time: '2026-03-06T00:00:00Z', end_time: '2026-03-08T00:00:00Z' })).toBe(
      entries[0],
    );
    expect(
      overlapOf(entries, { start_time: '2026-03-07T00:00:00Z', end_time: '2026-03-08T00:00:00Z' }),
    ).toBeUndefined();
    expect(
      overlapOf(entries, { start_time: '2026-03-06T00:00:00Z', end_time: '2026-03-08T00:00:00Z' }, 1),
    ).toBeUndefined();
  });

  it('labels periods and categories', () => {
    expect(periodLabel({ first: '2026-03-03', last: '2026-03-07' })).toBe('3–7 Mar 2026');
    expect(periodLabel({ first: '2026-03-30', last: '2026-04-02' })).toBe('30 Mar – 2 Apr 2026');
    expect(typeOf({ type: 'sick' })).toBe('sick');
    expect(typeOf({ type: null })).toBe('other');
    expect(typeOf({ type: 'sabbatical' })).toBe('other');
  });
});

describe("an entry's own times, sent back unchanged", () => {
  it('keeps RFC 3339 times as they are, a part of a day included', () => {
    const entry = { start_time: '2026-03-16T09:30:00+02:00', end_time: '2026-03-16T13:00:00Z' };
    expect(ownTimes(entry)).toEqual(entry);
  });

  it('sends a plain day (as Toggl may store one) as the instant it was read as, its UTC midnight', () => {
    expect(ownTimes({ start_time: '2026-03-16', end_time: '2026-03-18' })).toEqual({
      start_time: '2026-03-16T00:00:00Z',
      end_time: '2026-03-18T00:00:00Z',
    });
    expect(ownTimes({ start_time: '2026-03-16', end_time: '2026-03-18T12:00:00Z' }).end_time).toBe(
      '2026-03-18T12:00:00Z',
    );
  });
});
