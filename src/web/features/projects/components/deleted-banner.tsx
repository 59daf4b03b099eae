import { useProjectAction } from '../api/project-mutations';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useProjectsUi } from '../store';

function RestoreButton({ ws, id, name }: { ws: WorkspaceScope; id: number; name: string }) {
  const action = useProjectAction(ws, id, name);
  return (
    <button
      type="button"
      className="btn"
      disabled={action.isPending}
      onClick={() => action.mutate('restore')}
    >
      Restore {name}
    </button>
  );
}

/** Projects deleted in this session, each with its way back. */
export function DeletedBanner({ ws }: { ws: WorkspaceScope }) {
  const deleted = useProjectsUi((s) => s.deleted);
  if (deleted.length === 0) return null;
  return (
    <section className="pj-deleted" aria-label="Recently deleted projects">
      {deleted.map((d) => (
        <p key={d.id}>
          Deleted “{d.name}”. <RestoreButton ws={ws} id={d.id} name={d.name} />
        </p>
      ))}
    </section>
  );
}
