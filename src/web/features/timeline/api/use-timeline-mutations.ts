import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { TaskGroupType } from '@/api/task-group';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { settleHistory, type HistoryCallbacks, type HistoryMode } from '@/web/lib/history';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { HistoryEntry, MoveEntry } from '../store';
import { applyMoves, entriesById, mergeChunks, type MoveItem } from '../timeline-model';
import { groupsPath, type WindowData } from './timeline-queries';

export interface MoveVars {
  group: TaskGroupType;
  items: MoveItem[];
  backward: MoveItem[];
  /** What happened, for the announcer ("Moved 'X' to 3 Dec – 5 Dec"). */
  label: string;
  history: HistoryMode;
  /** The step an undo or redo replays (a new change makes its own). */
  entry?: MoveEntry;
}

type Snapshot = [QueryKey, WindowData | undefined][];
const rangeOf = (key: QueryKey) => timelineWindowOf(key).range;
const announce = (text: string) => useAnnouncer.getState().announce(text);

/** The history step of a move: the one it replays, or a new one. */
const entryOf = (v: MoveVars): MoveEntry =>
  v.entry ?? { group: v.group, label: v.label, forward: v.items, backward: v.backward };

/**
 * Timeline writes, optimistic with rollback. All writes of a workspace's timeline share one mutation
 * scope: writes to a task are serialized (a superset of per-task order, since one drop may carry
 * several tasks), so two quick drops end in the state of the last one.
 */
export function useTimelineMutations(scope: WorkspaceScope, history: HistoryCallbacks<HistoryEntry>) {
  const qc = useQueryClient();
  const ws = scope.workspaceId;
  const mutationScope = { id: `timeline:${ws}` };

  const begin = async (group: TaskGroupType) => {
    const queryKey = queryKeys.timeline.grouping(scope, group);
    await qc.cancelQueries({ queryKey });
    return qc.getQueriesData<WindowData>({ queryKey });
  };
  const restore = (snap: Snapshot | undefined) => snap?.forEach(([key, data]) => qc.setQueryData(key, data));
  // Other groupings show the same tasks (dates, assignees): mark them stale, fetch when next shown.
  const staleOtherGroupings = (group: TaskGroupType) =>
    qc.invalidateQueries({
      queryKey: queryKeys.timeline.all(scope),
      predicate: (q) => timelineWindowOf(q.queryKey).group !== group,
      refetchType: 'none',
    });

  const move = useMutation({
    scope: mutationScope,
    mutationFn: (v: MoveVars) => api('focus', groupsPath(scope, v.group), { method: 'PATCH', body: v.items }),
    onMutate: async (v) => {
      const snap = await begin(v.group);
      const before = entriesById(mergeChunks(snap.flatMap(([, d]) => d?.pages ?? [])));
      // Every cached window (and each of its pages) holding the task or its new dates follows the drop.
      for (const [key, data] of snap) {
        if (data)
          qc.setQueryData<WindowData>(key, {
            ...data,
            pages: data.pages.map((p) => applyMoves(p, rangeOf(key), v.group, v.items, before)),
          });
      }
      return { snap };
    },
    onError: (err, v, ctx) => {
      restore(ctx?.snap);
      notifyWriteFailed(v.items.length > 1 ? `Moving ${v.items.length} tasks` : 'Moving the task', err);
      announce('The move failed and was undone.');
      settleHistory(history, v.history, entryOf(v), false);
    },
    onSuccess: (_d, v) => {
      settleHistory(history, v.history, entryOf(v), true);
      announce(v.label);
    },
    onSettled: (_d, err, v) => {
      void staleOtherGroupings(v.group);
      // The optimistic rows equal the server's after a success; after a failure with later drops queued,
      // the snapshot may be outdated: re-read this grouping once.
      if (err && qc.isMutating({ predicate: (m) => m.options.scope?.id === mutationScope.id }) > 1)
        void qc.invalidateQueries({ queryKey: queryKeys.timeline.grouping(scope, v.group) });
    },
  });

  return { move };
}
