import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { TaskGroupEntry } from '@/api/task-group';
import type { OrganizationUser } from '@/api/user';
import type { Status } from '@/api/workspace';
import { ApiError, describeError } from '@/web/lib/api-error';
import { LoadError } from '@/web/components/ui/load-error';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { dateTimeLabel } from '@/web/lib/time/format';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { taskDetailQuery } from '../api/task-detail-query';
import { timelineQueries } from '../api/timeline-queries';
import type { TaskActions } from '../api/use-task-actions';
import { useTimelineUi } from '../store';
import { TaskFields } from './details/task-fields';

interface Props {
  scope: WorkspaceScope;
  /** The zone block times are shown in (the user's). */
  zone: string;
  task: TaskGroupEntry;
  statuses: readonly Status[] | undefined;
  users: readonly OrganizationUser[] | undefined;
  /** Names at hand before the users are read. */
  names?: ReadonlyMap<number, string>;
  actions: TaskActions;
  onArchive: (ids: number[]) => void;
  onClose: () => void;
}

/**
 * The clicked task: every field it can change (each saved on its own), archive and delete, and its time
 * blocks. Opening it reads the task (what its bar does not carry) and its blocks, both cached. Escape closes.
 */
export function SidePanel({ scope, zone, task, statuses, users, names, actions, onArchive, onClose }: Props) {
  const editable = task.id > 0 && !task.masked;
  const blocks = useQuery({ ...timelineQueries.timeBlocks(scope, task.id), enabled: task.id > 0 });
  const detail = useQuery({ ...taskDetailQuery(scope, task.id), enabled: editable });
  const heading = useRef<HTMLHeadingElement>(null);
  const takeFocus = useTimelineUi((s) => s.panelFocus);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [task.id, takeFocus]);
  // Closing gives the focus back to the bar the panel belongs to.
  const close = () => {
    onClose();
    document.querySelector<HTMLElement>(`[data-bar-id="${task.id}"]`)?.focus();
  };
  return (
    <aside
      className="tl-panel"
      aria-labelledby="tl-panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <div className="tl-panel-head">
        <h2 id="tl-panel-title" ref={heading} tabIndex={-1}>
          {task.masked ? 'Private task' : task.name || 'Untitled task'}
        </h2>
        <button type="button" className="btn" onClick={close} aria-label="Close task details">
          ×
        </button>
      </div>
      {editable ? (
        <TaskFields
          key={task.id}
          scope={scope}
          entry={task}
          detail={detail.data}
          statuses={statuses}
          users={users}
          names={names}
          actions={actions}
        />
      ) : (
        <p className="muted">
          This task is in a private project: its details are not yours to see or change.
        </p>
      )}
      {detail.isError && (
        <p className="error-text" role="alert">
          Could not load the notes, tags and priority:{' '}
          {detail.error instanceof ApiError && detail.error.code === 'invalid_response'
            ? 'the server sent something the planner cannot read.'
            : describeError(detail.error)}
        </p>
      )}
      {editable && (
        <div className="tl-panel-actions">
          <button type="button" className="btn" onClick={() => onArchive([task.id])}>
            Archive
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => useTimelineUi.getState().deleteRequested([task.id])}
          >
            Delete…
          </button>
        </div>
      )}
      <h3>Time blocks</h3>
      <SkippedNotice queryKeys={[timelineQueries.timeBlocks(scope, task.id).queryKey]} />
      {blocks.isPending ? (
        <p className="muted">Loading…</p>
      ) : blocks.isError ? (
        <LoadError inline what="the time blocks" error={blocks.error} onRetry={() => blocks.refetch()} />
      ) : blocks.data.data.length === 0 ? (
        <p className="muted">No time blocks.</p>
      ) : (
        <ul className="tl-blocks" data-testid="time-blocks">
          {blocks.data.data.map((b) => (
            <li key={b.id}>
              {dateTimeLabel(Date.parse(b.start), zone)} · {Math.round((b.duration ?? 0) / 60)} min
              {b.completed_at ? ' · done' : ''}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
