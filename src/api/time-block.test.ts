import { describe, it, expect } from 'vitest';
import {
  timeBlockBulkCreateSchema,
  timeBlockBulkDeleteQuerySchema,
  timeBlockBulkPatchSchema,
  timeBlockCreateSchema,
  timeBlockPatchSchema,
  timeBlockRangeQuerySchema,
  timeBlockStreamQuerySchema,
  timeBlockWithTaskPageSchema,
} from './time-block';

describe('timeBlockCreateSchema', () => {
  it('accepts start with a duration in seconds up to 7 days', () => {
    expect(
      timeBlockCreateSchema.parse({ start: '2026-03-29T01:30:00+01:00', duration: 604800, completed: false }),
    ).toEqual({
      start: '2026-03-29T01:30:00+01:00',
      duration: 604800,
      completed: false,
    });
  });
  it.each([
    [{}],
    [{ start: '2026-03-29' }],
    [{ start: '2026-03-29T10:00:00' }],
    [{ start: '2026-03-29T10:00:00Z', duration: 604801 }],
    [{ start: '2026-03-29T10:00:00Z', duration: -1 }],
    [{ start: '2026-03-29T10:00:00Z', duration: 1.5 }],
    [{ start: '2026-03-29T10:00:00Z', duration: '60' }],
    [{ start: '2026-03-29T10:00:00Z', completed: 'true' }],
    // Instants whose UTC year has not four digits: stored, they could not be sent back.
    [{ start: '0001-01-01T00:00:00+01:00' }],
    [{ start: '9999-12-31T23:00:00-05:00' }],
  ])('rejects %j', (body) => {
    expect(timeBlockCreateSchema.safeParse(body).success).toBe(false);
  });
});

describe('timeBlockPatchSchema', () => {
  it('takes the first and last instants with a four-digit year in UTC', () => {
    for (const start of ['0001-01-01T00:00:00Z', '0001-01-01T00:30:00-00:30', '9999-12-31T23:59:59Z'])
      expect(timeBlockPatchSchema.safeParse({ start }).success, start).toBe(true);
    expect(timeBlockPatchSchema.safeParse({ start: '0001-01-01T00:00:00+00:01' }).success).toBe(false);
  });

  it('takes a partial update including task_id', () => {
    expect(timeBlockPatchSchema.parse({ task_id: 5, junk: 1 })).toEqual({ task_id: 5 });
    expect(timeBlockPatchSchema.safeParse({ task_id: 0 }).success).toBe(false);
  });
});

describe('bulk bodies', () => {
  it('bulk create needs 1 to 500 blocks with task_id', () => {
    const block = { start: '2026-01-01T09:00:00Z', duration: 3600, task_id: 1 };
    expect(timeBlockBulkCreateSchema.safeParse({ time_blocks: [block] }).success).toBe(true);
    expect(timeBlockBulkCreateSchema.safeParse({ time_blocks: [] }).success).toBe(false);
    expect(
      timeBlockBulkCreateSchema.safeParse({ time_blocks: [{ ...block, task_id: undefined }] }).success,
    ).toBe(false);
    expect(timeBlockBulkCreateSchema.safeParse({ time_blocks: Array(501).fill(block) }).success).toBe(false);
  });
  it('bulk patch takes a bare array or items, rejecting duplicate ids', () => {
    const items = [
      { id: 1, duration: 60 },
      { id: 2, start: '2026-01-01T09:00:00Z' },
    ];
    expect(timeBlockBulkPatchSchema.parse(items)).toEqual(items);
    expect(timeBlockBulkPatchSchema.parse({ items })).toEqual(items);
    const dup = timeBlockBulkPatchSchema.safeParse([{ id: 1 }, { id: 1 }]);
    expect(dup.success).toBe(false);
    expect(dup.error?.issues[0].path).toEqual([1, 'id']);
    expect(timeBlockBulkPatchSchema.safeParse([]).success).toBe(false);
  });
  it('bulk delete needs ids', () => {
    expect(timeBlockBulkDeleteQuerySchema.parse({ ids: '1,2' }).ids).toEqual([1, 2]);
    expect(timeBlockBulkDeleteQuerySchema.safeParse({ ids: '' }).success).toBe(false);
    expect(timeBlockBulkDeleteQuerySchema.safeParse({}).success).toBe(false);
    expect(timeBlockBulkDeleteQuerySchema.safeParse({ ids: '1,a' }).success).toBe(false);
  });
});

describe('range queries', () => {
  const range = { date_from: '2026-01-01T00:00:00Z', date_to: '2026-01-08T00:00:00+02:00' };
  it('parses the range, filters, order and paging', () => {
    const q = timeBlockRangeQuerySchema.parse({
      ...range,
      task_id: '4',
      archived: 'true',
      order_by: '-start',
      page: '1',
    });
    expect(q).toMatchObject({
      task_id: 4,
      archived: true,
      page: 1,
      order_by: [{ field: 'start', desc: true }],
    });
    expect(timeBlockStreamQuerySchema.parse(range).date_from).toBe(range.date_from);
  });
  it.each([
    [{ date_from: '2026-01-01T00:00:00Z' }],
    [{ ...range, date_from: '2026-01-01' }],
    [{ date_from: '2026-01-02T00:00:00Z', date_to: '2026-01-01T00:00:00Z' }],
    [{ ...range, order_by: 'duration' }],
    [{ ...range, task_id: '0' }],
  ])('rejects %j', (q) => {
    expect(timeBlockRangeQuerySchema.safeParse(q).success).toBe(false);
  });
});

describe('timeBlockWithTaskPageSchema', () => {
  it('parses blocks with or without an embedded task', () => {
    const block = {
      id: 1,
      workspace_id: 2,
      task_id: 3,
      toggl_user_id: 4,
      start: '2026-01-01T09:00:00Z',
      created_at: '2026-01-01T00:00:00Z',
      duration: 1800,
      has_time_entry: false,
    };
    expect(timeBlockWithTaskPageSchema.parse({ data: [block], page: 1, per_page: 50 }).data[0].duration).toBe(
      1800,
    );
    expect(
      timeBlockWithTaskPageSchema.safeParse({
        data: [{ ...block, has_time_entry: undefined }],
        page: 1,
        per_page: 50,
      }).success,
    ).toBe(false);
  });
});
