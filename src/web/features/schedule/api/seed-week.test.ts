import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { attachNear, nearBlockKeeper } from '@/web/lib/near-blocks';
import { queryKeys } from '@/web/lib/query-keys';
import { weekFromTimeline } from './seed-week';

const scope = { organizationId: 1, workspaceId: 2 };
const record = (id: number, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  workspace_id: 2,
  task_id: 5,
  toggl_user_id: 7,
  start,
  duration: 3600,
  created_at: '2026-11-01T00:00:00Z',
  has_time_entry: false,
  task: null,
  ...extra,
});

/** A Timeline block read in the cache, over November in UTC, that kept these near records. */
function cached(records: Record<string, unknown>[], zone = 'UTC', from = '2026-11-16', to = '2026-12-07') {
  const qc = new QueryClient();
  const keeper = nearBlockKeeper(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`));
  for (const r of records) keeper.offer(r as { start: string }, () => r);
  const bookings = new Map();
  attachNear(bookings, keeper.kept());
  const key = queryKeys.timeline.blockWindow(scope, { start: '2026-11-01', end: '2026-11-30' }, zone);
  qc.setQueryData(key, bookings);
  return qc;
}

describe('the Schedule week seeded from a Timeline block read', () => {
  it('is that read’s near blocks overlapping the work week', () => {
    const qc = cached([
      record(1, '2026-11-24T09:00:00Z'),
      record(2, '2026-11-20T09:00:00Z'),
      record(3, '2026-11-28T09:00:00Z'),
    ]);
    const week = weekFromTimeline(qc, scope, '2026-11-23', 'UTC');
    expect(week?.blocks.map((b) => b.id)).toEqual([1]);
    expect(week?.blocks[0]).toMatchObject({ start: '2026-11-24T09:00:00Z', duration: 3600, task_id: 5 });
  });

  it('is not there when the read is in another zone, does not cover the week, or kept nothing', () => {
    expect(
      weekFromTimeline(
        cached([record(1, '2026-11-24T09:00:00Z')], 'Europe/Berlin'),
        scope,
        '2026-11-23',
        'UTC',
      ),
    ).toBeUndefined();
    const early = cached([record(1, '2026-11-24T09:00:00Z')], 'UTC', '2026-11-16', '2026-11-25');
    expect(weekFromTimeline(early, scope, '2026-11-23', 'UTC')).toBeUndefined();
    const qc = new QueryClient();
    const key = queryKeys.timeline.blockWindow(scope, { start: '2026-11-01', end: '2026-11-30' }, 'UTC');
    qc.setQueryData(key, new Map());
    expect(weekFromTimeline(qc, scope, '2026-11-23', 'UTC')).toBeUndefined();
  });

  it('is not there when a kept record does not parse (the Schedule’s own read counts what it leaves out)', () => {
    const qc = cached([
      record(1, '2026-11-24T09:00:00Z'),
      record(2, '2026-11-24T11:00:00Z', { duration: 'long' }),
    ]);
    expect(weekFromTimeline(qc, scope, '2026-11-23', 'UTC')).toBeUndefined();
  });
});
