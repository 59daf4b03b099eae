import { useCallback, useState, type KeyboardEvent } from 'react';
import { FreshnessStatus } from '@/web/components/ui/freshness-status';
import { LoadError } from '@/web/components/ui/load-error';
import { NARROW_SCREEN, useMediaQuery } from '@/web/lib/use-media-query';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { queryKeys } from '@/web/lib/query-keys';
import { useUndoRedo } from '@/web/lib/use-undo-redo';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { useBlockMutations } from './api/block-mutations';
import { scheduleQueries } from './api/schedule-queries';
import { useScheduleFreshness } from './api/use-schedule-freshness';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { ROW_HEIGHT } from './components/schedule-grid';
import { ScheduleBoard } from './components/schedule-board';
import { ScheduleToolbar } from './components/schedule-toolbar';
import { TaskList } from './components/task-list';
import type { Block } from './schedule-model';
import { scheduleHistory, useScheduleUi } from './store';
import { useAxis } from './use-axis';
import { useScheduleData } from './use-schedule-data';
import { useScheduleView, type ScheduleView } from './view-state';
import './schedule.css';

/** Schedule: people (or one person's days) against hours; tasks become booked time by drag and drop. */
export function SchedulePage() {
  const [view, changeView] = useScheduleView();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const schedule = useScheduleData(view, narrow);
  const selected = useScheduleUi((s) => s.selected);
  const rowMode = schedule.rowMode;
  // Other rows show other blocks: a selection does not outlive its rows.
  const setView = (patch: Partial<ScheduleView>) => {
    if (patch.rows) useScheduleUi.getState().selectionCleared();
    changeView(patch);
  };
  const [confirming, setConfirming] = useState(false);
  const targets = {
    weekKey: scheduleQueries.week(schedule.scope, schedule.weekStart, schedule.filters).queryKey,
    tasksKey: schedule.tasksKey,
    workspaceId: schedule.scope.workspaceId,
    weekStart: schedule.weekStart,
    zone: schedule.zone,
    archived: schedule.filters.archived,
  };
  const writes = useBlockMutations(schedule.scope, targets, scheduleHistory);
  const freshness = useScheduleFreshness(schedule.scope, targets);
  const blocks = schedule.blocks;
  const axis = useAxis(schedule.rows, blocks, {
    view,
    rowMode,
    focusUser: schedule.focusUser,
    zone: schedule.zone,
    rowHeight: ROW_HEIGHT,
  });
  const closer = axis.closerZoom;
  // Stable while the closer zoom stays: the memoized rows get it.
  const zoomIn = useCallback(() => {
    if (closer) changeView({ zoom: closer });
  }, [closer, changeView]);
  const selectedBlocks = () => blocks.filter((b) => selected.includes(b.id));

  const fmt = useDateFormat();
  const { undo, redo } = useUndoRedo(useScheduleUi, (entry, mode) => {
    const label = `${mode === 'undo' ? 'Undo' : 'Redo'}: ${entry.label}`;
    if (entry.kind === 'presence') {
      const back = entry.forward === 'delete' ? 'restore' : 'delete';
      writes.presence.mutate({ entry, to: mode === 'undo' ? back : entry.forward, history: mode, label });
    } else
      writes.patch.mutate({
        items: mode === 'undo' ? entry.backward : entry.forward,
        label,
        history: mode,
        entry,
      });
  });

  // Stable, so memoized rows and blocks do not re-render when the page does (it reads the store when called).
  const onBlockKey = useCallback((e: KeyboardEvent, block: Block) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const ui = useScheduleUi.getState();
      if (!ui.selected.includes(block.id)) ui.blockClicked(block.id, false);
      setConfirming(true);
    }
  }, []);
  const remaining = (taskId: number) => {
    const task = schedule.taskList.tasks.find((x) => x.id === taskId);
    const left = task?.estimated_mins != null ? task.estimated_mins - task.total_blocked_time / 60 : 0;
    // Book what is left of the estimate (15 min to 2 h), else one hour.
    return left > 0 ? Math.min(120, Math.max(15, Math.round(left / 15) * 15)) : 60;
  };

  // The rows are people and the blocks are the week's: without either there is no grid to show. A re-read that
  // failed keeps what was read before on screen, with the failure said above it.
  const failed = [schedule.weekQuery, schedule.usersQuery].filter((q) => q.isError);
  const missing = failed.some((q) => q.data === undefined);
  const usersKey = queryKeys.organization.people(schedule.scope);
  return (
    <section className="page sch-page" aria-busy={schedule.weekQuery.isFetching}>
      <ErrorBoundary what="the schedule's toolbar" kind="panel" queries={[usersKey]}>
        <ScheduleToolbar
          weekStart={schedule.weekStart}
          today={schedule.today}
          day={schedule.day}
          zone={schedule.zone}
          users={schedule.people}
          focusUser={schedule.focusUser}
          span={schedule.span}
          view={view}
          status={<FreshnessStatus freshness={freshness} what="the schedule" />}
          onView={setView}
          selection={{
            busy: writes.patch.isPending,
            onComplete: () => {
              const items = selectedBlocks()
                .filter((b) => !b.completed_at)
                .map((b) => ({ id: b.id, completed: true }));
              if (items.length)
                writes.patch.mutate({ items, label: 'Marking blocks complete', history: 'record' });
            },
            onArchive: () => {
              for (const block of selectedBlocks())
                writes.archive.mutate({ block, restoreIt: schedule.filters.archived });
              useScheduleUi.getState().selectionCleared();
            },
            onDelete: () => setConfirming(true),
            onUndo: undo,
            onRedo: redo,
          }}
        />
      </ErrorBoundary>
      <SkippedNotice queryKeys={[targets.weekKey, targets.tasksKey, usersKey]} />
      {failed.length ? (
        <LoadError
          inline={!missing}
          what={missing ? 'the schedule' : 'the latest schedule (this is what was read before)'}
          error={failed[0].error}
          onRetry={() => Promise.all(failed.map((q) => q.refetch()))}
          retrying={failed.some((q) => q.isFetching)}
        />
      ) : schedule.weekQuery.isPending ? (
        <p className="page-message">Loading time blocks…</p>
      ) : null}
      {missing ? null : (
        <ScheduleBoard
          rows={schedule.rows}
          index={schedule.index}
          selected={selected}
          geometry={axis.geometry}
          onAvailableWidth={axis.setAvailable}
          handlers={{
            blocks: () => blocks,
            zone: schedule.zone,
            meId: schedule.meId,
            defaultMinutes: remaining,
            when: (instant) => fmt.dateTime(instant, schedule.zone),
            patch: (items, label) => writes.patch.mutate({ items, label, history: 'record' }),
            create: (taskId, start, minutes, userId) =>
              writes.create.mutate({ items: [{ task_id: taskId, start, duration: minutes * 60 }], userId }),
          }}
          onSelect={useScheduleUi.getState().blockClicked}
          onKey={onBlockKey}
          onZoomIn={closer ? zoomIn : null}
          side={
            <ErrorBoundary what="the task list" kind="panel" queries={[targets.tasksKey]}>
              {schedule.tasksQuery.isError && !schedule.tasksQuery.data ? (
                <LoadError
                  inline
                  what="the tasks"
                  error={schedule.tasksQuery.error}
                  onRetry={() => schedule.tasksQuery.refetch()}
                />
              ) : (
                <TaskList
                  {...schedule.taskList}
                  loading={schedule.tasksQuery.isPending}
                  more={
                    schedule.tasksQuery.hasNextPage && !schedule.tasksQuery.isFetchingNextPage
                      ? () => void schedule.tasksQuery.fetchNextPage()
                      : undefined
                  }
                />
              )}
            </ErrorBoundary>
          }
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete ${selected.length} time block${selected.length === 1 ? '' : 's'}?`}
        message="Deleted blocks leave the schedule; their booked time goes back to the tasks' unscheduled estimates."
        confirmLabel="Delete"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (selected.length) writes.remove.mutate([...selected]);
        }}
      />
    </section>
  );
}
