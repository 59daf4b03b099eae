import { describe, it, expect } from 'vitest';
import {
  groupPatchBodySchema,
  groupPayloadSchema,
  projectGroupsQuerySchema,
  projectGroupCreateSchema,
} from './group';

describe('groupPatchBodySchema', () => {
  it('accepts add/remove on users and workspaces', () => {
    const body = [
      { op: 'add', path: '/users', value: [1, 2] },
      { op: 'remove', path: '/workspaces', value: [3] },
    ];
    expect(groupPatchBodySchema.parse(body)).toEqual(body);
  });
  it.each([
    [[]],
    [[{ op: 'replace', path: '/users', value: [1] }]],
    [[{ op: 'add', path: '/name', value: [1] }]],
    [[{ op: 'add', path: '/users', value: ['1'] }]],
    [[{ op: 'add', path: '/users', value: Array.from({ length: 101 }, (_, i) => i + 1) }]],
    [Array(101).fill({ op: 'add', path: '/users', value: [1] })],
    [{ items: [{ op: 'add', path: '/users', value: [1] }] }],
  ])('rejects %j', (body) => {
    expect(groupPatchBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('group payloads', () => {
  it('validates create and project-group bodies', () => {
    expect(groupPayloadSchema.safeParse({ name: 'Team', users: [1], workspaces: [2] }).success).toBe(true);
    expect(groupPayloadSchema.safeParse({ name: '' }).success).toBe(false);
    expect(projectGroupCreateSchema.safeParse({ group_id: 1, project_id: 2 }).success).toBe(true);
    expect(projectGroupCreateSchema.safeParse({ group_id: 1 }).success).toBe(false);
  });
  it('requires project_ids on GET project_groups', () => {
    expect(projectGroupsQuerySchema.parse({ project_ids: '4,5' }).project_ids).toEqual([4, 5]);
    expect(projectGroupsQuerySchema.safeParse({ project_ids: '' }).success).toBe(false);
  });
});
