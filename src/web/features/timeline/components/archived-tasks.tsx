import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { TaskWithAggregations } from '@/api/task';
import { LoadError } from '@/web/components/ui/load-error';
import { ModalDialog } from '@/web/components/ui/modal-dialog';
import { queryKeys } from '@/web/lib/query-keys';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { archivedOf, archivedTasksQuery, dropFromArchive, placementsOfArchived } from '../api/archived-tasks';
import type { TaskActions } from '../api/use-task-actions';

/**
 * "Archived tasks": what was archived, most recently changed first, each with Restore (one request; the task
 * leaves the list at once and its bar comes back where it belongs, or it returns to the list with a notice if
 * the restore fails). Read only when opened: one request a page.
 */
export function ArchivedTasksButton({ scope, actions }: { scope: WorkspaceScope; actions: TaskActions }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Archived tasks
      </button>
      {open && (
        <ModalDialog open title="Archived tasks" onClose={() => setOpen(false)} className="tl-archived">
          <ArchivedList scope={scope} actions={actions} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

function ArchivedList({ scope, actions }: { scope: WorkspaceScope; actions: TaskActions }) {
  const qc = useQueryClient();
  const fmt = useDateFormat();
  const list = useInfiniteQuery(archivedTasksQuery(scope));
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<{ dialog: HTMLDialogElement | null; index: number } | null>(null);
  // A later page that failed keeps the pages read (its message is under the list).
  const tasks = list.data ? archivedOf(list.data.pages) : [];
  // After a Restore: the next task's Restore (the previous one's at the end), Close when none is left.
  useEffect(() => {
    const at = refocus.current;
    if (!at) return;
    refocus.current = null;
    const buttons = at.dialog?.querySelectorAll<HTMLButtonElement>('.tl-archived-list button') ?? [];
    const next =
      buttons[Math.min(at.index, buttons.length - 1)] ??
      at.dialog?.querySelector<HTMLElement>('.modal-actions button');
    next?.focus();
  }, [tasks.length]);
  if (list.isPending) return <p role="status">Loading the archived tasks…</p>;
  if (!list.data)
    return (
      <LoadError
        inline
        what="the archived tasks"
        error={list.error}
        onRetry={list.refetch}
        retrying={list.isFetching}
      />
    );
  if (!tasks.length && !list.hasNextPage) return <p className="muted">No archived tasks.</p>;
  const restore = (t: TaskWithAggregations, index: number) => {
    const name = `“${t.name || 'Untitled'}”`;
    // The focus goes on to the next task's Restore once the list has lost this one (the effect above).
    refocus.current = { dialog: listRef.current?.closest('dialog') ?? null, index };
    dropFromArchive(qc, scope, t.id);
    actions.send(
      {
        write: { op: 'unarchive', ids: [t.id], placements: placementsOfArchived(t) },
        inverse: { op: 'archive', ids: [t.id] },
        label: `Restored ${name}`,
        what: `Restoring ${name}`,
      },
      // Not restored: the list shows it again (the notice says why).
      { onError: () => void qc.invalidateQueries({ queryKey: queryKeys.tasks.archived(scope) }) },
    );
  };
  return (
    <>
      <ul ref={listRef} className="tl-archived-list" aria-label="Archived tasks">
        {tasks.map((t, i) => (
          <li key={t.id} data-testid="archived-task" data-task-id={t.id}>
            <span className="tl-archived-name">
              <strong>{t.name || 'Untitled'}</strong>
              <span className="muted">
                {t.project?.name ? `${t.project.name}, ` : ''}
                {fmt.range(t.start_date, t.end_date)}
              </span>
            </span>
            <button type="button" className="btn" onClick={() => restore(t, i)}>
              Restore<span className="sr-only"> {t.name || 'Untitled'}</span>
            </button>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button
          type="button"
          className="btn"
          aria-disabled={list.isFetchingNextPage}
          onClick={() => !list.isFetchingNextPage && void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading more…' : 'Show more'}
        </button>
      )}
      {list.isFetchNextPageError && (
        <LoadError
          inline
          what="more archived tasks"
          error={list.error}
          onRetry={list.fetchNextPage}
          retrying={list.isFetchingNextPage}
        />
      )}
    </>
  );
}
