import { describe, expect, it } from 'vitest';
import { taskBulkPatchSchema, taskBulkStateSchema, taskPatchSchema, taskUpdateSchema } from './task-edit';

describe('taskPatchSchema', () => {
  it('takes any subset of fields, null clearing the nullable ones', () => {
    const body = { project_id: null, assignee_user_ids: null, tag_ids: [1, 2], estimated_mins: null };
    expect(taskPatchSchema.parse(body)).toEqual(body);
    expect(taskPatchSchema.parse({})).toEqual({});
  });
  it.each([
    [{ name: '   ' }],
    [{ name: null }],
    [{ estimated_mins: -5 }],
    [{ estimated_mins: 1.5 }],
    [{ status_id: null }],
    [{ start_date: '2026-03-02', end_date: '2026-03-01' }],
    [{ start_date: '2026-02-30' }],
    [{ tag_ids: [1, 1] }],
    [{ position: 0 }],
    [{ priority: 'urgent' }],
  ])('rejects %j', (body) => {
    expect(taskPatchSchema.safeParse(body).success).toBe(false);
  });
});

describe('taskBulkPatchSchema', () => {
  it('accepts a bare array or an items wrapper, with null to clear', () => {
    const items = [{ id: 1, project_id: null, end_date: '2026-01-02' }];
    expect(taskBulkPatchSchema.parse(items)).toEqual(items);
    expect(taskBulkPatchSchema.parse({ items })).toEqual(items);
  });
  it('rejects duplicate ids, items without id and empty bodies', () => {
    expect(taskBulkPatchSchema.safeParse([{ id: 1 }, { id: 1 }]).success).toBe(false);
    expect(taskBulkPatchSchema.safeParse([{ name: 'x' }]).success).toBe(false);
    expect(taskBulkPatchSchema.safeParse([]).success).toBe(false);
  });
});

describe('taskUpdateSchema', () => {
  it('needs name and status_id; null only where the OpenAPI allows it', () => {
    expect(taskUpdateSchema.safeParse({ name: 'x', status_id: 1 }).success).toBe(true);
    expect(taskUpdateSchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(taskUpdateSchema.safeParse({ status_id: 1 }).success).toBe(false);
    expect(taskUpdateSchema.safeParse({ name: 'x', status_id: 1, tag_ids: null }).success).toBe(true);
    expect(taskUpdateSchema.safeParse({ name: 'x', status_id: 1, project_id: null }).success).toBe(false);
  });
});

describe('taskBulkStateSchema', () => {
  it('takes 1 to 100 task ids', () => {
    expect(taskBulkStateSchema.safeParse({ task_ids: [1] }).success).toBe(true);
    expect(taskBulkStateSchema.safeParse({ task_ids: [] }).success).toBe(false);
    expect(
      taskBulkStateSchema.safeParse({ task_ids: Array.from({ length: 101 }, (_, i) => i + 1) }).success,
    ).toBe(false);
    expect(taskBulkStateSchema.safeParse([1]).success).toBe(false);
  });
});
