import { useState } from 'react';
import type { OrganizationGroup } from '@/api/group';
import { MultiPicker } from '@/web/components/ui/multi-picker';
import { picksBack } from '@/web/components/ui/multi-picker-keys';

interface Props {
  group: OrganizationGroup;
  label: string;
  people: { id: number; name: string }[];
  /** `failed` when the users were not added (their picks come back). */
  onAdd: (ids: number[], failed: () => void) => void;
  onRemove: (id: number, name: string) => void;
}

/** The group's users, each removable, and a picker offering everyone not yet in it. */
export function GroupUsers({ group, label, people, onAdd, onRemove }: Props) {
  const [picked, setPicked] = useState<string[]>([]);
  const inGroup = new Set((group.users ?? []).map((u) => u.user_id));
  const options = people.filter((p) => !inGroup.has(p.id)).map((p) => ({ key: String(p.id), label: p.name }));
  const nameOf = (id: number | null | undefined) => people.find((p) => p.id === id)?.name;
  return (
    <div className="gr-block">
      <h3>Users</h3>
      {(group.users ?? []).length === 0 && <p className="gr-muted">No users.</p>}
      <ul className="gr-list" aria-label={`Users of ${label}`}>
        {(group.users ?? []).map((u) => {
          const name = u.name || nameOf(u.user_id) || `User ${u.user_id}`;
          return (
            <li key={u.user_id ?? name}>
              {name}
              <button
                type="button"
                className="btn gr-x"
                aria-label={`Remove ${name} from ${label}`}
                onClick={() => u.user_id != null && onRemove(u.user_id, name)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="gr-add"
        onSubmit={(e) => {
          e.preventDefault();
          const sent = picked;
          if (sent.length) onAdd(sent.map(Number), () => setPicked(picksBack(sent)));
          // The picker stays (each pick already cleared its search), so an Enter-submit keeps the focus in it.
          setPicked([]);
        }}
      >
        <MultiPicker
          label={`Users to add to ${label}`}
          placeholder="Search people…"
          options={options}
          selected={picked}
          onChange={setPicked}
        />
        <button type="submit" className="btn" disabled={picked.length === 0}>
          Add users
        </button>
      </form>
    </div>
  );
}
