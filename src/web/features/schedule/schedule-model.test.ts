import { describe, expect, it } from 'vitest';
import {
  applyPatches,
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
