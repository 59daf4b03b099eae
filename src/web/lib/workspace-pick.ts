import type { TrackWorkspace } from '@/api/user';
import type { WorkspaceScope } from './workspace-scope';

// Which workspace opens, without React or the store: the app's small entry decides it too (app/early-view).

/** Where the user's pick is remembered (the workspace store persists there). */
export const WORKSPACE_CHOICE_KEY = 'planner.workspace';

/** The remembered pick as the store wrote it (`{"state":{"workspaceId":…}}`), or null. */
export function storedWorkspaceChoice(storage: Pick<Storage, 'getItem'>): number | null {
  try {
    const id = (JSON.parse(storage.getItem(WORKSPACE_CHOICE_KEY) ?? 'null') as StoredChoice)?.state
      ?.workspaceId;
    return typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}
type StoredChoice = { state?: { workspaceId?: unknown } } | null;

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

/**
 * Whether pickWorkspace can decide yet. Without a pick of the user's that is still theirs, and with more than one
 * workspace to open, the account's default decides: until `/me` has answered (or failed), the first workspace
 * would be a guess, and a view opened on it sends its reads for nothing when the default is another (quota).
 */
export function workspaceDecided(
  list: readonly WorkspaceRecord[],
  chosen: number | null | undefined,
  accountRead: boolean,
): boolean {
  if (accountRead) return true;
  const usable = list.filter(canOpen);
  return usable.length <= 1 || usable.some((w) => w.id === chosen);
}

/** What a workspace is called on screen: its name, or its id when Toggl sent none (or only spaces). */
export function workspaceName(ws: { id: number; name?: string | null }): string {
  return ws.name?.trim() ? ws.name : `Workspace ${ws.id}`;
}
