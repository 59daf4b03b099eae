import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { accountQueries } from './queries/account';
import {
  pickWorkspace,
  workspaceDecided,
  WORKSPACE_CHOICE_KEY,
  type CurrentWorkspace,
} from './workspace-pick';
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

/**
 * The workspace every view works in (pickWorkspace), and whether it is still being decided (workspaceDecided:
 * the account's default is not known yet). `current` is null while loading or deciding, or when none can be
 * opened.
 */
export function useWorkspaceDecision(): { current: CurrentWorkspace | null; deciding: boolean } {
  const workspaces = useQuery(accountQueries.workspaces());
  const me = useQuery(accountQueries.me());
  const chosen = useWorkspaceChoice((s) => s.workspaceId);
  const list = workspaces.data ?? [];
  if (!workspaceDecided(list, chosen, !me.isPending)) return { current: null, deciding: true };
  return { current: pickWorkspace(list, chosen, me.data?.default_workspace_id), deciding: false };
}

/** The workspace every view works in; null while loading or deciding, or when none can be opened. */
export function useCurrentWorkspace(): CurrentWorkspace | null {
  return useWorkspaceDecision().current;
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
