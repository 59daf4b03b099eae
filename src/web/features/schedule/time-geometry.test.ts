import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  axisMinutes,
  blockSpan,
  dayKeyOf,
  fromWall,
  instantAtAxis,
  mondayOf,
  offsetAt,
  shiftWall,
  snapMinutes,
  startOfDayInZone,
  toIso,
  toWall,
} from './time-geometry';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const wall = (local: string) => Date.parse(`${local}Z`);

describe('offsets and wall clock', () => {
  it('knows the offsets on both sides of the changes', () => {
    expect(offsetAt(at('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(1 * H);
    expect(offsetAt(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(2 * H);
    expect(offsetAt(at('2026-10-25T00:59:59Z'), 'Europe/Berlin')).toBe(2 * H);
    expect(offsetAt(at('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe(1 * H);
    expect(offsetAt(at('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-5 * H);
    expect(offsetAt(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * H);
    expect(offsetAt(at('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-5 * H);
    expect(offsetAt(at('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * H);
    // Lord Howe: +10:30 in winter, +11 in summer (a 30-minute DST change), e.g. 2026-04-05 and 2026-10-04.
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * H);
    expect(offsetAt(at('2026-12-01T00:00:00Z'), 'Australia/Lord_Howe')).toBe(11 * H);
  });

  it('maps wall readings to instants, also in gaps and repeated hours', () => {
    expect(toIso(fromWall(wall('2026-03-29T01:30:00'), 'Europe/Berlin'))).toBe('2026-03-29T00:30:00Z');
    // 02:30 does not exist in Berlin on 2026-03-29: pushed forward to 03:30 CEST.
    expect(toIso(fromWall(wall('2026-03-29T02:30:00'), 'Europe/Berlin'))).toBe('2026-03-29T01:30:00Z');
    // 02:30 happens twice on 2026-10-25: the earlier one (CEST).
    expect(toIso(fromWall(wall('2026-10-25T02:30:00'), 'Europe/Berlin'))).toBe('2026-10-25T00:30:00Z');
    expect(toIso(fromWall(wall('2026-03-08T02:30:00'), 'America/New_York'))).toBe('2026-03-08T07:30:00Z');
    expect(toIso(fromWall(wall('2026-11-01T01:30:00'), 'America/New_York'))).toBe('2026-11-01T05:30:00Z');
    expect(toIso(fromWall(wall('2026-10-04T02:15:00'), 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00Z');
    expect(toIso(fromWall(wall('2026-01-15T09:00:00'), 'Asia/Kolkata'))).toBe('2026-01-15T03:30:00Z');
  });

  it('round-trips wall readings over the change days (the repeated hour maps to its first instant)', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      for (let t = at('2026-10-24T00:00:00Z'); t < at('2026-10-26T00:00:00Z'); t += 15 * 60_000) {
        const w = toWall(t, zone);
        expect(toWall(fromWall(w, zone), zone)).toBe(w);
        expect(fromWall(w, zone)).toBeLessThanOrEqual(t);
      }
    }
  });
});

describe('calendar days in a zone', () => {
  it('gives the local date of an instant across midnight', () => {
    expect(dayKeyOf(at('2026-11-24T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-25');
    expect(dayKeyOf(at('2026-11-24T23:30:00Z'), 'America/New_York')).toBe('2026-11-24');
    expect(dayKeyOf(at('2026-11-24T18:45:00Z'), 'Asia/Kolkata')).toBe('2026-11-25');
  });

  it('finds local midnight on DST days', () => {
    expect(toIso(startOfDayInZone('2026-03-29', 'Europe/Berlin'))).toBe('2026-03-28T23:00:00Z');
    expect(toIso(startOfDayInZone('2026-03-30', 'Europe/Berlin'))).toBe('2026-03-29T22:00:00Z');
    expect(toIso(startOfDayInZone('2026-11-02', 'America/New_York'))).toBe('2026-11-02T05:00:00Z');
  });

  it('does calendar arithmetic across months and weeks', () => {
    expect(addDaysToKey('2026-02-27', 2)).toBe('2026-03-01');
    expect(mondayOf('2026-11-24')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });
});

describe('axis positions', () => {
  it('places instants by wall clock, so 09:00 stays under 09:00 on a 23-hour day', () => {
    // Week of the spring change: Mon 2026-03-23 .. ; the change is on Sunday 29th, next Monday is normal.
    expect(axisMinutes(at('2026-03-30T07:00:00Z'), '2026-03-29', 'Europe/Berlin')).toBe((24 + 9) * 60);
    expect(axisMinutes(at('2026-03-29T07:00:00Z'), '2026-03-29', 'Europe/Berlin')).toBe(9 * 60);
    expect(axisMinutes(at('2026-03-28T08:00:00Z'), '2026-03-28', 'Europe/Berlin')).toBe(9 * 60);
    expect(instantAtAxis((24 + 9) * 60, '2026-03-29', 'Europe/Berlin')).toBe(at('2026-03-30T07:00:00Z'));
  });

  it('shows a block crossing midnight continuously over two days', () => {
    const span = blockSpan('2026-11-24T22:00:00Z', 3 * 3600, '2026-11-23', 5 * 1440, 1, 'Europe/Berlin');
    expect(span).toEqual({ left: (24 + 23) * 60, width: 180 });
  });

  it('shows a block over the spring change by its wall clock ends', () => {
    // 00:30 CET to 03:30 CEST: two real hours, three wall hours.
    const span = blockSpan('2026-03-28T23:30:00Z', 2 * 3600, '2026-03-29', 1440, 1, 'Europe/Berlin');
    expect(span).toEqual({ left: 30, width: 180 });
    // New York fall back: 00:30 EDT + 2 h = 01:30 EST: one wall hour.
    const ny = blockSpan('2026-11-01T04:30:00Z', 2 * 3600, '2026-11-01', 1440, 1, 'America/New_York');
    expect(ny).toEqual({ left: 30, width: 60 });
  });

  it('clips blocks to the axis and drops those outside', () => {
    expect(blockSpan('2026-11-22T22:00:00Z', 4 * 3600, '2026-11-23', 1440, 2, 'UTC')).toEqual({
      left: 0,
      width: 240,
    });
    expect(blockSpan('2026-11-20T10:00:00Z', 3600, '2026-11-23', 1440, 1, 'UTC')).toBeNull();
  });
});

describe('snapping and moving', () => {
  it('rounds to quarter hours', () => {
    expect(snapMinutes(7)).toBe(0);
    expect(snapMinutes(8)).toBe(15);
    expect(snapMinutes(-8)).toBe(-15);
    expect(snapMinutes(59)).toBe(60);
  });

  it('moves a block a day later at the same clock time over a DST change', () => {
    const sat9 = at('2026-10-24T07:00:00Z'); // 09:00 CEST
    expect(toIso(shiftWall(sat9, 24 * 60, 'Europe/Berlin'))).toBe('2026-10-25T08:00:00Z'); // 09:00 CET
    const ny = at('2026-03-07T14:00:00Z'); // 09:00 EST
    expect(toIso(shiftWall(ny, 24 * 60, 'America/New_York'))).toBe('2026-03-08T13:00:00Z');
    const lh = at('2026-10-03T00:00:00Z'); // 10:30 local
    expect(toIso(shiftWall(lh, 24 * 60, 'Australia/Lord_Howe'))).toBe('2026-10-03T23:30:00Z');
    expect(toIso(shiftWall(at('2026-11-24T03:30:00Z'), 60, 'Asia/Kolkata'))).toBe('2026-11-24T04:30:00Z');
  });
});
