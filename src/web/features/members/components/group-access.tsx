import { useState } from 'react';
import type { OrganizationGroup, ProjectGroup } from '@/api/group';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { groupName } from '@/web/lib/queries/groups';

interface Props {
  rows: ProjectGroup[];
  groups: OrganizationGroup[];
  userName: (id: number) => string;
  onAttach: (groupId: number, label: string) => void;
  onDetach: (row: ProjectGroup, label: string) => void;
}

/** Track's view of access: which groups reach the project, who is in them; add or remove a group. */
export function GroupAccess({ rows, groups, userName, onAttach, onDetach }: Props) {
  const [choice, setChoice] = useState('');
  const [removing, setRemoving] = useState<ProjectGroup | null>(null);
  const byId = new Map(groups.map((g) => [g.group_id, g]));
  const attached = new Set(rows.map((r) => r.group_id));
  const free = groups.filter((g) => !attached.has(g.group_id));
  const label = (id: number) => groupName(byId.get(id), id);

  return (
    <section className="mb-section" aria-labelledby="mb-access-title">
      <h2 id="mb-access-title">Groups with access</h2>
      {rows.length === 0 ? (
        <p className="mb-muted">No group gives access to this project.</p>
      ) : (
        <ul className="mb-access-list">
          {rows.map((r) => (
            <li key={r.id} data-testid="access-group">
              <strong>{label(r.group_id)}</strong>
              <span className="mb-muted">
                {' '}
                {(byId.get(r.group_id)?.users ?? [])
                  .map((u) => u.name || userName(u.user_id ?? 0))
                  .join(', ') || 'no users'}
              </span>
              <button
                type="button"
                className="btn btn-danger"
                aria-label={`Remove access of group ${label(r.group_id)}`}
                disabled={r.id < 0}
                onClick={() => setRemoving(r)}
              >
                Remove access
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="mb-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) onAttach(Number(choice), label(Number(choice)));
          setChoice('');
        }}
      >
        <label className="mb-role">
          <span>Group</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a group…</option>
            {free.map((g) => (
              <option key={g.group_id} value={g.group_id}>
                {groupName(g)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn" disabled={!choice}>
          Give access
        </button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove the access of ${removing ? label(removing.group_id) : ''}?`}
        message="Its users lose the access this group gave them (direct memberships stay)."
        confirmLabel="Remove access"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) onDetach(removing, label(removing.group_id));
          setRemoving(null);
        }}
      />
    </section>
  );
}
