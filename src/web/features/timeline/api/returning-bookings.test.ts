import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/web/lib/query-keys';
import type { TaskBooking } from '../bookings';
import { bookedNow, bookingsLackingReturned } from './returning-bookings';

const scope = { organizationId: 41, workspaceId: 52 };
const booking: TaskBooking = { bookedSecs: 3600, days: [{ day: '2026-12-02', done: false, blocks: 1 }] };

function cacheWith(...windows: [string, number[]][]) {
  const qc = new QueryClient();
  for (const [start, ids] of windows)
    qc.setQueryData(
      queryKeys.timeline.blockWindow(scope, { start, end: '2027-01-31' }, 'Europe/Berlin'),
      new Map(ids.map((id) => [id, booking])),
    );
  return qc;
}

describe('booked-time windows a returning task leaves behind', () => {
  it('names each window that lacks a task brought back, and no other', () => {
    const qc = cacheWith(['2026-11-01', [1, 2]], ['2026-12-01', [2]]);
    const keys = bookingsLackingReturned(qc, scope, { op: 'unarchive', ids: [1] });
    expect(keys).toEqual([
      queryKeys.timeline.blockWindow(scope, { start: '2026-12-01', end: '2027-01-31' }, 'Europe/Berlin'),
    ]);
  });

  it('an undo right after the archive finds the blocks still there: nothing to read', () => {
    const qc = cacheWith(['2026-11-01', [1, 2]]);
    expect(bookingsLackingReturned(qc, scope, { op: 'unarchive', ids: [1, 2] })).toEqual([]);
    expect(bookingsLackingReturned(qc, scope, { op: 'restore', ids: [2] })).toEqual([]);
  });

  it('a restore (undoing a delete) counts as well; writes that take tasks away or edit them do not', () => {
    const qc = cacheWith(['2026-11-01', [2]]);
    expect(bookingsLackingReturned(qc, scope, { op: 'restore', ids: [1] })).toHaveLength(1);
    expect(bookingsLackingReturned(qc, scope, { op: 'archive', ids: [1] })).toEqual([]);
    expect(bookingsLackingReturned(qc, scope, { op: 'delete', ids: [1] })).toEqual([]);
    expect(bookingsLackingReturned(qc, scope, { op: 'patch', items: [{ id: 1, name: 'x' }] })).toEqual([]);
  });

  it('a window still being read (no data yet) is left to its read', () => {
    const qc = new QueryClient();
    qc.getQueryCache().build(qc, {
      queryKey: queryKeys.timeline.blockWindow(scope, { start: '2026-11-01', end: '2027-01-31' }, 'UTC'),
    });
    expect(bookingsLackingReturned(qc, scope, { op: 'unarchive', ids: [1] })).toEqual([]);
  });

  it('an undo knows which tasks had booked time when they went: only those are looked for', () => {
    const qc = cacheWith(['2026-11-01', [2]]);
    expect(bookingsLackingReturned(qc, scope, { op: 'unarchive', ids: [1, 2], booked: [] })).toEqual([]);
    expect(bookingsLackingReturned(qc, scope, { op: 'unarchive', ids: [1, 2], booked: [2] })).toEqual([]);
    expect(bookingsLackingReturned(qc, scope, { op: 'restore', ids: [1, 2], booked: [1] })).toHaveLength(1);
  });

  it('what had booked time is read off the cached windows when the task goes', () => {
    const qc = cacheWith(['2026-11-01', [2]], ['2026-12-01', [3]]);
    expect(bookedNow(qc, scope, [1, 2, 3])).toEqual([2, 3]);
    expect(bookedNow(new QueryClient(), scope, [1])).toEqual([]);
  });
});
