import { describe, expect, it } from 'vitest';
import { MAX_TIME_BLOCK_SECONDS } from '@/api/time-block';
import { indexBlocks } from './block-index';
import {
  applyPatches,
  blocksShown,
  bookedMinutes,
  findConflicts,
  movePatches,
  resizePatch,
  reversePatches,
  type Block,
} from './schedule-model';

let nextId = 1;
function block(user: number, start: string, minutes: number, extra: Partial<Block> = {}): Block {
  return {
    id: nextId++,
    workspace_id: 1,
    task_id: 7,
    toggl_user_id: user,
    start,
    duration: minutes * 60,
    created_at: start,
    has_time_entry: false,
    ...extra,
  };
}

describe('findConflicts', () => {
  it('flags overlapping blocks of one user only', () => {
    const a = block(1, '2026-11-24T08:00:00Z', 60);
    const b = block(1, '2026-11-24T08:30:00Z', 60);
    const c = block(1, '2026-11-24T09:30:00Z', 30); // touches b's end: no conflict
    const d = block(2, '2026-11-24T08:00:00Z', 60); // other user
    const e = block(1, '2026-11-24T07:00:00Z', 300, { archived_at: '2026-11-20T00:00:00Z' });
    expect([...findConflicts([a, b, c, d, e])].sort()).toEqual([a.id, b.id].sort());
  });

  it('catches a short block inside a long one after a gap', () => {
    const long = block(3, '2026-11-24T08:00:00Z', 240);
    const short = block(3, '2026-11-24T09:00:00Z', 15);
    const later = block(3, '2026-11-24T11:00:00Z', 30);
    expect(findConflicts([short, later, long])).toEqual(new Set([long.id, short.id, later.id]));
  });
});

describe('bookedMinutes', () => {
  it('splits a block at local midnight and ignores archived ones', () => {
    const night = block(1, '2026-11-24T22:00:00Z', 180); // 23:00-02:00 Berlin
    const archived = block(1, '2026-11-24T10:00:00Z', 60, { archived_at: '2026-11-24T11:00:00Z' });
    const m = bookedMinutes([night, archived], 'Europe/Berlin');
    expect(m.get('1|2026-11-24')).toBe(60);
    expect(m.get('1|2026-11-25')).toBe(120);
    expect(bookedMinutes([night], 'America/New_York').get('1|2026-11-24')).toBe(180);
  });

  it('counts real minutes on the 25-hour day', () => {
    const b = block(1, '2026-10-24T22:00:00Z', 24 * 60 + 60); // Sun 25 Oct 00:00 CEST .. Mon 00:00 CET
    expect(bookedMinutes([b], 'Europe/Berlin').get('1|2026-10-25')).toBe(25 * 60);
  });
});

describe('patches', () => {
  it('moves blocks by wall minutes and reverses the move', () => {
    const a = block(1, '2026-10-24T07:00:00Z', 60);
    const moves = movePatches([a], 24 * 60, 'Europe/Berlin');
    expect(moves).toEqual([{ id: a.id, start: '2026-10-25T08:00:00Z' }]);
    expect(reversePatches([a], moves)).toEqual([{ id: a.id, start: a.start }]);
    expect(movePatches([a], 0, 'UTC')).toEqual([]);
  });

  it('resizes, never below a quarter hour', () => {
    const a = block(1, '2026-11-24T08:00:00Z', 60);
    expect(resizePatch(a, 30)).toEqual({ id: a.id, duration: 5400 });
    expect(resizePatch(a, -120)).toEqual({ id: a.id, duration: 900 });
    expect(resizePatch(a, 0)).toBeNull();
  });

  it('applies patches without touching the input', () => {
    const a = block(1, '2026-11-24T08:00:00Z', 60);
    const out = applyPatches([a], [{ id: a.id, completed: true, task_id: 9 }], () => undefined, 'T');
    expect(out[0]).toMatchObject({ completed_at: 'T', task_id: 9 });
    expect(a.completed_at).toBeUndefined();
  });
});

describe('blocksShown', () => {
  const from = Date.parse('2026-11-23T00:00:00Z');
  const to = Date.parse('2026-11-28T00:00:00Z');

  it('keeps the blocks of the range as they are (the same objects)', () => {
    const a = block(1, '2026-11-24T08:00:00Z', 60);
    const b = block(1, '2026-11-22T23:30:00Z', 60);
    const shown = blocksShown([a, b], from, to);
    expect(shown).toEqual([a, b]);
    expect(shown[0]).toBe(a);
  });

  it('leaves out blocks far before or after the range (year 1, year 9999)', () => {
    const early = block(1, '0001-01-01T00:00:00Z', 60);
    const late = block(1, '9999-12-31T23:45:00-05:00', 60);
    expect(blocksShown([early, late], from, to)).toEqual([]);
  });

  it('draws a negative or endless duration as none or the longest block the planner writes', () => {
    const negative = block(1, '2026-11-24T08:00:00Z', 0, { duration: -1 });
    const endless = block(1, '2026-11-24T08:00:00Z', 0, { duration: Number.MAX_SAFE_INTEGER });
    const [a, b] = blocksShown([negative, endless], from, to);
    expect(a.duration).toBe(0);
    expect(b.duration).toBe(MAX_TIME_BLOCK_SECONDS);
  });

  it('makes an endless block a few days of the index and the booked time, not a loop to the year 9999', () => {
    const endless = blocksShown(
      [block(1, '2026-11-27T08:00:00Z', 0, { duration: Number.MAX_SAFE_INTEGER })],
      from,
      to,
    );
    const index = indexBlocks(endless, 'Europe/Berlin');
    expect(index.size).toBe(8);
    expect(bookedMinutes(endless, 'Europe/Berlin').get('1|2026-11-28')).toBe(24 * 60);
  });
});
