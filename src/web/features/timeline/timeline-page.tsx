import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import { FreshnessStatus } from '@/web/components/ui/freshness-status';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { LoadError } from '@/web/components/ui/load-error';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { queryKeys } from '@/web/lib/query-keys';
import { addDays, type Day } from '@/web/lib/time/calendar-day';
import { DateFormatContext, useDateFormat } from '@/web/lib/time/use-date-format';
import { useUserZone } from '@/web/lib/time/use-user-zone';
import { useUndoRedo } from '@/web/lib/use-undo-redo';
import { dayOf } from '@/web/lib/time/zoned';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { useTimelineBookings } from './api/use-timeline-bookings';
import { useTimelineFreshness } from './api/use-timeline-freshness';
import { useTimelineMutations } from './api/use-timeline-mutations';
import { useTimelineRows } from './api/use-timeline-rows';
import { undrawableText } from './undrawable';
import { TimelineFilters } from './components/filters';
import { SidePanel } from './components/side-panel';
import { TaskEditLayer } from './components/task-edit-layer';
import { TimelineGrid } from './components/timeline-grid';
import { UnassignDialog } from './components/unassign-dialog';
import { MoreControls } from './components/more-controls';
import { NoMatches } from './components/no-matches';
import { Toolbar } from './components/toolbar';
import { AddMilestoneButton, WorkloadControls } from './components/workload-controls';
import { MilestoneProvider } from './components/milestone-provider';
import { useMilestoneWrites } from './api/use-milestone-writes';
import { WorkloadProvider } from './components/workload-provider';
import { canvasFor, PX_PER_DAY, STEP_DAYS, type Zoom } from './geometry';
import { timelineHistory, useTimelineUi } from './store';
import { useEscapeClearsSelection } from './keyboard/use-escape-clears-selection';
import { TaskEditContext } from './task-edit-context';
import { useTaskEditing } from './use-task-editing';
import { ArchivedTasksButton } from './components/archived-tasks';
import { fetchRangeOf } from './api/groups-read';
import { useViewState, type Filters } from './view-state';
import './timeline.css';
import './timeline-narrow.css';

/** Timeline: tasks as bars on rows of people, projects or tags; view state in the URL. */
export function TimelinePage() {
  const scope = useWorkspaceScope();
  const { workspaceId } = scope;
  // Before the settings arrive the browser's zone stands in (the bars are calendar days and do not wait).
  const { zone } = useUserZone();
  const dateFormat = useDateFormat();
  const today = dayOf(Date.now(), zone);
  const [view, update] = useViewState(today);
  // Where a new task or milestone starts: the view's first day, or today when the view starts before it.
  const firstNewDay = view.start < today ? today : view.start;
  const px = PX_PER_DAY[view.zoom];
  const canvas = useMemo(() => canvasFor(view.start, view.zoom), [view.start, view.zoom]);
  const { start, zoom } = view;
  const fetchRange = useMemo(() => fetchRangeOf({ start, zoom }), [start, zoom]);
  // Open when the URL carries a select filter (a shared link shows what it filters by).
  const [filtersOpen, setFiltersOpen] = useState(() => Object.keys(view.filters).some((k) => k !== 'q'));
  const openTaskId = useTimelineUi((s) => s.openTaskId);
  const data = useTimelineRows(scope, view, fetchRange, filtersOpen, openTaskId !== null);
  // Booked blocks load once the first rows are in (a second read per window, off the bars' path); days are
  // counted in the same zone as today.
  const marks = useTimelineBookings(scope, fetchRange, data.fetchWindow, zone, !data.pending);
  const { move } = useTimelineMutations(scope, timelineHistory);
  const milestones = useMilestoneWrites(scope, timelineHistory);
  const editing = useTaskEditing(scope, data.rows, view.group);
  const freshness = useTimelineFreshness(scope, view.group);
  const canUndo = useTimelineUi((s) => s.undoStack.length > 0);
  const canRedo = useTimelineUi((s) => s.redoStack.length > 0);
  const panelClosed = useTimelineUi((s) => s.panelClosed);

  const { undo, redo } = useUndoRedo(useTimelineUi, (entry, mode) =>
    entry.kind === 'task'
      ? editing.actions.writes.replay(entry, mode)
      : entry.kind === 'milestone'
        ? milestones.replay(entry, mode)
        : move.mutate({
            group: entry.group,
            items: mode === 'undo' ? entry.backward : entry.forward,
            label: `${mode === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`,
            history: mode,
            entry,
          }),
  );

  useEffect(() => useTimelineUi.getState().workspaceEntered(), [workspaceId]);
  useEscapeClearsSelection();

  const onFilters = useCallback((filters: Filters) => update({ filters }), [update]);
  // Filters that match nothing in the loaded dates: a message instead of a grid of empty rows.
  const noMatch =
    Object.keys(view.filters).length > 0 &&
    !data.pending &&
    !data.error &&
    !data.hasMore &&
    data.rows.every((r) => r.tasks.length === 0);
  // A settled scroll applies to the view it was measured on, or to the start the scroller wrote last (still
  // rendering in its transition); dropped if the user has navigated since (Today clicked mid-settle).
  const scrolledStart = useRef<Day | null>(null);
  const onScrolledTo = useCallback(
    (start: Day) => {
      const starts = scrolledStart.current ? [view.start, scrolledStart.current] : [view.start];
      const applied = update({ start }, { replace: true, measuredOn: { starts, zoom: view.zoom } });
      if (applied) scrolledStart.current = start;
      return applied;
    },
    [update, view.start, view.zoom],
  );
  // An explicit navigation: a scroll measured before it no longer applies.
  const navigate = useCallback(
    (patch: Parameters<typeof update>[0]) => {
      scrolledStart.current = null;
      update(patch);
    },
    [update],
  );
  const onToggleFilters = useCallback(() => setFiltersOpen((o) => !o), []);
  const onGroup = useCallback((group: TaskGroupType) => navigate({ group }), [navigate]);
  const onZoom = useCallback((zoom: Zoom) => navigate({ zoom }), [navigate]);
  const onZoomTo = useCallback((zoom: Zoom, start: Day) => navigate({ zoom, start }), [navigate]);
  // Today moves the grid back even when the URL already starts there (the grid was scrolled since).
  const [jumps, setJumps] = useState(0);
  const onToday = useCallback(() => {
    startTransition(() => setJumps((n) => n + 1));
    navigate({ start: addDays(today, -3) });
  }, [navigate, today]);
  const onStep = useCallback(
    (dir: -1 | 1) => navigate({ start: addDays(view.start, dir * STEP_DAYS[view.zoom]) }),
    [navigate, view.start, view.zoom],
  );

  const openTask = useMemo(
    () =>
      openTaskId === null ? undefined : data.rows.flatMap((r) => r.tasks).find((t) => t.id === openTaskId),
    [openTaskId, data.rows],
  );
  const names = data.names;
  return (
    <section
      className="tl-page"
      aria-labelledby="tl-title"
      // Whether the bars' booked time is in (their names and marks change when it lands): for tests and tools.
      data-booked-time={marks.loading ? 'loading' : marks.bookings ? 'shown' : 'none'}
    >
      <div className="tl-top">
        <h1 id="tl-title">Timeline</h1>
        <Toolbar
          group={view.group}
          zoom={view.zoom}
          canUndo={canUndo}
          canRedo={canRedo}
          onGroup={onGroup}
          onZoom={onZoom}
          onToday={onToday}
          onStep={onStep}
          onUndo={undo}
          onRedo={redo}
        />
        <FreshnessStatus freshness={freshness} what="the timeline" />
        <MoreControls>
          {/* Drawing a bar needs a mouse or a pen: this is the way for a keyboard, a finger or a screen reader. */}
          <button type="button" className="btn" onClick={() => editing.newTask(firstNewDay)}>
            New task
          </button>
          <AddMilestoneButton day={firstNewDay} />
          <ArchivedTasksButton scope={scope} actions={editing.actions} />
          {view.group === 'users' && <WorkloadControls />}
        </MoreControls>
        {marks.loading && !data.pending && (
          // The bars come first; their booked days and remaining time follow from a second, larger read.
          <span className="tl-status" role="status">
            Loading booked time…
          </span>
        )}
      </div>
      <ErrorBoundary what="the filters" kind="panel" queries={data.lookupKeys}>
        <TimelineFilters
          workspaceId={workspaceId}
          open={filtersOpen}
          onToggle={onToggleFilters}
          filters={view.filters}
          // The option lists only while the select filters are shown: closed, the form (its search input)
          // does not re-render as pages of data arrive.
          projects={filtersOpen ? data.projects : undefined}
          tags={filtersOpen ? data.tags : undefined}
          statuses={filtersOpen ? data.statuses : undefined}
          users={filtersOpen ? data.users : undefined}
          onChange={onFilters}
        />
      </ErrorBoundary>
      {data.error && <LoadError what="the timeline" error={data.error} onRetry={data.retry} />}
      {/* What the bars' reads and the booked-time read left out, in one notice. */}
      <SkippedNotice queryKeys={[...data.readKeys, marks.readKey]} />
      {data.undrawable.length > 0 && (
        <p className="data-notice" role="status" data-testid="undrawable-notice">
          {undrawableText(data.undrawable)}
        </p>
      )}
      <DateFormatContext.Provider value={dateFormat}>
        <TaskEditContext.Provider value={editing.bar}>
          <div className="tl-main">
            {data.pending && data.rows.length === 0 ? (
              <p className="page-message">Loading the timeline…</p>
            ) : noMatch ? (
              <NoMatches filters={view.filters} />
            ) : (
              <WorkloadProvider
                scope={scope}
                group={view.group}
                zoom={view.zoom}
                viewStart={view.start}
                dataWindow={data.fetchWindow}
                rows={data.rows}
              >
                <MilestoneProvider scope={scope} dataWindow={data.fetchWindow} writes={milestones}>
                  <TimelineGrid
                    rows={data.rows}
                    group={view.group}
                    canvas={canvas}
                    start={view.start}
                    jumps={jumps}
                    px={px}
                    today={today}
                    doneStatusIds={data.doneStatusIds}
                    bookings={marks.bookings}
                    hasMore={data.hasMore}
                    loadingMore={data.loadingMore}
                    loadMore={data.loadMore}
                    commit={move.mutate}
                    onCreate={editing.onDrawn}
                    onScrolledTo={onScrolledTo}
                    onZoomTo={onZoomTo}
                  />
                </MilestoneProvider>
              </WorkloadProvider>
            )}
            <UnassignDialog nameOf={(id) => names.get(id) ?? `User ${id}`} commit={move.mutate} />
            {openTask && (
              <ErrorBoundary
                what="the task's details"
                kind="panel"
                queries={[
                  queryKeys.tasks.detail(scope, openTask.id),
                  queryKeys.taskBlocks.task(scope, openTask.id),
                ]}
                resetKey={openTask.id}
              >
                <SidePanel
                  scope={scope}
                  zone={zone}
                  task={openTask}
                  statuses={data.statuses}
                  users={data.users}
                  names={data.names}
                  actions={editing.actions}
                  onArchive={editing.archive}
                  onClose={panelClosed}
                />
              </ErrorBoundary>
            )}
          </div>
        </TaskEditContext.Provider>
      </DateFormatContext.Provider>
      <TaskEditLayer scope={scope} editing={editing} users={data.users} statuses={data.statuses} />
    </section>
  );
}
