import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTimelineUi } from '../store';
import type { TaskGroupEntry } from '@/api/task-group';
import { LoadError } from '@/web/components/ui/load-error';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { timelineQueries } from '../api/timeline-queries';
import { daysBetween } from '@/web/lib/time/calendar-day';
import { dateTimeLabel } from '@/web/lib/time/format';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { shortDay } from '../geometry';

interface Props {
  scope: WorkspaceScope;
  /** The zone block times are shown in (the user's). */
  zone: string;
  task: TaskGroupEntry;
  statusName?: string;
  assigneeNames: string[];
  onClose: () => void;
}

/** The clicked task: its fields and its time blocks (read when opened, cached). Escape closes. */
export function SidePanel({ scope, zone, task, statusName, assigneeNames, onClose }: Props) {
  const blocks = useQuery({ ...timelineQueries.timeBlocks(scope, task.id), enabled: task.id > 0 });
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
      <dl className="tl-fields">
        <dt>Dates</dt>
        <dd>
          {shortDay(task.start_date)} – {shortDay(task.end_date)} (
          {daysBetween(task.start_date, task.end_date) + 1} days)
        </dd>
        <dt>Project</dt>
        <dd>{task.project?.name ?? 'No project'}</dd>
        <dt>Client</dt>
        <dd>{task.client?.name ?? '—'}</dd>
        <dt>Status</dt>
        <dd>{statusName ?? '—'}</dd>
        <dt>Assignees</dt>
        <dd>{assigneeNames.length ? assigneeNames.join(', ') : 'Nobody'}</dd>
        <dt>Estimate</dt>
        <dd>
          {task.estimated_mins
            ? `${Math.round((task.estimated_mins / 60) * 10) / 10} h (${task.estimate_type})`
            : '—'}
        </dd>
      </dl>
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
