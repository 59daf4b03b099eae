import { describe, expect, it } from 'vitest';
import { indexBlocks, rowBlocks } from './block-index';
import type { Block } from './schedule-model';

const block = (id: number, user: number, start: string, hours: number) =>
  ({ id, toggl_user_id: user, start, duration: hours * 3600 }) as Block;

describe('indexBlocks', () => {
  it('keys blocks by user and wall-clock day in the zone', () => {
    const idx = indexBlocks(
      [block(1, 7, '2026-03-02T08:00:00Z', 1), block(2, 8, '2026-03-02T23:30:00Z', 0.25)],
      'Europe/Berlin',
    );
    expect(idx.get('7|2026-03-02')?.map((b) => b.id)).toEqual([1]);
    // 23:30Z is 00:30 on the next day in Berlin.
    expect(idx.get('8|2026-03-03')?.map((b) => b.id)).toEqual([2]);
    expect(idx.has('8|2026-03-02')).toBe(false);
  });
  it('lists a block over midnight under both days, also across a DST change', () => {
    // Sunday 2026-03-29 22:00 Berlin (CEST, 20:00Z) for 4 h: ends Monday 02:00.
    const idx = indexBlocks([block(1, 7, '2026-03-29T20:00:00Z', 4)], 'Europe/Berlin');
    expect([...idx.keys()]).toEqual(['7|2026-03-29', '7|2026-03-30']);
    // New York: 2026-11-01 (fall back) 23:00 EST = 04:00Z next day; one hour ends at midnight exactly.
    const ny = indexBlocks([block(2, 7, '2026-11-02T04:00:00Z', 1)], 'America/New_York');
    expect([...ny.keys()]).toEqual(['7|2026-11-01']);
  });
  it('puts a block on its day in zones with half-hour offsets', () => {
    const idx = indexBlocks([block(1, 7, '2026-10-25T18:45:00Z', 1)], 'Asia/Kolkata');
    // 18:45Z is 00:15 on the 26th in Kolkata.
    expect([...idx.keys()]).toEqual(['7|2026-10-26']);
    const lh = indexBlocks([block(2, 7, '2026-10-03T13:00:00Z', 1)], 'Australia/Lord_Howe');
    // Lord Howe is +10:30 before its October change: 23:30 to 00:30 (the 4th, +11 from 02:00 on).
    expect([...lh.keys()]).toEqual(['7|2026-10-03', '7|2026-10-04']);
  });
});

describe('rowBlocks', () => {
  const idx = indexBlocks(
    [
      block(1, 7, '2026-03-02T08:00:00Z', 1),
      block(2, 7, '2026-03-03T22:00:00Z', 4), // over midnight into the 4th (UTC)
      block(3, 7, '2026-03-09T08:00:00Z', 1), // next week
      block(4, 8, '2026-03-02T08:00:00Z', 1),
    ],
    'UTC',
  );
  it("returns a week row's blocks once each, in order", () => {
    expect(rowBlocks(idx, 7, '2026-03-02', 5).map((b) => b.id)).toEqual([1, 2]);
  });
  it("returns one day's blocks for a day row, including one reaching in from the day before", () => {
    expect(rowBlocks(idx, 7, '2026-03-04', 1).map((b) => b.id)).toEqual([2]);
    expect(rowBlocks(idx, 9, '2026-03-04', 1)).toEqual([]);
  });
});
