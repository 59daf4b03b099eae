import { useState } from 'react';
import type { OrganizationGroup } from '@/api/group';

interface Props {
  group: OrganizationGroup;
  label: string;
  workspaces: { id: number; name: string }[];
  onAdd: (id: number) => void;
  onRemove: (id: number) => void;
}

/** Workspaces the group belongs to; add one from the organization's, remove any. */
export function GroupWorkspaces({ group, label, workspaces, onAdd, onRemove }: Props) {
  const [choice, setChoice] = useState('');
  const ids = group.workspaces ?? [];
  const nameOf = (id: number) => workspaces.find((w) => w.id === id)?.name || `Workspace ${id}`;
  const free = workspaces.filter((w) => !ids.includes(w.id));
  return (
    <div className="gr-block">
      <h3>Workspaces</h3>
      {ids.length === 0 && <p className="gr-muted">No workspaces.</p>}
      <ul className="gr-list" aria-label={`Workspaces of ${label}`}>
        {ids.map((id) => (
          <li key={id}>
            {nameOf(id)}
            <button
              type="button"
              className="btn gr-x"
              aria-label={`Remove ${nameOf(id)} from ${label}`}
              onClick={() => onRemove(id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {free.length > 0 && (
        <form
          className="gr-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) onAdd(Number(choice));
            setChoice('');
          }}
        >
          <select
            aria-label={`Workspace to add to ${label}`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">Choose a workspace…</option>
            {free.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
          <button type="submit" className="btn" disabled={!choice}>
            Add workspace
          </button>
        </form>
      )}
    </div>
  );
}
