import { describe, expect, it } from 'vitest';
import { pickWorkspace, workspaceDecided, workspaceName } from './workspace';

describe('the workspace the planner opens', () => {
  const list = [
    { id: 3, name: null, organization_id: null },
    { id: 4, name: 'Design', organization_id: 9 },
    { id: 5, name: '   ', organization_id: 9 },
  ];

  it('is one it can open: a workspace Toggl sent without its organization is passed over', () => {
    expect(pickWorkspace(list, 3, 3)).toEqual({ workspaceId: 4, organizationId: 9, name: 'Design' });
    expect(pickWorkspace(list, null, 5)).toMatchObject({ workspaceId: 5 });
    expect(pickWorkspace(list, 5, 4)).toMatchObject({ workspaceId: 5 });
    expect(pickWorkspace([list[0]], null, null)).toBeNull();
  });

  it('waits for the account (its default workspace) unless the pick or the list leaves no doubt', () => {
    // Two to open, no pick: the first would be a guess until /me answers (or fails).
    expect(workspaceDecided(list, null, false)).toBe(false);
    expect(workspaceDecided(list, 3, false)).toBe(false); // a pick it cannot open is no pick
    expect(workspaceDecided(list, null, true)).toBe(true);
    // The user's pick is still theirs, or there is only one workspace to open (or none).
    expect(workspaceDecided(list, 5, false)).toBe(true);
    expect(workspaceDecided(list.slice(0, 2), null, false)).toBe(true);
    expect(workspaceDecided([], null, false)).toBe(true);
  });

  it('is called by its id when Toggl sent no name (or only spaces)', () => {
    expect(workspaceName(list[0])).toBe('Workspace 3');
    expect(workspaceName(list[2])).toBe('Workspace 5');
    expect(workspaceName(list[1])).toBe('Design');
  });
});
