import { useMutation, useQueryClient } from '@tanstack/react-query';
import { milestoneSchema, type Milestone, type MilestonePayload } from '@/api/milestone';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { settleHistory, type HistoryCallbacks, type HistoryMode } from '@/web/lib/history';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { queryKeys } from '@/web/lib/query-keys';
import type { DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { applyToWindow, draftMilestone, milestoneRequest, type MilestoneWrite } from '../milestone-writes';
import type { HistoryEntry, MilestoneEntry } from '../store';

export interface MilestoneVars {
  write: MilestoneWrite;
  /** The write that undoes it; for a create, made from the server's answer (see onSuccess). */
  inverse: MilestoneWrite | null;
  label: string;
  what: string;
  history: HistoryMode;
  entry?: MilestoneEntry;
}

let nextTemp = -1;
const announce = (text: string) => useAnnouncer.getState().announce(text);
const rangeOf = (key: readonly unknown[]) => key[2] as DayRange;

/**
 * Milestone writes of the Timeline: one request each, shown at once in every cached window, rolled back
 * with a notice on failure, recorded for undo once they succeeded. Nothing is read again afterwards.
 */
export function useMilestoneWrites(scope: WorkspaceScope, history: HistoryCallbacks<HistoryEntry>) {
  const qc = useQueryClient();
  const prefix = queryKeys.milestones.all(scope);
  const each = (fn: (list: Milestone[], range: DayRange) => Milestone[]) => {
    for (const [key, list] of qc.getQueriesData<Milestone[]>({ queryKey: prefix }))
      if (list) qc.setQueryData(key, fn(list, rangeOf(key)));
  };
  const mutation = useMutation({
    scope: { id: `milestones:${scope.workspaceId}` },
    mutationFn: async (v: MilestoneVars) => {
      const r = milestoneRequest(scope, v.write);
      if (v.write.op === 'create')
        return api('focus', r.path, { method: r.method, body: r.body, schema: milestoneSchema });
      await api('focus', r.path, { method: r.method, body: r.body });
      return null;
    },
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: prefix });
      const snap = qc.getQueriesData<Milestone[]>({ queryKey: prefix });
      const created =
        v.write.op === 'create' ? draftMilestone(v.write.tempId, scope.workspaceId, v.write.body) : undefined;
      each((list, range) => applyToWindow(list, range, v.write, created));
      return { snap };
    },
    onError: (err, v, ctx) => {
      for (const [key, list] of ctx?.snap ?? []) qc.setQueryData(key, list);
      notifyWriteFailed(v.what, err);
      if (v.inverse) settleHistory(history, v.history, entryOf(v, v.inverse), false);
    },
    onSuccess: (saved, v) => {
      let inverse = v.inverse;
      if (v.write.op === 'create' && saved) {
        const tempId = v.write.tempId;
        each((list) => list.map((m) => (m.id === tempId ? saved : m)));
        inverse = { op: 'delete', id: saved.id };
      }
      if (inverse) settleHistory(history, v.history, entryOf(v, inverse), true);
      announce(v.label);
    },
  });
  const entryOf = (v: MilestoneVars, inverse: MilestoneWrite): MilestoneEntry =>
    v.entry ?? { kind: 'milestone', label: v.label, forward: v.write, backward: inverse };

  const replay = (entry: MilestoneEntry, mode: 'undo' | 'redo') => {
    const write = mode === 'undo' ? entry.backward : entry.forward;
    mutation.mutate({
      // A create is redone by restoring the milestone its undo deleted (the same id, one request).
      write: write.op === 'create' ? redoOfCreate(entry, scope.workspaceId) : write,
      inverse: mode === 'undo' ? entry.forward : entry.backward,
      label: `${mode === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`,
      what: mode === 'undo' ? `Undoing “${entry.label}”` : `Redoing “${entry.label}”`,
      history: mode,
      entry,
    });
  };
  const create = (body: MilestonePayload) =>
    mutation.mutate({
      write: { op: 'create', tempId: nextTemp--, body },
      inverse: null,
      label: `Added milestone “${body.name}”`,
      what: 'Adding the milestone',
      history: 'record',
    });
  return { mutate: mutation.mutate, replay, create };
}
export type MilestoneWrites = ReturnType<typeof useMilestoneWrites>;

/** The restore that redoes a create: the milestone as it was created (its undo deleted it by id). */
function redoOfCreate(entry: MilestoneEntry, workspaceId: number): MilestoneWrite {
  if (entry.forward.op !== 'create' || entry.backward.op !== 'delete') return entry.forward;
  const id = entry.backward.id;
  return { op: 'restore', milestone: { ...draftMilestone(id, workspaceId, entry.forward.body), id } };
}
