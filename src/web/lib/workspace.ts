import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { accountQueries } from './queries/account';
import { pickWorkspace, WORKSPACE_CHOICE_KEY, type CurrentWorkspace } from './workspace-pick';
import type { WorkspaceScope } from './workspace-scope';

export * from './workspace-pick';

interface WorkspaceChoice {
  workspaceId: number | null;
  selectWorkspace: (id: number) => void;
}

/** The workspace the user picked; remembered across visits. The list itself lives in the Query cache. */
export const useWorkspaceChoice = create<WorkspaceChoice>()(
  persist((set) => ({ workspaceId: null, selectWorkspace: (workspaceId) => set({ workspaceId }) }), {
    name: WORKSPACE_CHOICE_KEY,
  }),
);

/** The workspace every view works in (pickWorkspace); null while loading or when none can be opened. */
export function useCurrentWorkspace(): CurrentWorkspace | null {
  const workspaces = useQuery(accountQueries.workspaces());
  const me = useQuery(accountQueries.me());
  const chosen = useWorkspaceChoice((s) => s.workspaceId);
  return pickWorkspace(workspaces.data ?? [], chosen, me.data?.default_workspace_id);
}

/** Like useCurrentWorkspace, for components rendered only inside the workspace gate. */
export function useWorkspace(): CurrentWorkspace {
  const ws = useCurrentWorkspace();
  if (!ws) throw new Error('useWorkspace used outside the workspace gate');
  return ws;
}

/** The current workspace as a scope for reads and writes: the same object while the workspace stays. */
export function useWorkspaceScope(): WorkspaceScope {
  const { organizationId, workspaceId } = useWorkspace();
  return useMemo(() => ({ organizationId, workspaceId }), [organizationId, workspaceId]);
}
