import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskSchema, type TaskCreate } from '@/api/task';
import type { TaskGroupEntry } from '@/api/task-group';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import type { HistoryCallbacks } from '@/web/lib/history';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { refreshQueries } from '@/web/lib/refresh-queries';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';
import type { HistoryEntry } from '../store';
import { entryOfTask, placementsFor } from '../task-writes';
import { applyWrite, restoreSnapshot, takeSnapshot } from './task-write-cache';

export interface CreateVars {
  /** What the server gets: the drawn dates and what the dialog filled in. */
  body: TaskCreate & { start_date: string; end_date: string };
  /** The lane it was drawn on (kept on screen until the next read of the window). */
  lane: number;
}

let tempId = -1;

/**
 * A task drawn on the Timeline, with the details the dialog took: one POST. Its bar shows at once in every row
 * it belongs to (its assignees, project, tag) and is swapped for the server's task when the answer comes, so
 * nothing is read again. Undo deletes it; redo restores the same task.
 */
export function useTaskCreate(scope: WorkspaceScope, history: HistoryCallbacks<HistoryEntry>) {
  const qc = useQueryClient();
  const announce = (text: string) => useAnnouncer.getState().announce(text);
  return useMutation({
    scope: { id: `timeline:${scope.workspaceId}` },
    mutationFn: (v: CreateVars) =>
      api('focus', `${workspacePath(scope)}/tasks`, { method: 'POST', body: v.body, schema: taskSchema }),
    onMutate: async (v) => {
      const snap = await takeSnapshot(qc, scope);
      const temp: TaskGroupEntry = {
        id: tempId--,
        name: v.body.name,
        allocation_unit: 'flat',
        estimate_type: v.body.estimate_type ?? 'total',
        private: false,
        source: 'plan',
        status_id: 0,
        start_date: v.body.start_date,
        end_date: v.body.end_date,
        weight: v.lane,
        assignee_user_ids: v.body.assignee_user_ids ?? [],
        project_id: v.body.project_id ?? null,
        estimated_mins: v.body.estimated_mins ?? null,
      };
      const placements = placementsFor(temp, v.body.tag_ids ?? []);
      applyWrite(qc, scope, { op: 'restore', ids: [temp.id], placements }, snap);
      return { snap, temp };
    },
    onError: (err, _v, ctx) => {
      restoreSnapshot(qc, ctx?.snap);
      notifyWriteFailed('Creating the task', err);
    },
    onSuccess: async (task, v, ctx) => {
      const entry = entryOfTask(task, v.lane);
      const placements = placementsFor(entry, task.tag_ids);
      const gone = await takeSnapshot(qc, scope);
      applyWrite(qc, scope, { op: 'delete', ids: [ctx.temp.id] }, gone);
      const reread = applyWrite(
        qc,
        scope,
        { op: 'restore', ids: [task.id], placements },
        await takeSnapshot(qc, scope),
      );
      for (const key of reread) void refreshQueries(qc, key);
      const label = `Created “${task.name}”`;
      history.recorded({
        kind: 'task',
        label,
        forward: { op: 'restore', ids: [task.id], placements, booked: [] },
        backward: { op: 'delete', ids: [task.id] },
      });
      announce(`${label} from ${task.start_date} to ${task.end_date}.`);
    },
  });
}
