import { describe, expect, it } from 'vitest';
import { axisMinutes, instantAtAxis, snapMinutes, workWeek } from './time-geometry';

const at = (iso: string) => Date.parse(iso);

describe('axis positions', () => {
  it('places instants by wall clock, so 09:00 stays under 09:00 on a 23-hour day', () => {
    // Week of the spring change: Mon 2026-03-23 .. ; the change is on Sunday 29th, next Monday is normal.
    expect(axisMinutes(at('2026-03-30T07:00:00Z'), '2026-03-29', 'Europe/Berlin')).toBe((24 + 9) * 60);
    expect(axisMinutes(at('2026-03-29T07:00:00Z'), '2026-03-29', 'Europe/Berlin')).toBe(9 * 60);
    expect(axisMinutes(at('2026-03-28T08:00:00Z'), '2026-03-28', 'Europe/Berlin')).toBe(9 * 60);
    expect(instantAtAxis((24 + 9) * 60, '2026-03-29', 'Europe/Berlin')).toBe(at('2026-03-30T07:00:00Z'));
  });

  it('does the same over the half-hour and the Chatham changes', () => {
    // Lord Howe's 4 Oct 2026 has 23.5 hours; Monday 09:00 is still one axis day after Sunday 09:00.
    const sunday = axisMinutes(at('2026-10-03T22:00:00Z'), '2026-10-04', 'Australia/Lord_Howe');
    const monday = axisMinutes(at('2026-10-04T22:00:00Z'), '2026-10-04', 'Australia/Lord_Howe');
    expect([sunday, monday]).toEqual([9 * 60, (24 + 9) * 60]);
    expect(instantAtAxis((24 + 9) * 60, '2026-09-26', 'Pacific/Chatham')).toBe(at('2026-09-26T19:15:00Z'));
  });
});

describe('snapping and weeks', () => {
  it('lists the work week from its Monday', () => {
    expect(workWeek('2026-03-23')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
  });

  it('rounds to quarter hours', () => {
    expect(snapMinutes(7)).toBe(0);
    expect(snapMinutes(8)).toBe(15);
    expect(snapMinutes(-8)).toBe(-15);
    expect(snapMinutes(59)).toBe(60);
  });
});
