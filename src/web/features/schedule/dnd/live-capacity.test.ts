import { describe, expect, it } from 'vitest';
import type { Block } from '../schedule-model';
import { bookedMinutes } from '../schedule-model';
import { liveBooked } from './live-capacity';

const block = (id: number, start: string, mins: number) =>
  ({ id, toggl_user_id: 7, start, duration: mins * 60, archived_at: null }) as Block;

describe('liveBooked', () => {
  const all = [block(1, '2026-03-30T08:00:00Z', 60), block(2, '2026-03-31T08:00:00Z', 120)];
  const base = bookedMinutes(all, 'Europe/Berlin');
  it('is the base when nothing moves', () => {
    const at = liveBooked(base, [all[0]], null, 'Europe/Berlin');
    expect(at('7|2026-03-30')).toBe(60);
    expect(
      liveBooked(base, [all[0]], { kind: 'block', minutes: 0, rows: 0 }, 'Europe/Berlin')('7|2026-03-31'),
    ).toBe(120);
  });
  it('moves the booked time of a block dragged a day on', () => {
    const at = liveBooked(base, [all[0]], { kind: 'block', minutes: 1440, rows: 0 }, 'Europe/Berlin');
    expect(at('7|2026-03-30')).toBe(0);
    expect(at('7|2026-03-31')).toBe(180);
  });
  it("counts a resize on the block's day, across the US DST change", () => {
    const ny = block(3, '2026-03-08T14:00:00Z', 60);
    const nyBase = bookedMinutes([ny], 'America/New_York');
    expect(
      liveBooked(nyBase, [ny], { kind: 'resize', minutes: 30, rows: 0 }, 'America/New_York')('7|2026-03-08'),
    ).toBe(90);
  });
});
