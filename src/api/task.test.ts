import { describe, it, expect } from 'vitest';
import { taskBulkCreateSchema, taskCreateSchema, taskListQuerySchema, taskPageSchema } from './task';

describe('taskListQuerySchema', () => {
  it('parses csv ids, "none" values, enums and order_by', () => {
    const q = taskListQuerySchema.parse({
      status_id: '1,2',
      project_id: '',
      assignee_user_id: ',7',
      priority: 'high,low',
      order_by: 'start_date,-name',
      page: '2',
      per_page: '100',
      start_date: '2026-01-31',
      timeblock_start_from: '2026-01-01T08:00:00Z',
      archived: 'false',
      unknown_param: 'x',
    });
    expect(q.status_id).toEqual([1, 2]);
    expect(q.project_id).toEqual({ ids: [], includeNone: true });
    expect(q.assignee_user_id).toEqual({ ids: [7], includeNone: true });
    expect(q.priority).toEqual(['high', 'low']);
    expect(q.order_by).toEqual([
      { field: 'start_date', desc: false },
      { field: 'name', desc: true },
    ]);
    expect(q).toMatchObject({ page: 2, per_page: 100, archived: false });
    expect(q).not.toHaveProperty('unknown_param');
  });

  it.each([
    ['order_by', 'nope'],
    ['status_id', '1,x'],
    ['priority', 'urgent'],
    ['per_page', '101'],
    ['page', '0'],
    ['start_date', '2026-02-30'],
    ['timeblock_start_until', '2026-01-01'],
    ['archived', 'yes'],
    ['estimated_mins_min', '-1'],
  ])('rejects %s=%s', (key, value) => {
    expect(taskListQuerySchema.safeParse({ [key]: value }).success).toBe(false);
  });
});

describe('taskCreateSchema', () => {
  it('accepts a minimal and a full task, stripping unknown fields', () => {
    expect(taskCreateSchema.parse({ name: 'A', extra: 1 })).toEqual({ name: 'A' });
    const t = taskCreateSchema.parse({
      name: 'B',
      start_date: '2026-03-01',
      end_date: '2026-03-01',
      priority: 'medium',
      project_id: 3,
      assignee_user_ids: [1, 2],
      end_date_extra: 'x',
    });
    expect(t.priority).toBe('medium');
    expect(taskCreateSchema.parse({ name: 'C', start_date: null, end_date: null }).start_date).toBeNull();
  });

  it.each([
    [{}],
    [{ name: '' }],
    [{ name: '   ' }],
    [{ name: 'x'.repeat(256) }],
    [{ name: 'A', project_id: '1' }],
    [{ name: 'A', project_id: 0 }],
    [{ name: 'A', project_id: Number.MAX_SAFE_INTEGER + 1 }],
    [{ name: 'A', priority: 'urgent' }],
    [{ name: 'A', start_date: '2026-03-02', end_date: '2026-03-01' }],
    [{ name: 'A', start_date: '2026-03-02T00:00:00Z' }],
    [{ name: 'A', tag_ids: [1, 1] }],
  ])('rejects %j', (body) => {
    expect(taskCreateSchema.safeParse(body).success).toBe(false);
  });
});

describe('taskBulkCreateSchema', () => {
  it('takes 1 to 100 tasks', () => {
    expect(taskBulkCreateSchema.safeParse({ tasks: [{ name: 'a' }] }).success).toBe(true);
    expect(taskBulkCreateSchema.safeParse({ tasks: [] }).success).toBe(false);
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `t${i}` }));
    expect(taskBulkCreateSchema.safeParse({ tasks: many }).success).toBe(false);
    expect(taskBulkCreateSchema.safeParse([{ name: 'a' }]).success).toBe(false);
  });
});

describe('taskPageSchema', () => {
  it('parses a page, keeping dates as strings and stripping unknown keys', () => {
    const task = {
      id: 1,
      workspace_id: 2,
      name: 'T',
      allocation_unit: 'flat',
      created_at: '2026-01-01T00:00:00Z',
      estimate_type: 'total',
      is_template: false,
      pinned: false,
      position: 1,
      priority: 'none',
      private: false,
      source: 'plan',
      status_id: 3,
      tag_ids: [],
      tags: [],
      toggl_user_id: 4,
      start_date: '2026-01-05',
      end_date: null,
      project: { id: 9, name: 'P', draft: false, is_template: false, permissions: [] },
      sub_task_done_count: 0,
      sub_task_total_count: 0,
      time_block_completed_count: 0,
      time_block_scheduled_completed_count: 0,
      time_block_scheduled_total_count: 0,
      time_block_total_count: 0,
      time_entry_total_count: 0,
      total_blocked_time: 0,
      total_scheduled_blocked_time: 0,
      total_tracked_time: 0,
      surprise: true,
    };
    const page = taskPageSchema.parse({ data: [task], page: 1, per_page: 50, total: 1 });
    expect(page.data[0].start_date).toBe('2026-01-05');
    expect(page.data[0]).not.toHaveProperty('surprise');
    const { total_tracked_time: _omit, ...missing } = task;
    expect(taskPageSchema.safeParse({ data: [missing], page: 1, per_page: 50, total: 1 }).success).toBe(
      false,
    );
  });
});
