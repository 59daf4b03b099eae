import { useState } from 'react';
import type { GroupPatchInput, OrganizationGroup } from '@/api/group';
import { RowAction } from '@/web/components/ui/row-action';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { groupName } from '@/web/lib/queries/groups';
import type { useGroupMutations } from '../api/group-mutations';
import { describePatchFailures } from '../group-patch';
import { GroupUsers } from './group-users';
import { GroupWorkspaces } from './group-workspaces';

interface Props {
  group: OrganizationGroup;
  people: { id: number; name: string }[];
  workspaces: { id: number; name: string }[];
  mutations: ReturnType<typeof useGroupMutations>;
}

/** One group: rename, delete (after confirmation), its users and workspaces, and what the last change could not do. */
export function GroupCard({ group, people, workspaces, mutations }: Props) {
  const label = groupName(group);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(label);
  const [confirming, setConfirming] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);
  const saved = group.group_id > 0;
  const patch = (ops: GroupPatchInput[], failed?: () => void) => {
    setFailures([]);
    mutations.patch.mutate(
      { group, ops },
      { onSuccess: (out) => setFailures(describePatchFailures(out)), onError: failed },
    );
  };

  return (
    <article className="gr-card" aria-labelledby={`gr-${group.group_id}`} data-testid="group-card">
      <header className="gr-head">
        {renaming ? (
          <form
            className="gr-rename"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() && name !== label) mutations.rename.mutate({ group, name: name.trim() });
              setRenaming(false);
            }}
          >
            <input
              aria-label={`New name for ${label}`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
            <button type="submit" className="btn btn-primary">
              Save name
            </button>
            <button type="button" className="btn" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <h2 id={`gr-${group.group_id}`} className="clamp-3" title={label}>
            {label}
          </h2>
        )}
        {!renaming && (
          <div className="gr-actions">
            <RowAction
              label="Rename"
              target={label}
              disabled={!saved}
              onClick={() => (setName(label), setRenaming(true))}
            />
            <RowAction
              label="Delete"
              target={label}
              danger
              disabled={!saved}
              onClick={() => setConfirming(true)}
            />
          </div>
        )}
      </header>
      {failures.length > 0 && (
        <ul className="gr-failures" role="alert" aria-label={`Failed changes to ${label}`}>
          {failures.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
      {saved && (
        <div className="gr-body">
          <GroupUsers
            group={group}
            label={label}
            people={people}
            onAdd={(ids, failed) => patch([{ op: 'add', path: '/users', value: ids }], failed)}
            onRemove={(id) => patch([{ op: 'remove', path: '/users', value: [id] }])}
          />
          <GroupWorkspaces
            group={group}
            label={label}
            workspaces={workspaces}
            onAdd={(id) => patch([{ op: 'add', path: '/workspaces', value: [id] }])}
            onRemove={(id) => patch([{ op: 'remove', path: '/workspaces', value: [id] }])}
          />
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete group “${label}”?`}
        message="Its users lose the project access the group gave them. This cannot be undone."
        confirmLabel="Delete group"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          mutations.remove.mutate(group);
        }}
      />
    </article>
  );
}
