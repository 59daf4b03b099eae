import { describe, it, expect } from 'vitest';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectMemberRemoveSchema,
  projectMemberRoleSchema,
  projectMembersAddSchema,
  projectPatchSchema,
} from './project';

describe('projectListQuerySchema', () => {
  it('parses archived true/false/empty, csv ids and order_by', () => {
    expect(projectListQuerySchema.parse({ archived: '' }).archived).toBeNull();
    expect(projectListQuerySchema.parse({ archived: 'true' }).archived).toBe(true);
    const q = projectListQuerySchema.parse({
      client_id: '1,2',
      order_by: 'created_by_user,-pinned',
      start_date: '2026-01-01',
    });
    expect(q.client_id).toEqual([1, 2]);
    expect(q.order_by).toEqual([
      { field: 'created_by_user', desc: false },
      { field: 'pinned', desc: true },
    ]);
  });
  it.each([
    ['order_by', '-created_by_user'],
    ['order_by', 'estimated_mins'],
    ['archived', 'maybe'],
    ['tag_id', '1,,2x'],
    ['end_date', '01/02/2026'],
  ])('rejects %s=%s', (key, value) => {
    expect(projectListQuerySchema.safeParse({ [key]: value }).success).toBe(false);
  });
});

describe('project bodies', () => {
  it('create needs a name and ordered dates', () => {
    expect(
      projectCreateSchema.safeParse({ name: 'P', start_date: '2026-01-01', end_date: '2026-02-01' }).success,
    ).toBe(true);
    expect(projectCreateSchema.safeParse({ name: '' }).success).toBe(false);
    expect(projectCreateSchema.safeParse({ name: 'P', client_id: null }).success).toBe(false);
    expect(
      projectCreateSchema.safeParse({ name: 'P', start_date: '2026-02-02', end_date: '2026-02-01' }).success,
    ).toBe(false);
    expect(projectCreateSchema.safeParse({ name: 'P', estimated_mins: -5 }).success).toBe(false);
  });
  it('patch accepts null to clear nullable fields only', () => {
    expect(projectPatchSchema.parse({ client_id: null, end_date: null, color: null })).toEqual({
      client_id: null,
      end_date: null,
      color: null,
    });
    expect(projectPatchSchema.safeParse({ name: null }).success).toBe(false);
    expect(projectPatchSchema.safeParse({ pinned: null }).success).toBe(false);
  });
});

describe('member bodies', () => {
  it('POST needs a role and someone', () => {
    expect(projectMembersAddSchema.safeParse({ role_id: 1, user_ids: [2] }).success).toBe(true);
    expect(projectMembersAddSchema.safeParse({ role_id: 1 }).success).toBe(false);
    expect(projectMembersAddSchema.safeParse({ user_ids: [2] }).success).toBe(false);
  });
  it('PUT and DELETE name exactly one user or group', () => {
    expect(projectMemberRoleSchema.safeParse({ role_id: 1, group_id: 3 }).success).toBe(true);
    expect(projectMemberRoleSchema.safeParse({ role_id: 1, user_id: 2, group_id: 3 }).success).toBe(false);
    expect(projectMemberRemoveSchema.safeParse({ user_id: 2 }).success).toBe(true);
    expect(projectMemberRemoveSchema.safeParse({}).success).toBe(false);
  });
});
