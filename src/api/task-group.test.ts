import { describe, it, expect } from 'vitest';
import {
  taskGroupPageSchema,
  taskGroupPatchBodySchema,
  taskGroupPatchItemSchema,
  taskGroupsQuerySchema,
} from './task-group';

describe('taskGroupsQuerySchema', () => {
  it('parses filters, legacy dates and the "none" value', () => {
    const q = taskGroupsQuerySchema.parse({
      exclude_empty: 'true',
      include_ghosts: '1',
      min_days: '2',
      private: 'false',
      start_date_from: '2026-01-01',
      project_id: ',4',
      team_id: '',
      priority: 'high',
      order_by: '-group_name',
    });
    expect(q).toMatchObject({ exclude_empty: true, include_ghosts: true, min_days: 2, private: false });
    expect(q.project_id).toEqual({ ids: [4], includeNone: true });
    expect(q.team_id).toEqual({ ids: [], includeNone: true });
    expect(q.order_by).toEqual([{ field: 'group_name', desc: true }]);
  });
  it.each([
    ['order_by', 'name'],
    ['priority', 'high,low'],
    ['min_days', 'x'],
    ['end_date', '2026-13-01'],
    ['source', 'jira'],
  ])('rejects %s=%s', (key, value) => {
    expect(taskGroupsQuerySchema.safeParse({ [key]: value }).success).toBe(false);
  });
});

describe('taskGroupPatchBodySchema', () => {
  const move = { id: 1, op: 'move', source_group_id: 2, target_group_id: 3, weight: 0 };

  it('accepts a bare array and an items wrapper, normalising to the array', () => {
    expect(taskGroupPatchBodySchema.parse([move])).toEqual([move]);
    expect(taskGroupPatchBodySchema.parse({ items: [move] })).toEqual([move]);
  });
  it('accepts null groups (users: clear assignees) and ordered dates', () => {
    const item = {
      ...move,
      source_group_id: null,
      target_group_id: null,
      start_date: '2026-01-01',
      end_date: '2026-01-01',
    };
    expect(taskGroupPatchItemSchema.safeParse(item).success).toBe(true);
  });
  it.each([
    [[]],
    [{ items: [] }],
    [{}],
    [[{ ...move, op: 'copy' }]],
    [[{ ...move, weight: -1 }]],
    [[{ ...move, weight: '1' }]],
    [[{ ...move, id: 0 }]],
    [[{ id: 1, op: 'move', weight: 0 }]],
    [[{ ...move, start_date: '2026-01-02', end_date: '2026-01-01' }]],
    [[{ ...move, start_date: '2026-01-02T10:00:00Z' }]],
  ])('rejects %j', (body) => {
    expect(taskGroupPatchBodySchema.safeParse(body).success).toBe(false);
  });
  it('caps the array at 500 items', () => {
    const items = Array.from({ length: 501 }, (_, i) => ({ ...move, id: i + 1 }));
    expect(taskGroupPatchBodySchema.safeParse(items).success).toBe(false);
    expect(taskGroupPatchBodySchema.safeParse(items.slice(0, 500)).success).toBe(true);
  });
});

describe('taskGroupPageSchema', () => {
  it('parses users groups with a null name and masked entries', () => {
    const page = taskGroupPageSchema.parse({
      page: 1,
      per_page: 50,
      data: [
        {
          id: 7,
          name: null,
          type: 'users',
          tasks: [
            {
              id: 1,
              name: null,
              masked: true,
              allocation_unit: 'flat',
              estimate_type: 'total',
              private: true,
              source: 'plan',
              status_id: 1,
              start_date: '2026-01-01',
              end_date: '2026-01-03',
              weight: 2,
              assignee_user_ids: [7],
              assignee_ghost_ids: [],
            },
          ],
        },
      ],
    });
    expect(page.data[0].tasks[0].weight).toBe(2);
    expect(
      taskGroupPageSchema.safeParse({
        page: 1,
        per_page: 50,
        data: [{ id: 1, name: 'x', type: 'teams', tasks: [] }],
      }).success,
    ).toBe(false);
  });
});
