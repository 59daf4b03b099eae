import { useQueryClient } from '@tanstack/react-query';
import type { TaskGroupType } from '@/api/task-group';
import { tasksChangedAfter } from '@/web/lib/freshness/change-check';
import type { ChangeCheck } from '@/web/lib/freshness/runs';
import { useFreshness, type Freshness } from '@/web/lib/freshness/use-freshness';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { mergeChunks } from '../timeline-model';
import { rowsOutdated } from './timeline-changes';
import type { WindowData } from './timeline-queries';

/**
 * The Timeline's freshness: the cheap question is one request, the tasks changed since the rows were read
 * (newest first); the rows (and the booked-time marks) are re-read only when one of those changes what the
 * rows show: a bar elsewhere or otherwise, or a new task in their days. The user's own drops are already in
 * the rows, so they ask for nothing.
 */
export function useTimelineFreshness(scope: WorkspaceScope, group: TaskGroupType): Freshness {
  const qc = useQueryClient();
  const rowsKey = queryKeys.timeline.grouping(scope, group);
  const check: ChangeCheck = async (since, signal) => {
    const { changed, complete } = await tasksChangedAfter(scope, since, signal);
    if (!complete) return true;
    const active = qc.getQueryCache().findAll({ queryKey: rowsKey, type: 'active' });
    const rows = mergeChunks(active.flatMap((q) => (q.state.data as WindowData | undefined)?.pages ?? []));
    return rowsOutdated(
      group,
      changed,
      rows,
      active.map((q) => timelineWindowOf(q.queryKey).range),
    );
  };
  return useFreshness({
    view: `timeline:${scope.workspaceId}`,
    keys: [rowsKey, queryKeys.timeline.blocks(scope)],
    check,
  });
}
