import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { LoadError } from '@/web/components/ui/load-error';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { queryKeys } from '@/web/lib/query-keys';
import { userNameById } from '@/web/lib/queries/organization';
import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { useUserZone } from '@/web/lib/time/use-user-zone';
import { useUndoRedo } from '@/web/lib/use-undo-redo';
import { dayOf } from '@/web/lib/time/zoned';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { useTimelineBookings } from './api/use-timeline-bookings';
import { useTimelineMutations } from './api/use-timeline-mutations';
import { useTimelineRows, type TimelineRow } from './api/use-timeline-rows';
import { TimelineFilters } from './components/filters';
import { SidePanel } from './components/side-panel';
import { TimelineGrid } from './components/timeline-grid';
import { Toolbar } from './components/toolbar';
import { canvasFor, PX_PER_DAY, STEP_DAYS, type Zoom } from './geometry';
import { timelineHistory, useTimelineUi } from './store';
import { resolveDropLane } from './timeline-model';
import { useViewState, type Filters } from './view-state';
import './timeline.css';

/** Timeline: tasks as bars on rows of people, projects or tags; view state in the URL. */
export function TimelinePage() {
  const scope = useWorkspaceScope();
  const { workspaceId } = scope;
  // Before the settings arrive the browser's zone stands in (the bars are calendar days and do not wait).
  const { zone } = useUserZone();
  const today = dayOf(Date.now(), zone);
  const [view, update] = useViewState(today);
  const px = PX_PER_DAY[view.zoom];
  const canvas = useMemo(() => canvasFor(view.start, view.zoom), [view.start, view.zoom]);
  const fetchRange = useMemo(
    () => ({ start: view.start, end: addDays(view.start, Math.ceil(1600 / px)) }),
    [view.start, px],
  );
  // Open when the URL carries a select filter (a shared link shows what it filters by).
  const [filtersOpen, setFiltersOpen] = useState(() => Object.keys(view.filters).some((k) => k !== 'q'));
  const openTaskId = useTimelineUi((s) => s.openTaskId);
  const data = useTimelineRows(scope, view, fetchRange, filtersOpen, openTaskId !== null);
  // Booked blocks load after the bars' last page (a second, lazy read per window); days are counted in the same zone as today.
  const bookings = useTimelineBookings(scope, fetchRange, data.fetchWindow, zone, data.complete);
  const { move, create } = useTimelineMutations(scope, timelineHistory);
  const canUndo = useTimelineUi((s) => s.undoStack.length > 0);
  const canRedo = useTimelineUi((s) => s.redoStack.length > 0);
  const panelClosed = useTimelineUi((s) => s.panelClosed);

  const { undo, redo } = useUndoRedo(useTimelineUi, (entry, mode) =>
    move.mutate({
      group: entry.group,
      items: mode === 'undo' ? entry.backward : entry.forward,
      backward: mode === 'undo' ? entry.forward : entry.backward,
      label: `${mode === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`,
      history: mode,
      entry,
    }),
  );

  useEffect(() => useTimelineUi.getState().workspaceEntered(), [workspaceId]);

  const onCreate = useCallback(
    (row: TimelineRow, draft: { start: Day; end: Day; lane: number; name: string }) => {
      const others = row.tasks.map((t) => ({
        lane: row.lanes.get(t.id) ?? 0,
        start_date: t.start_date,
        end_date: t.end_date,
      }));
      create.mutate({
        group: view.group,
        groupId: row.id,
        name: draft.name,
        start: draft.start,
        end: draft.end,
        lane: resolveDropLane(others, draft.lane, draft.start, draft.end),
      });
    },
    [create, view.group],
  );
  const onFilters = useCallback((filters: Filters) => update({ filters }), [update]);
  const onScrolledTo = useCallback((start: Day) => update({ start }, { replace: true }), [update]);

  const openTask =
    openTaskId === null ? undefined : data.rows.flatMap((r) => r.tasks).find((t) => t.id === openTaskId);
  const names = userNameById(data.users);
  return (
    <section className="tl-page" aria-labelledby="tl-title">
      <div className="tl-top">
        <h1 id="tl-title">Timeline</h1>
        <Toolbar
          group={view.group}
          zoom={view.zoom}
          canUndo={canUndo}
          canRedo={canRedo}
          onGroup={(group: TaskGroupType) => update({ group })}
          onZoom={(zoom: Zoom) => update({ zoom })}
          onToday={() => update({ start: addDays(today, -3) })}
          onStep={(dir) => update({ start: addDays(view.start, dir * STEP_DAYS[view.zoom]) })}
          onUndo={undo}
          onRedo={redo}
        />
      </div>
      <ErrorBoundary what="the filters" kind="panel" queries={data.lookupKeys}>
        <TimelineFilters
          workspaceId={workspaceId}
          open={filtersOpen}
          onToggle={() => setFiltersOpen((o) => !o)}
          filters={view.filters}
          projects={data.projects}
          tags={data.tags}
          statuses={data.statuses}
          users={data.users}
          onChange={onFilters}
        />
      </ErrorBoundary>
      {data.error && <LoadError what="the timeline" error={data.error} onRetry={data.retry} />}
      <SkippedNotice queryKeys={data.readKeys} />
      <div className="tl-main">
        {data.pending && data.rows.length === 0 ? (
          <p className="page-message">Loading the timeline…</p>
        ) : (
          <TimelineGrid
            rows={data.rows}
            group={view.group}
            canvas={canvas}
            start={view.start}
            px={px}
            today={today}
            doneStatusIds={data.doneStatusIds}
            bookings={bookings}
            commit={move.mutate}
            onCreate={onCreate}
            onScrolledTo={onScrolledTo}
          />
        )}
        {openTask && (
          <ErrorBoundary
            what="the task's details"
            kind="panel"
            queries={[queryKeys.taskBlocks.task(scope, openTask.id)]}
            resetKey={openTask.id}
          >
            <SidePanel
              scope={scope}
              zone={zone}
              task={openTask}
              statusName={data.statuses?.find((s) => s.id === openTask.status_id)?.name}
              assigneeNames={(openTask.assignee_user_ids ?? []).map((id) => names.get(id) ?? `User ${id}`)}
              onClose={panelClosed}
            />
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
}
