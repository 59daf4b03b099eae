import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ProjectPage, ProjectWithAggregations } from '@/api/project';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { queryKeys } from '@/web/lib/query-keys';
import { refreshQueries } from '@/web/lib/refresh-queries';
import { projectsPath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { useProjectsUi } from '../store';

type Snapshot = [readonly unknown[], ProjectPage | undefined][];

/** Applies `change` to the project in every cached list page (null removes it); returns the snapshot. */
export async function patchCachedProject(
  qc: QueryClient,
  ws: WorkspaceScope,
  id: number,
  change: (p: ProjectWithAggregations) => ProjectWithAggregations | null,
): Promise<Snapshot> {
  await qc.cancelQueries({ queryKey: queryKeys.projects.pages(ws) });
  const snapshot = qc.getQueriesData<ProjectPage>({ queryKey: queryKeys.projects.pages(ws) });
  qc.setQueriesData<ProjectPage>({ queryKey: queryKeys.projects.pages(ws) }, (page) => {
    if (!page) return page;
    const data = page.data.flatMap((p) => {
      if (p.id !== id) return [p];
      const next = change(p);
      return next ? [next] : [];
    });
    return { ...page, data, total: page.total - (page.data.length - data.length) };
  });
  return snapshot;
}

export function restoreSnapshot(qc: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, data] of snapshot ?? []) qc.setQueryData(key, data);
}

export type ProjectAction = 'pin' | 'unpin' | 'archive' | 'unarchive' | 'delete' | 'restore';

const REQUEST: Record<ProjectAction, { method: 'POST' | 'PATCH' | 'DELETE'; suffix: string }> = {
  pin: { method: 'POST', suffix: '/pinned' },
  unpin: { method: 'DELETE', suffix: '/pinned' },
  archive: { method: 'PATCH', suffix: '/archive' },
  unarchive: { method: 'PATCH', suffix: '/unarchive' },
  delete: { method: 'DELETE', suffix: '' },
  restore: { method: 'PATCH', suffix: '/restore' },
};

const LABEL: Record<ProjectAction, string> = {
  pin: 'Pinning',
  unpin: 'Unpinning',
  archive: 'Archiving',
  unarchive: 'Unarchiving',
  delete: 'Deleting',
  restore: 'Restoring',
};

function optimistic(action: ProjectAction, p: ProjectWithAggregations): ProjectWithAggregations | null {
  switch (action) {
    case 'pin':
      return { ...p, pinned: true };
    case 'unpin':
      return { ...p, pinned: false };
    case 'archive':
      return { ...p, archived_at: new Date().toISOString() };
    case 'unarchive':
      return { ...p, archived_at: null };
    case 'delete':
      return null;
    case 'restore':
      return p;
  }
}

/**
 * One-click state changes of a project, optimistic in every cached page and serialized per project.
 * Archive state also shapes the timeline's project rows, so those caches are invalidated too.
 */
export function useProjectAction(ws: WorkspaceScope, projectId: number, name: string) {
  const qc = useQueryClient();
  return useMutation({
    scope: { id: `project-${projectId}` },
    mutationFn: (action: ProjectAction) => {
      const r = REQUEST[action];
      return api('focus', `${projectsPath(ws)}/${projectId}${r.suffix}`, { method: r.method });
    },
    onMutate: async (action) => ({
      snapshot: await patchCachedProject(qc, ws, projectId, (p) => optimistic(action, p)),
    }),
    onError: (error, action, ctx) => {
      restoreSnapshot(qc, ctx?.snapshot);
      notifyWriteFailed(`${LABEL[action]} “${name}”`, error);
    },
    onSuccess: (_data, action) => {
      if (action === 'delete') useProjectsUi.getState().projectDeleted({ id: projectId, name });
      if (action === 'restore') useProjectsUi.getState().projectRestored(projectId);
      useAnnouncer.getState().announce(`${LABEL[action].replace(/ing$/, 'ed')} “${name}”`);
    },
    onSettled: (_d, _e, action) => {
      void refreshQueries(qc, queryKeys.projects.all(ws));
      // Archived and deleted projects leave the timeline's project rows.
      if (action !== 'pin' && action !== 'unpin') void refreshQueries(qc, queryKeys.timeline.all(ws));
    },
  });
}
