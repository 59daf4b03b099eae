import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { milestoneQueries } from '@/web/lib/queries/milestones';
import { isDay, type DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { MilestoneWrites } from '../api/use-milestone-writes';
import { MilestoneContext, type MilestoneValue } from '../milestone-context';
import { useTimelineUi } from '../store';
import { MilestoneDialog } from './milestone-dialog';

interface Props {
  scope: WorkspaceScope;
  dataWindow: DayRange;
  writes: MilestoneWrites;
  children: ReactNode;
}

const NONE: never[] = [];

/** Reads the window's milestones (one request per data window) and gives them to the flags and lines. */
export function MilestoneProvider({ scope, dataWindow, writes, children }: Props) {
  const query = useQuery({
    ...milestoneQueries.window(scope, dataWindow),
    placeholderData: keepPreviousData,
  });
  const dialog = useTimelineUi((s) => s.milestoneDialog);
  const setDialog = useTimelineUi((s) => s.milestoneDialogOpened);
  // A milestone without a calendar due date has no place on the Timeline.
  const data = query.data;
  const list = useMemo(() => (data ? data.filter((m) => isDay(m.due_date)) : NONE), [data]);
  const { mutate } = writes;
  const value = useMemo<MilestoneValue>(
    () => ({
      list,
      change: (c) => {
        if (c) mutate({ ...c, history: 'record' });
      },
    }),
    [list, mutate],
  );
  const editing = dialog?.mode === 'edit' ? list.find((m) => m.id === dialog.id) : undefined;
  return (
    <MilestoneContext.Provider value={value}>
      {children}
      {dialog && (dialog.mode === 'create' || editing) && (
        <MilestoneDialog
          milestone={editing}
          date={dialog.mode === 'create' ? dialog.date : undefined}
          onCreate={writes.create}
          onChange={value.change}
          onClose={() => setDialog(null)}
        />
      )}
    </MilestoneContext.Provider>
  );
}
