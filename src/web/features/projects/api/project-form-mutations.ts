import { useMutation, useQueryClient } from '@tanstack/react-query';
import { projectSchema, type ProjectCreate, type ProjectPatch } from '@/api/project';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { queryKeys } from '@/web/lib/query-keys';
import { refreshQueries } from '@/web/lib/refresh-queries';
import { projectsPath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import { patchCachedProject, restoreSnapshot } from './project-mutations';

/** POST a new project; the form stays open until the server answers so field errors can show. */
export function useCreateProject(ws: WorkspaceScope) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCreate) =>
      api('focus', projectsPath(ws), { method: 'POST', body, schema: projectSchema }),
    onSuccess: (p) => useAnnouncer.getState().announce(`Created project “${p.name}”`),
    onSettled: () => refreshQueries(qc, queryKeys.projects.all(ws)),
  });
}

/**
 * PATCH a project: the row changes at once (optimistic), and goes back with a toast if the server says
 * no; the caller shows the field errors.
 */
export function useUpdateProject(ws: WorkspaceScope, projectId: number) {
  const qc = useQueryClient();
  return useMutation({
    scope: { id: `project-${projectId}` },
    mutationFn: (body: ProjectPatch) =>
      api('focus', `${projectsPath(ws)}/${projectId}`, { method: 'PATCH', body }),
    onMutate: async (body) => ({
      snapshot: await patchCachedProject(qc, ws, projectId, (p) => ({
        ...p,
        ...Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'tag_ids' && k !== 'fixed_fee')),
      })),
    }),
    onError: (error, body, ctx) => {
      restoreSnapshot(qc, ctx?.snapshot);
      notifyWriteFailed(`Saving “${body.name ?? 'project'}”`, error);
    },
    onSuccess: (_d, body) => useAnnouncer.getState().announce(`Saved project “${body.name ?? ''}”`),
    onSettled: () => refreshQueries(qc, queryKeys.projects.all(ws)),
  });
}
