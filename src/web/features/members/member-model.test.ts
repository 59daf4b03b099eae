import { describe, expect, it } from 'vitest';
import { accessThroughGroups, candidateKeys, roleForFlag, splitKeys } from './member-model';

const roles = [
  { role_id: 5, type: 'manager' as const },
  { role_id: 6, type: 'guest' as const },
];

describe('member model', () => {
  it('shows the role that matches the manager flag', () => {
    expect(roleForFlag(roles, true)?.role_id).toBe(5);
    expect(roleForFlag(roles, false)?.role_id).toBe(6);
    expect(roleForFlag(roles, null)).toBeUndefined();
  });
  it('lists who gets access through member groups', () => {
    const groups = [
      { group_id: 1, users: [{ user_id: 10 }, { user_id: 11 }] },
      { group_id: 2, users: [{ user_id: 11 }] },
      { group_id: 3, users: [{ user_id: 12 }] },
    ];
    expect(accessThroughGroups({ group_ids: [{ group_id: 1 }, { group_id: 2 }] }, groups)).toEqual([
      { userId: 10, groupIds: [1] },
      { userId: 11, groupIds: [1, 2] },
    ]);
  });
  it('hides members from the candidates and splits picks', () => {
    const members = { user_ids: [{ user_id: 10, manager: true }], group_ids: [{ group_id: 1 }] };
    expect(candidateKeys(members, [10, 11], [1, 2])).toEqual(['user:11', 'group:2']);
    expect(splitKeys(['user:11', 'group:2', 'user:12'])).toEqual({ user_ids: [11, 12], group_ids: [2] });
  });
});
