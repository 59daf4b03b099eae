import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { accountQueries } from './queries/account';
import type { WorkspaceScope } from './workspace-scope';

interface WorkspaceChoice {
  workspaceId: number | null;
  selectWorkspace: (id: number) => void;
}

/** The workspace the user picked; remembered across visits. The list itself lives in the Query cache. */
export const useWorkspaceChoice = create<WorkspaceChoice>()(
  persist((set) => ({ workspaceId: null, selectWorkspace: (workspaceId) => set({ workspaceId }) }), {
    name: 'planner.workspace',
  }),
);

export interface CurrentWorkspace extends WorkspaceScope {
  name: string;
}

/**
 * The workspace every view works in: the user's pick if it is still theirs, else the account's
 * default workspace, else the first one. Null while loading or when the account has none.
 */
export function useCurrentWorkspace(): CurrentWorkspace | null {
  const workspaces = useQuery(accountQueries.workspaces());
  const me = useQuery(accountQueries.me());
  const chosen = useWorkspaceChoice((s) => s.workspaceId);
  const list = workspaces.data ?? [];
  const ws =
    list.find((w) => w.id === chosen) ?? list.find((w) => w.id === me.data?.default_workspace_id) ?? list[0];
  return ws?.organization_id
    ? { workspaceId: ws.id, organizationId: ws.organization_id, name: ws.name }
    : null;
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
