import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { TrackWorkspace } from '@/api/user';
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

type WorkspaceRecord = Pick<TrackWorkspace, 'id' | 'name' | 'organization_id'>;

/** Can the planner open it? Focus paths name the organization, which Track may leave out. */
export const canOpen = (ws: WorkspaceRecord): boolean => ws.id > 0 && (ws.organization_id ?? 0) > 0;

/**
 * The workspace to open among those the planner can open: the user's pick if it is still theirs, else the
 * account's default workspace, else the first one. Null when none can be opened.
 */
export function pickWorkspace(
  list: readonly WorkspaceRecord[],
  chosen: number | null | undefined,
  defaultId: number | null | undefined,
): CurrentWorkspace | null {
  const usable = list.filter(canOpen);
  const ws = usable.find((w) => w.id === chosen) ?? usable.find((w) => w.id === defaultId) ?? usable[0];
  return ws ? { workspaceId: ws.id, organizationId: ws.organization_id!, name: workspaceName(ws) } : null;
}

/** The workspace every view works in (pickWorkspace); null while loading or when none can be opened. */
export function useCurrentWorkspace(): CurrentWorkspace | null {
  const workspaces = useQuery(accountQueries.workspaces());
  const me = useQuery(accountQueries.me());
  const chosen = useWorkspaceChoice((s) => s.workspaceId);
  return pickWorkspace(workspaces.data ?? [], chosen, me.data?.default_workspace_id);
}

/** What a workspace is called on screen: its name, or its id when Toggl sent none (or only spaces). */
export function workspaceName(ws: { id: number; name?: string | null }): string {
  return ws.name?.trim() ? ws.name : `Workspace ${ws.id}`;
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
