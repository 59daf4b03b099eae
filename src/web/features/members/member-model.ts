import type { OrganizationGroup } from '@/api/group';
import type { ProjectMembers, Role } from '@/api/project';

/** The role shown for a member: the API only says whether it manages, so the highest role of that kind. */
export function roleForFlag(
  roles: readonly Pick<Role, 'role_id' | 'type'>[],
  manager: boolean | null | undefined,
) {
  if (manager == null) return undefined;
  return roles.find((r) =>
    manager ? r.type === 'manager' : r.type !== 'manager' && r.type !== 'owner' && r.type !== 'admin',
  );
}

export interface GroupAccess {
  userId: number;
  groupIds: number[];
}

/**
 * People who reach the project through its member groups (user id = user account id), with the groups
 * that give it; direct members are included too, since a group can add to a direct membership.
 */
export function accessThroughGroups(
  members: Pick<ProjectMembers, 'group_ids'>,
  groups: readonly Pick<OrganizationGroup, 'group_id' | 'users'>[],
): GroupAccess[] {
  const memberGroups = new Set(members.group_ids.map((g) => g.group_id));
  const byUser = new Map<number, number[]>();
  for (const g of groups) {
    if (!memberGroups.has(g.group_id)) continue;
    for (const u of g.users ?? []) {
      if (u.user_id == null) continue;
      byUser.set(u.user_id, [...(byUser.get(u.user_id) ?? []), g.group_id]);
    }
  }
  return [...byUser].map(([userId, groupIds]) => ({ userId, groupIds })).sort((a, b) => a.userId - b.userId);
}

/** Picker keys: `user:ID` / `group:ID`; who is already a member is left out. */
export function candidateKeys(
  members: Pick<ProjectMembers, 'user_ids' | 'group_ids'>,
  userIds: readonly number[],
  groupIds: readonly number[],
): string[] {
  const users = new Set(members.user_ids.map((u) => u.user_id));
  const groups = new Set(members.group_ids.map((g) => g.group_id));
  return [
    ...userIds.filter((id) => !users.has(id)).map((id) => `user:${id}`),
    ...groupIds.filter((id) => !groups.has(id)).map((id) => `group:${id}`),
  ];
}

/** Splits picked keys into the POST body's two lists. */
export function splitKeys(keys: readonly string[]): { user_ids: number[]; group_ids: number[] } {
  const pick = (kind: string) =>
    keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.slice(kind.length + 1)));
  return { user_ids: pick('user'), group_ids: pick('group') };
}
