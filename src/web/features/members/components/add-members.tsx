import { useState, type FormEvent } from 'react';
import type { Role } from '@/api/project';
import { MultiPicker, type PickerOption } from '@/web/components/ui/multi-picker';
import { picksBack } from '@/web/components/ui/multi-picker-keys';
import { splitKeys } from '../member-model';
import { RoleOptions } from './role-options';

interface Props {
  options: PickerOption[];
  roles: Role[];
  pending: boolean;
  onAdd: (
    v: {
      user_ids: number[];
      group_ids: number[];
      role_id: number;
      manager: boolean;
      label: string;
    },
    failed: () => void,
  ) => void;
}

/** Pick people and groups (members already on the project are not offered), choose one role, add in one step. */
export function AddMembers({ options, roles, pending, onAdd }: Props) {
  const [picked, setPicked] = useState<string[]>([]);
  const [roleId, setRoleId] = useState('');
  const role =
    roles.find((r) => String(r.role_id) === roleId) ?? roles.find((r) => r.type !== 'manager') ?? roles[0];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role || picked.length === 0) return;
    const names = picked.map((k) => options.find((o) => o.key === k)?.label ?? k);
    const sent = picked;
    onAdd(
      {
        ...splitKeys(sent),
        role_id: role.role_id,
        manager: role.type === 'manager',
        label: names.join(', '),
      },
      // Not added: the picks come back (beside any made since), to try again without picking them all anew.
      () => setPicked(picksBack(sent)),
    );
    // The picker stays (each pick already cleared its search), so an Enter-submit keeps the focus in it.
    setPicked([]);
  };
  return (
    <form className="mb-add" onSubmit={submit} aria-label="Add members">
      <MultiPicker
        label="People and groups to add"
        placeholder="Search people and groups…"
        options={options}
        selected={picked.filter((k) => options.some((o) => o.key === k))}
        onChange={setPicked}
      />
      <label className="mb-role">
        <span>Role</span>
        <select value={role ? String(role.role_id) : ''} onChange={(e) => setRoleId(e.target.value)}>
          <RoleOptions roles={roles} />
        </select>
      </label>
      <button type="submit" className="btn btn-primary" disabled={pending || picked.length === 0 || !role}>
        Add {picked.length > 0 ? picked.length : ''} member{picked.length === 1 ? '' : 's'}
      </button>
    </form>
  );
}
