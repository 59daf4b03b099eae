import { useCallback, useMemo, useRef, useState } from 'react';
import type { TaskGroupEntry, TaskGroupType } from '@/api/task-group';
import { addDays, type Day } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useTaskActions } from './api/use-task-actions';
import { useTaskCreate } from './api/use-task-create';
import type { TimelineRow } from './api/use-timeline-rows';
import type { DrawnTask } from './components/create-task-dialog';
import { timelineHistory, useTimelineUi } from './store';
import type { BarEditing } from './task-edit-context';
import { resolveDropLane } from './timeline-model';

/**
 * Everything the Timeline edits tasks with, built over the rows on screen (the old values an undo sends
 * back come from the bars): the actions, the create flow after drawing, and the stable bar context.
 */
export function useTaskEditing(scope: WorkspaceScope, rows: readonly TimelineRow[], grouping: TaskGroupType) {
  const entries = useMemo(() => {
    const map = new Map<number, TaskGroupEntry>();
    for (const r of rows) for (const t of r.tasks) if (!map.has(t.id)) map.set(t.id, t);
    return map;
  }, [rows]);
  const actions = useTaskActions(scope, (id) => entries.get(id));
  const create = useTaskCreate(scope, timelineHistory);
  const [drawn, setDrawn] = useState<(DrawnTask & { lane: number }) | null>(null);

  // The bars get one object for the page's life; it calls the latest actions.
  const latest = useRef(actions);
  latest.current = actions;
  const bar = useMemo<BarEditing>(() => ({ rename: (id, name) => latest.current.rename(id, name) }), []);

  /** After an archive or a delete: the gone tasks leave the selection and close their details. */
  const forget = (ids: readonly number[]) => {
    const ui = useTimelineUi.getState();
    if (ui.openTaskId !== null && ids.includes(ui.openTaskId)) ui.panelClosed();
    if (ui.selected.some((id) => ids.includes(id))) ui.selectionCleared();
  };

  const onDrawn = useCallback(
    (row: TimelineRow, draft: { start: Day; end: Day; lane: number }) => {
      const others = row.tasks.map((t) => ({
        lane: row.lanes.get(t.id) ?? 0,
        start_date: t.start_date,
        end_date: t.end_date,
      }));
      setDrawn({
        grouping,
        rowId: row.id,
        rowName: row.name,
        start: draft.start,
        end: draft.end,
        lane: resolveDropLane(others, draft.lane, draft.start, draft.end),
      });
    },
    [grouping],
  );

  /** The New task button: no row and no drawing; the dialog asks the dates (from `start`, three days). */
  const newTask = useCallback(
    (start: Day) =>
      setDrawn({ grouping, rowId: 0, rowName: '', start, end: addDays(start, 2), lane: 0, datesAsked: true }),
    [grouping],
  );

  return {
    actions,
    bar,
    entries,
    drawn,
    onDrawn,
    newTask,
    cancelDrawn: () => setDrawn(null),
    submitDrawn: (body: Parameters<typeof create.mutate>[0]['body']) => {
      if (drawn) create.mutate({ body, lane: drawn.lane });
      setDrawn(null);
    },
    archive: (ids: number[]) => {
      forget(ids);
      actions.archive(ids);
    },
    remove: (ids: number[]) => {
      forget(ids);
      actions.remove(ids);
    },
  };
}
export type TaskEditing = ReturnType<typeof useTaskEditing>;
