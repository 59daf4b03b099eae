import type { OrganizationGroup } from '@/api/group';
import type { ProjectMembers, Role } from '@/api/project';
import { DataTable } from '@/web/components/ui/data-table';
import { groupName } from '@/web/lib/queries/groups';
import type { useMemberMutations } from '../api/member-mutations';
import { accessThroughGroups } from '../member-model';
import { MemberRow } from './member-row';

const COLUMNS = ['Name', 'Kind', 'Role', 'Manager', 'Also through'];

interface Props {
  members: ProjectMembers;
  groups: OrganizationGroup[];
  roles: Role[];
  userName: (id: number) => string;
  mutations: ReturnType<typeof useMemberMutations>;
}

/** Direct members (users, then groups), and below them everyone who gets in through a member group. */
export function MemberTable({ members, groups, roles, userName, mutations }: Props) {
  const byId = new Map(groups.map((g) => [g.group_id, g]));
  const access = accessThroughGroups(members, groups);
  const viaOf = new Map(
    access.map((a) => [a.userId, a.groupIds.map((id) => groupName(byId.get(id), id)).join(', ')]),
  );
  const direct = new Set(members.user_ids.map((u) => u.user_id));
  const onlyViaGroups = access.filter((a) => !direct.has(a.userId));
  // Users first, then groups: one row each, told apart by the member reference the mutations send.
  const rows = [
    ...members.user_ids.map((u) => ({
      key: `u${u.user_id}`,
      member: { user_id: u.user_id },
      name: userName(u.user_id),
      kind: 'User' as const,
      manager: u.manager,
      via: viaOf.get(u.user_id),
    })),
    ...members.group_ids.map((g) => ({
      key: `g${g.group_id}`,
      member: { group_id: g.group_id },
      name: groupName(byId.get(g.group_id), g.group_id),
      kind: 'Group' as const,
      manager: g.manager,
      via: undefined,
    })),
  ];

  return (
    <>
      <DataTable className="mb-table" caption="Project members" columns={COLUMNS}>
        {rows.map(({ key, member, name, ...row }) => (
          <MemberRow
            key={key}
            name={name}
            {...row}
            roles={roles}
            onRole={(r: Role) =>
              mutations.setRole.mutate({
                member,
                role_id: r.role_id,
                manager: r.type === 'manager',
                label: name,
              })
            }
            onRemove={() => mutations.remove.mutate({ member, label: name })}
          />
        ))}
      </DataTable>
      <h2 className="mb-subtitle">Access through groups</h2>
      {onlyViaGroups.length === 0 ? (
        <p className="mb-muted">Nobody beyond the direct members.</p>
      ) : (
        <ul className="mb-via-list" aria-label="People with access through groups">
          {onlyViaGroups.map((a) => (
            <li key={a.userId} data-testid="via-group-user">
              {userName(a.userId)} <span className="mb-muted">through {viaOf.get(a.userId)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
