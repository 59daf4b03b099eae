import { useState } from 'react';
import type { Role } from '@/api/project';
import { RowAction } from '@/web/components/ui/row-action';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { roleForFlag } from '../member-model';
import { RoleOptions } from './role-options';

interface Props {
  name: string;
  kind: 'User' | 'Group';
  manager: boolean | null | undefined;
  /** For users: the groups that also give access. */
  via?: string;
  roles: Role[];
  onRole: (role: Role) => void;
  onRemove: () => void;
}

/** A user or group on the project: role (select), manager flag, removal after confirmation. */
export function MemberRow({ name, kind, manager, via, roles, onRole, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const role = roleForFlag(roles, manager);
  return (
    <tr data-testid="member-row" data-kind={kind.toLowerCase()} data-name={name}>
      <td className="mb-name-cell">{name}</td>
      <td data-label="Kind">{kind}</td>
      <td data-label="Role">
        <select
          aria-label={`Role of ${name}`}
          value={role ? String(role.role_id) : ''}
          onChange={(e) => {
            const next = roles.find((r) => String(r.role_id) === e.target.value);
            if (next) onRole(next);
          }}
        >
          {!role && <option value="">No role</option>}
          <RoleOptions roles={roles} />
        </select>
      </td>
      <td data-label="Manager">{manager ? 'Manager' : 'No'}</td>
      <td data-label={via ? 'Also through' : undefined}>{via ?? ''}</td>
      <td>
        <RowAction label="Remove" target={name} danger onClick={() => setConfirming(true)} />
        <ConfirmDialog
          open={confirming}
          title={`Remove ${name}?`}
          message={`${name} loses direct access to this project${kind === 'Group' ? ' for all its members' : ''}.`}
          confirmLabel="Remove member"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRemove();
          }}
        />
      </td>
    </tr>
  );
}
