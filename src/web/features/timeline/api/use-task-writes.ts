import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { settleHistory, type HistoryCallbacks, type HistoryMode } from '@/web/lib/history';
import { notifyConflict, notifySaveFailedKept, notifyWriteFailed } from '@/web/lib/notifications';
import { queryKeys } from '@/web/lib/query-keys';
import { refreshQueries } from '@/web/lib/refresh-queries';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { HistoryEntry, TaskEntry } from '../store';
import { requestOf, type TaskWrite } from '../task-writes';
import { checkTaskEdit, inverseOnServer, TaskEditConflict } from './check-task-edit';
import { retryHint } from './move-conflict';
import { rereadReturnedBookings } from './returning-bookings';
import { applyWrite, isWindowQuery, restoreSnapshot, takeSnapshot } from './task-write-cache';

export interface TaskWriteVars {
  write: TaskWrite;
  /** The write that undoes it (the history keeps both). */
  inverse: TaskWrite;
  /** What happened, announced on success ("Renamed 'A' to 'B'"). */
  label: string;
  /** What was tried, for the failure notice ("Renaming the task"). */
  what: string;
  history: HistoryMode;
  /** The step an undo or redo replays (a new change makes its own). */
  entry?: TaskEntry;
  /** Sent without asking whether someone else changed the same fields (the user chose to, after a conflict). */
  force?: boolean;
  /** A typed field's save: on failure the field keeps the text, and the notice says so. */
  keepsTyped?: boolean;
}

const announce = (text: string) => useAnnouncer.getState().announce(text);
const entryOf = (v: TaskWriteVars): TaskEntry =>
  v.entry ?? { kind: 'task', label: v.label, forward: v.write, backward: v.inverse };

/**
 * Task edits from the Timeline (details panel, rename, menu, selection): one request each, optimistic in every
 * cached window and detail, rolled back with a notice on failure, recorded for undo once it succeeded. They
 * share the Timeline's mutation scope, so they are serialized with the drops.
 */
export function useTaskWrites(scope: WorkspaceScope, history: HistoryCallbacks<HistoryEntry>) {
  const qc = useQueryClient();
  const mutation = useMutation({
    scope: { id: `timeline:${scope.workspaceId}` },
    mutationFn: async (v: TaskWriteVars) => {
      // An edit of fields (not an archive or a delete) first asks whether a teammate changed them meanwhile.
      if (v.write.op === 'patch' && v.inverse.op === 'patch' && !v.force)
        await checkTaskEdit(qc, scope, v.inverse.items);
      const r = requestOf(scope, v.write);
      return api('focus', r.path, { method: r.method, query: r.query, body: r.body });
    },
    onMutate: async (v) => {
      const snap = await takeSnapshot(qc, scope);
      const reread = applyWrite(qc, scope, v.write, snap);
      return { snap, reread };
    },
    onError: (err, v, ctx) => {
      restoreSnapshot(qc, ctx?.snap);
      if (err instanceof TaskEditConflict) {
        // Nothing was sent: the bars and the panel take the other person's values, and the user may still
        // send theirs over them (one click).
        void qc.invalidateQueries({ queryKey: queryKeys.timeline.all(scope), predicate: isWindowQuery });
        for (const id of err.ids) void qc.invalidateQueries({ queryKey: queryKeys.tasks.detail(scope, id) });
        tellTaskEditConflict(err, v, (again) => mutation.mutate(again));
      } else if (v.keepsTyped) {
        // The task is back as it was, but the field keeps the text (DraftInput): not "undone" for the user.
        notifySaveFailedKept(v.what, err);
      } else {
        notifyWriteFailed(v.what, err);
      }
      settleHistory(history, v.history, entryOf(v), false);
    },
    onSuccess: (_d, v, ctx) => {
      settleHistory(history, v.history, entryOf(v), true);
      announce(v.label);
      // Only what the browser cannot work out is read again: a filtered window, a row not loaded yet.
      for (const key of ctx?.reread ?? []) void refreshQueries(qc, key as QueryKey);
      rereadReturnedBookings(qc, scope, v.write);
      // The Schedule shows task names, estimates and states too: its cached weeks are read fresh next time.
      qc.removeQueries({ queryKey: queryKeys.schedule.all(scope), type: 'inactive' });
    },
  });
  const replay = (entry: TaskEntry, mode: 'undo' | 'redo') =>
    mutation.mutate({
      write: mode === 'undo' ? entry.backward : entry.forward,
      inverse: mode === 'undo' ? entry.forward : entry.backward,
      label: `${mode === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`,
      what: mode === 'undo' ? `Undoing “${entry.label}”` : `Redoing “${entry.label}”`,
      history: mode,
      entry,
    });
  return { ...mutation, replay };
}
export type TaskWrites = ReturnType<typeof useTaskWrites>;

/** Tells the user their edit was not sent because someone else changed the same fields; offers to send it. */
function tellTaskEditConflict(err: TaskEditConflict, v: TaskWriteVars, send: (again: TaskWriteVars) => void) {
  const what = v.history === 'record' ? 'change' : v.history;
  const text = `${err.message}; your ${what} was not saved.${retryHint(v.history)}`;
  // Sent over the teammate's values; its undo puts back theirs, not what the user saw before.
  const seen = v.inverse.op === 'patch' ? v.inverse.items : null;
  const action =
    v.history === 'record' && seen
      ? {
          label: 'Save mine anyway',
          run: () =>
            send({ ...v, force: true, inverse: { op: 'patch', items: inverseOnServer(seen, err.server) } }),
        }
      : undefined;
  notifyConflict(text, action);
  announce(text);
}
