import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import { describeError } from '@/web/lib/api-error';
import type { LoadsByUser } from '@/web/lib/load-model';
import { useNotices } from '@/web/lib/notifications';
import type { Day, DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useCapacityWindow } from '../api/use-capacity-window';
import type { TimelineRow } from '../api/use-timeline-rows';
import type { Zoom } from '../geometry';
import { useTimelineUi } from '../store';
import { adjustLoads, placementsOf, type Placement } from '../workload-adjust';
import { WorkloadContext, type WorkloadValue } from '../workload-context';

interface Props {
  scope: WorkspaceScope;
  group: TaskGroupType;
  zoom: Zoom;
  viewStart: Day;
  dataWindow: DayRange;
  rows: TimelineRow[];
  children: ReactNode;
}

/** Reads the strips' capacities (People grouping only) and hands them to the rows' strips. */
export function WorkloadProvider({ scope, group, zoom, viewStart, dataWindow, rows, children }: Props) {
  const includeDrafts = useTimelineUi((s) => s.includeDrafts);
  const on = group === 'users';
  // The people in view as a key: a new page of the same people is the same read.
  const idsKey = on
    ? rows
        .map((r) => r.id)
        .filter((id) => id !== 0)
        .join(',')
    : '';
  const userIds = useMemo(() => (idsKey ? idsKey.split(',').map(Number) : []), [idsKey]);
  const window = useCapacityWindow(scope, { on, zoom, viewStart, dataWindow, userIds }, includeDrafts);
  // The rows' tasks as they were when the capacities were read: what changed on screen since then moves the
  // loads too (see adjustLoads), so a drop shows in the strip without another read.
  const snap = useRef<{ loads: LoadsByUser; placements: Map<number, Placement> } | null>(null);
  if (snap.current?.loads !== window.loads)
    snap.current = { loads: window.loads, placements: placementsOf(rows) };
  const base = snap.current.placements;
  const adjusted = useMemo(
    () =>
      on ? adjustLoads(window.loads, window.unit, base, placementsOf(rows), window.holidays) : window.loads,
    [on, window, base, rows],
  );
  const shown = useMemo(
    () => (adjusted === window.loads ? window : { ...window, loads: adjusted }),
    [window, adjusted],
  );
  // A failed read leaves the strips out; the user is told once, in plain words, with Retry.
  const { error } = window;
  const retry = useRef(window.retry);
  retry.current = window.retry;
  useEffect(() => {
    if (error)
      useNotices
        .getState()
        .push('error', `The workload strips could not be loaded: ${describeError(error)}`, {
          label: 'Retry',
          run: () => retry.current(),
        });
  }, [error]);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const value = useMemo<WorkloadValue | null>(
    () =>
      on
        ? {
            window: shown,
            taskOf: (id) => {
              for (const r of rowsRef.current) {
                const t = r.tasks.find((x) => x.id === id);
                if (t) return t;
              }
              return undefined;
            },
          }
        : null,
    [on, shown],
  );
  return <WorkloadContext.Provider value={value}>{children}</WorkloadContext.Provider>;
}
