import { useMutation, useQueryClient } from '@tanstack/react-query';
import { projectGroupSchema, type ProjectGroup } from '@/api/group';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { refreshMembership } from './member-mutations';
import type { ProjectScope } from '@/web/lib/workspace-scope';
import { memberQueries } from './member-queries';

/** Track project groups (which groups give access): add and remove, optimistic with rollback. */
export function useProjectGroupMutations(project: ProjectScope) {
  const qc = useQueryClient();
  const key = memberQueries.projectGroups(project).queryKey;
  const scope = { id: `project-members-${project.projectId}` };
  const edit = async (change: (list: ProjectGroup[]) => ProjectGroup[]) => {
    await qc.cancelQueries({ queryKey: key });
    const snapshot = qc.getQueryData(key);
    qc.setQueryData(key, (list) => (list ? change(list) : list));
    return { snapshot };
  };

  const attach = useMutation({
    scope,
    mutationFn: (v: { groupId: number; label: string }) =>
      api('track', `/workspaces/${project.workspaceId}/project_groups`, {
        method: 'POST',
        body: { group_id: v.groupId, project_id: project.projectId },
        schema: projectGroupSchema,
      }),
    // A negative id marks the row as not yet saved.
    onMutate: (v) =>
      edit((list) => [
        ...list,
        { id: -v.groupId, group_id: v.groupId, pid: project.projectId, wid: project.workspaceId },
      ]),
    onError: (e, v, ctx) => {
      qc.setQueryData(key, ctx?.snapshot);
      notifyWriteFailed(`Giving ${v.label} access`, e);
    },
    onSuccess: (_d, v) => useAnnouncer.getState().announce(`${v.label} now has access`),
    onSettled: () => refreshMembership(qc, project),
  });

  const detach = useMutation({
    scope,
    mutationFn: (v: { row: ProjectGroup; label: string }) =>
      api('track', `/workspaces/${project.workspaceId}/project_groups/${v.row.id}`, { method: 'DELETE' }),
    onMutate: (v) => edit((list) => list.filter((r) => r.id !== v.row.id)),
    onError: (e, v, ctx) => {
      qc.setQueryData(key, ctx?.snapshot);
      notifyWriteFailed(`Removing the access of ${v.label}`, e);
    },
    onSuccess: (_d, v) => useAnnouncer.getState().announce(`${v.label} no longer has access`),
    onSettled: () => refreshMembership(qc, project),
  });

  return { attach, detach };
}
