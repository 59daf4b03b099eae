import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { TaskGroupType } from '@/api/task-group';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { settleHistory, type HistoryCallbacks, type HistoryMode } from '@/web/lib/history';
import { notifyWarning, notifyWriteFailed, useNotices } from '@/web/lib/notifications';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { HistoryEntry, MoveEntry } from '../store';
import type { Landing } from '../landing';
import { applyLandings, planLandings, undoItems } from '../landing-cache';
import { mergeChunks, type MoveItem } from '../timeline-model';
import { checkMove, MoveConflict } from './check-move';
import { tellMoveConflict } from './move-conflict';
import { groupsPath, type WindowData } from './timeline-queries';

export interface MoveVars {
  group: TaskGroupType;
  items: MoveItem[];
  /** What happened, for the announcer ("Moved 'X' to 3 Dec – 5 Dec"). */
  label: string;
  history: HistoryMode;
  /** The step an undo or redo replays (a new change makes its own). */
  entry?: MoveEntry;
  /** Sent without a conflict check: the user saw someone else's change and chose to apply theirs anyway. */
  force?: boolean;
  /** Said once the move is saved: it left time blocks outside a task's dates (outsideWarning). */
  warning?: string;
}

type Snapshot = [QueryKey, WindowData | undefined][];
const rangeOf = (key: QueryKey) => timelineWindowOf(key).range;
const announce = (text: string) => useAnnouncer.getState().announce(text);

// The landings onMutate worked out for a drop, for its conflict check in mutationFn.
const landingsOf = new WeakMap<MoveVars, Landing[]>();
// The warning a move left on screen (blocks outside a task's dates): its undo takes the warning away.
const warningOf = new WeakMap<MoveEntry, number>();

/** The history step of a move: the one it replays, or a new one (its undo worked out when it was sent). */
const entryOf = (v: MoveVars, backward: MoveItem[] = []): MoveEntry =>
  v.entry ?? { group: v.group, label: v.label, forward: v.items, backward };

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
    // Serialized with the other writes: the check of a drop sees the drops before it done.
    mutationFn: async (v: MoveVars) => {
      const checked = await checkMove(qc, scope, v.group, landingsOf.get(v) ?? [], v.force ?? false);
      await api('focus', groupsPath(scope, v.group), { method: 'PATCH', body: v.items });
      return checked;
    },
    onMutate: async (v) => {
      const snap = await begin(v.group);
      // Where each task lands, worked out as the server does it on every row the cache holds.
      const landings = planLandings(v.group, mergeChunks(snap.flatMap(([, d]) => d?.pages ?? [])), v.items);
      // Every cached window (and each of its pages) holding the task or its new dates follows the drop.
      for (const [key, data] of snap) {
        if (data)
          qc.setQueryData<WindowData>(key, {
            ...data,
            pages: data.pages.map((p) => applyLandings(p, rangeOf(key), landings)),
          });
      }
      landingsOf.set(v, landings);
      return { snap, backward: undoItems(v.group, landings) };
    },
    onError: (err, v, ctx) => {
      restore(ctx?.snap);
      if (err instanceof MoveConflict) {
        // Nothing was sent: the rows take the other person's state, and the drop can be sent again on it.
        void qc.invalidateQueries({ queryKey: queryKeys.timeline.grouping(scope, v.group) });
        tellMoveConflict(err, v, (again) => move.mutate(again));
      } else {
        notifyWriteFailed(v.items.length > 1 ? `Moving ${v.items.length} tasks` : 'Moving the task', err);
      }
      settleHistory(history, v.history, entryOf(v, ctx?.backward), false);
    },
    onSuccess: (_d, v, ctx) => {
      const entry = entryOf(v, ctx.backward);
      settleHistory(history, v.history, entry, true);
      // The warning is said by its own notice (an alert), not a second time here.
      announce(v.label);
      if (v.warning) warningOf.set(entry, notifyWarning(v.warning));
      const left = v.history === 'undo' ? warningOf.get(entry) : undefined;
      if (left !== undefined) useNotices.getState().dismiss(left);
    },
    onSettled: (checked, err, v) => {
      void staleOtherGroupings(v.group);
      // The optimistic rows equal the server's after a success. Re-read this grouping once when the check
      // saw other changes, after a drop sent on rows that may be outdated (forced), or after a failure with
      // later drops queued (their snapshots may be outdated).
      const queued = qc.isMutating({ predicate: (m) => m.options.scope?.id === mutationScope.id }) > 1;
      if (checked?.othersChanged || (v.force && !err) || (err && !(err instanceof MoveConflict) && queued))
        void qc.invalidateQueries({ queryKey: queryKeys.timeline.grouping(scope, v.group) });
    },
  });

  return { move };
}
