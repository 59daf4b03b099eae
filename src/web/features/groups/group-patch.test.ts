import { describe, expect, it } from 'vitest';
import { applyGroupOps, describePatchFailures } from './group-patch';

const group = { group_id: 1, name: 'Design', users: [{ user_id: 10, name: 'Ann' }], workspaces: [5200] };

describe('group patches', () => {
  it('adds and removes users and workspaces without duplicates or mutation', () => {
    const next = applyGroupOps(
      group,
      [
        { op: 'add', path: '/users', value: [10, 11] },
        { op: 'remove', path: '/workspaces', value: [5200] },
        { op: 'add', path: '/workspaces', value: [5300, 5300] },
      ],
      (id) => (id === 11 ? 'Bob' : undefined),
    );
    expect(next.users).toEqual([
      { user_id: 10, name: 'Ann' },
      { user_id: 11, name: 'Bob' },
    ]);
    expect(next.workspaces).toEqual([5300]);
    expect(group.users).toHaveLength(1);
    expect(
      applyGroupOps(group, [{ op: 'remove', path: '/users', value: [10] }], () => undefined).users,
    ).toEqual([]);
  });
  it('describes each failed operation', () => {
    expect(
      describePatchFailures({
        success: [],
        failure: [
          {
            patch: { op: 'add', path: '/users', value: [99] },
            message: 'User 99 not exists in the organization 4100',
          },
        ],
      }),
    ).toEqual(['add users 99: User 99 not exists in the organization 4100']);
    expect(describePatchFailures({ success: [{ op: 'add' }], failure: null })).toEqual([]);
  });
});
