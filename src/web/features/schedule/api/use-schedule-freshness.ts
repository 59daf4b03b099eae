import { useQueryClient } from '@tanstack/react-query';
import type { TimeBlockWithTask } from '@/api/time-block';
import { blocksChangedAfter, tasksChangedAfter } from '@/web/lib/freshness/change-check';
import type { ChangeCheck } from '@/web/lib/freshness/runs';
import { useFreshness, type Freshness } from '@/web/lib/freshness/use-freshness';
import { addDays } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { CacheTargets } from './schedule-cache';
import { tasksOf, type TaskPages } from './task-list-pages';
import { blocksOutdated, checkRange, taskListOutdated, weekInstants } from './schedule-changes';

/**
 * The Schedule's freshness: the cheap question is two requests sent together, the blocks around the week
 * and the tasks changed since the week was read (newest first); the week (and the side list) are re-read
 * only when one of those changes what they show. Block writes of this tab are already in the week.
 */
export function useScheduleFreshness(scope: WorkspaceScope, targets: CacheTargets): Freshness {
  const qc = useQueryClient();
  const { weekStart, zone, archived, weekKey, tasksKey } = targets;
  const check: ChangeCheck = async (since, signal) => {
    const [blocks, tasks] = await Promise.all([
      blocksChangedAfter(scope, checkRange(weekStart, zone, archived), since, signal),
      tasksChangedAfter(scope, since, signal),
    ]);
    if (!blocks.complete || !tasks.complete) return true;
    const shown = qc.getQueryData<TimeBlockWithTask[]>(weekKey) ?? [];
    const listed = tasksOf(qc.getQueryData<TaskPages>(tasksKey));
    return (
      blocksOutdated(blocks.changed, shown, weekInstants(weekStart, zone)) ||
      taskListOutdated(tasks.changed, listed, { start: weekStart, end: addDays(weekStart, 6) })
    );
  };
  return useFreshness({ view: `schedule:${scope.workspaceId}`, keys: [weekKey, tasksKey], check, cost: 2 });
}
