import { useProjectAction } from '../api/project-mutations';
import type { WsRef } from '../api/project-queries';
import { useProjectsUi } from '../store';

function RestoreButton({ ws, id, name }: { ws: WsRef; id: number; name: string }) {
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
export function DeletedBanner({ ws }: { ws: WsRef }) {
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
