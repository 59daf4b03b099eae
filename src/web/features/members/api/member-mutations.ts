import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ProjectMembers } from '@/api/project';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { refreshQueries } from '@/web/lib/refresh-queries';
import { projectPath, type ProjectScope } from '@/web/lib/workspace-scope';
import { memberQueries } from './member-queries';

/** Member groups are Track's project groups too: a write to either refreshes both (and nothing else). */
export function refreshMembership(qc: QueryClient, project: ProjectScope) {
  void refreshQueries(qc, memberQueries.members(project).queryKey);
  void refreshQueries(qc, memberQueries.projectGroups(project).queryKey);
}

async function optimistic(
  qc: QueryClient,
  project: ProjectScope,
  change: (m: ProjectMembers) => ProjectMembers,
) {
  const key = memberQueries.members(project).queryKey;
  await qc.cancelQueries({ queryKey: key });
  const snapshot = qc.getQueryData(key);
  qc.setQueryData(key, (m) => (m ? change(m) : m));
  return { snapshot };
}

export type MemberRef = { user_id: number } | { group_id: number };
const isUser = (m: MemberRef): m is { user_id: number } => 'user_id' in m;
const matches = (m: MemberRef) => (x: { user_id?: number; group_id?: number }) =>
  isUser(m) ? x.user_id === m.user_id : x.group_id === m.group_id;

/**
 * Adds, re-roles and removes members of one project: optimistic, rolled back with a toast, and
 * serialized per project so a quick add-then-remove lands in order.
 */
export function useMemberMutations(project: ProjectScope) {
  const qc = useQueryClient();
  const key = memberQueries.members(project).queryKey;
  const scope = { id: `project-members-${project.projectId}` };
  const rollback = (ctx: { snapshot?: ProjectMembers } | undefined) => qc.setQueryData(key, ctx?.snapshot);
  const settled = () => refreshMembership(qc, project);
  const say = (text: string) => useAnnouncer.getState().announce(text);

  const add = useMutation({
    scope,
    mutationFn: (v: {
      user_ids: number[];
      group_ids: number[];
      role_id: number;
      manager: boolean;
      label: string;
    }) =>
      api('focus', `${projectPath(project)}/members`, {
        method: 'POST',
        body: { role_id: v.role_id, user_ids: v.user_ids, group_ids: v.group_ids },
      }),
    onMutate: (v) =>
      optimistic(qc, project, (m) => ({
        ...m,
        user_ids: [...m.user_ids, ...v.user_ids.map((user_id) => ({ user_id, manager: v.manager }))],
        group_ids: [...m.group_ids, ...v.group_ids.map((group_id) => ({ group_id, manager: v.manager }))],
      })),
    onError: (e, v, ctx) => (rollback(ctx), notifyWriteFailed(`Adding ${v.label}`, e)),
    onSuccess: (_d, v) => say(`Added ${v.label}`),
    onSettled: settled,
  });

  const setRole = useMutation({
    scope,
    mutationFn: (v: { member: MemberRef; role_id: number; manager: boolean; label: string }) =>
      api('focus', `${projectPath(project)}/members`, {
        method: 'PUT',
        body: { ...v.member, role_id: v.role_id },
      }),
    onMutate: (v) =>
      optimistic(qc, project, (m) => ({
        ...m,
        user_ids: m.user_ids.map((u) => (matches(v.member)(u) ? { ...u, manager: v.manager } : u)),
        group_ids: m.group_ids.map((g) => (matches(v.member)(g) ? { ...g, manager: v.manager } : g)),
      })),
    onError: (e, v, ctx) => (rollback(ctx), notifyWriteFailed(`Changing the role of ${v.label}`, e)),
    onSuccess: (_d, v) => say(`Changed the role of ${v.label}`),
    onSettled: settled,
  });

  const remove = useMutation({
    scope,
    mutationFn: (v: { member: MemberRef; label: string }) =>
      api('focus', `${projectPath(project)}/members`, { method: 'DELETE', body: v.member }),
    onMutate: (v) =>
      optimistic(qc, project, (m) => ({
        ...m,
        user_ids: m.user_ids.filter((u) => !matches(v.member)(u)),
        group_ids: m.group_ids.filter((g) => !matches(v.member)(g)),
      })),
    onError: (e, v, ctx) => (rollback(ctx), notifyWriteFailed(`Removing ${v.label}`, e)),
    onSuccess: (_d, v) => say(`Removed ${v.label}`),
    onSettled: settled,
  });

  return { add, setRole, remove };
}
