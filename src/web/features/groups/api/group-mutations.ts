import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  groupPatchOutputSchema,
  organizationGroupSchema,
  type GroupPatchInput,
  type OrganizationGroup,
} from '@/api/group';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { queryKeys } from '@/web/lib/query-keys';
import { groupQueries } from '@/web/lib/queries/groups';
import { refreshQueries } from '@/web/lib/refresh-queries';
import { applyGroupOps, describePatchFailures } from '../group-patch';

const say = (text: string) => useAnnouncer.getState().announce(text);

/**
 * Writes to organization groups, optimistic on the shared groups list and rolled back with a toast.
 * Membership changes also touch the people list (each user carries their groups), so that is refreshed too.
 */
export function useGroupMutations(organizationId: number, nameOf: (userId: number) => string | undefined) {
  const qc = useQueryClient();
  const key = groupQueries.list(organizationId).queryKey;
  const base = `/organizations/${organizationId}/groups`;
  const edit = async (change: (list: OrganizationGroup[]) => OrganizationGroup[]) => {
    await qc.cancelQueries({ queryKey: key });
    const snapshot = qc.getQueryData(key);
    qc.setQueryData(key, (list) => (list ? change(list) : list));
    return { snapshot };
  };
  const rollback = (ctx: { snapshot?: OrganizationGroup[] } | undefined) =>
    qc.setQueryData(key, ctx?.snapshot);
  const settled = (people: boolean) => () => {
    void refreshQueries(qc, queryKeys.groups.all(organizationId));
    if (people) void refreshQueries(qc, queryKeys.organization.users(organizationId));
  };

  const create = useMutation({
    mutationFn: (name: string) =>
      api('track', base, { method: 'POST', body: { name }, schema: organizationGroupSchema }),
    onMutate: (name) => edit((list) => [...list, { group_id: -Date.now(), name, users: [], workspaces: [] }]),
    onError: (e, name, ctx) => (rollback(ctx), notifyWriteFailed(`Creating group “${name}”`, e)),
    onSuccess: (_g, name) => say(`Created group ${name}`),
    onSettled: settled(false),
  });

  const rename = useMutation({
    scope: { id: 'groups' },
    // PUT replaces the group: send its users and workspaces along so a rename keeps them.
    mutationFn: (v: { group: OrganizationGroup; name: string }) =>
      api('track', `${base}/${v.group.group_id}`, {
        method: 'PUT',
        body: {
          name: v.name,
          users: (v.group.users ?? []).flatMap((u) => (u.user_id == null ? [] : [u.user_id])),
          workspaces: v.group.workspaces ?? [],
        },
        schema: organizationGroupSchema,
      }),
    onMutate: (v) =>
      edit((list) => list.map((g) => (g.group_id === v.group.group_id ? { ...g, name: v.name } : g))),
    onError: (e, v, ctx) => (rollback(ctx), notifyWriteFailed(`Renaming “${v.group.name ?? ''}”`, e)),
    onSuccess: (_g, v) => say(`Renamed group to ${v.name}`),
    onSettled: settled(true),
  });

  const remove = useMutation({
    scope: { id: 'groups' },
    mutationFn: (group: OrganizationGroup) => api('track', `${base}/${group.group_id}`, { method: 'DELETE' }),
    onMutate: (group) => edit((list) => list.filter((g) => g.group_id !== group.group_id)),
    onError: (e, group, ctx) => (rollback(ctx), notifyWriteFailed(`Deleting group “${group.name ?? ''}”`, e)),
    onSuccess: (_d, group) => say(`Deleted group ${group.name ?? ''}`),
    onSettled: settled(true),
  });

  const patch = useMutation({
    scope: { id: 'groups' },
    mutationFn: (v: { group: OrganizationGroup; ops: GroupPatchInput[] }) =>
      api('track', `${base}/${v.group.group_id}`, {
        method: 'PATCH',
        body: v.ops,
        schema: groupPatchOutputSchema,
      }),
    onMutate: (v) =>
      edit((list) =>
        list.map((g) => (g.group_id === v.group.group_id ? applyGroupOps(g, v.ops, nameOf) : g)),
      ),
    onError: (e, v, ctx) => (rollback(ctx), notifyWriteFailed(`Changing group “${v.group.name ?? ''}”`, e)),
    onSuccess: (out, v) => {
      const failures = describePatchFailures(out);
      // Applied one by one upstream: the failed ones are undone on screen by the refresh below.
      if (failures.length)
        notifyWriteFailed(`Part of the change to “${v.group.name ?? ''}”`, new Error(failures.join('; ')));
      else say(`Updated group ${v.group.name ?? ''}`);
    },
    onSettled: settled(true),
  });

  return { create, rename, remove, patch };
}
