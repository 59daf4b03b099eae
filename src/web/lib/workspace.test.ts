import { describe, expect, it } from 'vitest';
import { pickWorkspace, workspaceName } from './workspace';

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

  it('is called by its id when Toggl sent no name (or only spaces)', () => {
    expect(workspaceName(list[0])).toBe('Workspace 3');
    expect(workspaceName(list[2])).toBe('Workspace 5');
    expect(workspaceName(list[1])).toBe('Design');
  });
});
