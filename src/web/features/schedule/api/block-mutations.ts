import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  timeBlocksSchema,
  type TimeBlockCreateWithTask,
  type TimeBlockPatchItem,
  type TimeBlockWithTask,
} from '@/api/time-block';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { settleHistory, type HistoryCallbacks, type HistoryMode } from '@/web/lib/history';
import { notifyWarning, notifyWriteFailed } from '@/web/lib/notifications';
import { dateFormatIn } from '@/web/lib/time/use-date-format';
import { newlyOutside, outsideDatesText, outsideTaskDates, type OutsideDates } from '../outside-dates';
import { refreshTimeBlockReads } from '@/web/lib/refresh-queries';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { applyPatches, reversePatches } from '../schedule-model';
import { useScheduleUi, type HistoryEntry, type PatchEntry, type PresenceEntry } from '../store';
import { BlockConflict, checkBlocks } from './check-blocks';
import { tellBlockConflict } from './block-conflict';
import { blocksPath, taskBlockPath } from './schedule-queries';
import { tasksOf, type TaskPages } from './task-list-pages';
import {
  addBookedSeconds,
  bookedDelta,
  restore,
  setBlocks,
  snapshot,
  staleOtherWeeks,
  type CacheTargets,
  type Snapshot,
} from './schedule-cache';

export interface PatchVars {
  items: TimeBlockPatchItem[];
  label: string;
  /** 'record' adds an undo step; 'undo'/'redo' replay `entry`. */
  history: HistoryMode;
  entry?: PatchEntry;
  /** Sent without a conflict check: the user saw someone else's change and chose to apply theirs anyway. */
  force?: boolean;
}

/** Blocks deleted (soft) or brought back, as a step of the history: see PresenceEntry. */
export interface PresenceVars {
  entry: PresenceEntry;
  /** What this write does: the entry's step (a redo) or its opposite (an undo). */
  to: 'delete' | 'restore';
  history: HistoryMode;
  label: string;
}

// The upstream answers a bulk create with the created blocks; accept the bare array or a wrapper.
const createdSchema = z.union([
  timeBlocksSchema,
  z.object({ time_blocks: timeBlocksSchema }).transform((v) => v.time_blocks),
  z.object({ data: timeBlocksSchema }).transform((v) => v.data),
]);

let tempId = -1;
// The blocks as they were before a write's optimistic update, for its conflict check in mutationFn.
const beforeOf = new WeakMap<PatchVars, TimeBlockWithTask[]>();

/**
 * Every write of the Schedule. All share one mutation scope per workspace, so writes to a block are
 * serialized (a superset of per-block ordering: a bulk write spans many blocks). Optimistic with rollback.
 */
export function useBlockMutations(
  scope: WorkspaceScope,
  targets: CacheTargets,
  history: HistoryCallbacks<HistoryEntry>,
) {
  const qc = useQueryClient();
  const mutationScope = { id: `time-blocks:${scope.workspaceId}` };
  const announce = (text: string) => useAnnouncer.getState().announce(text);
  const taskById = (id: number) =>
    tasksOf(qc.getQueryData<TaskPages>(targets.tasksKey)).find((x) => x.id === id);
  // Every block write: the Timeline's cached block reads (other route) are dropped and read again when shown.
  const otherReads = () => void refreshTimeBlockReads(qc, scope);
  // A booking or a move that leaves blocks outside their task's dates says so (the Timeline flags the bar).
  const outsideWarning = (found: OutsideDates[]) => {
    const text = outsideDatesText(found, dateFormatIn(qc).shortDate);
    if (text) notifyWarning(text);
  };
  const fail = (what: string, err: unknown, snap: Snapshot | undefined) => {
    restore(qc, targets, snap);
    notifyWriteFailed(what, err);
  };

  const patch = useMutation({
    scope: mutationScope,
    // Serialized with the other block writes: the check of a write sees the writes before it done.
    mutationFn: async (v: PatchVars) => {
      const checked = await checkBlocks(qc, scope, targets, v.items, beforeOf.get(v) ?? [], !!v.force);
      await api('focus', blocksPath(scope), { method: 'PATCH', body: v.items });
      return checked;
    },
    onMutate: async (v) => {
      const snap = await snapshot(qc, targets);
      const before = snap.blocks ?? [];
      beforeOf.set(v, before);
      const after = applyPatches(before, v.items, taskById);
      setBlocks(qc, targets, () => after);
      addBookedSeconds(
        qc,
        targets,
        bookedDelta(
          before.filter((b) => v.items.some((p) => p.id === b.id)),
          after.filter((b) => v.items.some((p) => p.id === b.id)),
        ),
      );
      return { snap, backward: reversePatches(before, v.items), moved: { before, after } };
    },
    onError: (err, v, ctx) => {
      if (err instanceof BlockConflict) {
        // Nothing was sent: the week takes the other person's state; the write can be sent again on it.
        restore(qc, targets, ctx?.snap);
        void qc.invalidateQueries({ queryKey: targets.weekKey });
        tellBlockConflict(err, v, (again) => patch.mutate(again));
      } else fail(v.label, err, ctx?.snap);
      if (v.entry) settleHistory(history, v.history, v.entry, false);
    },
    onSuccess: (_data, v, ctx) => {
      const entry = v.entry ?? { label: v.label, forward: v.items, backward: ctx.backward };
      settleHistory(history, v.history, entry, true);
      const ids = new Set(v.items.map((p) => p.id));
      const of = (list: readonly TimeBlockWithTask[]) => list.filter((b) => ids.has(b.id));
      announce(`${v.label}: done.`);
      // Said by its own notice (an alert), not a second time here.
      outsideWarning(newlyOutside(of(ctx.moved.before), of(ctx.moved.after), targets.zone));
    },
    onSettled: (checked, err, v) => {
      otherReads();
      // Re-read the week when the check saw other changes in it, or after a write sent on an outdated week.
      if (checked?.othersChanged || (v.force && !err))
        void qc.invalidateQueries({ queryKey: targets.weekKey });
      if (v.items.some((p) => p.start !== undefined)) void staleOtherWeeks(qc, targets);
      if (v.items.some((p) => p.duration !== undefined || p.task_id !== undefined))
        void qc.invalidateQueries({ queryKey: targets.tasksKey });
    },
  });

  const create = useMutation({
    scope: mutationScope,
    mutationFn: ({ items }: { items: TimeBlockCreateWithTask[]; userId: number }) =>
      api('focus', blocksPath(scope), {
        method: 'POST',
        body: { time_blocks: items },
        schema: createdSchema,
      }),
    onMutate: async ({ items, userId }) => {
      const snap = await snapshot(qc, targets);
      const temps: TimeBlockWithTask[] = items.map((i) => ({
        id: tempId--,
        workspace_id: scope.workspaceId,
        task_id: i.task_id,
        // Blocks belong to the caller: the server sets the owner, this is only the optimistic guess.
        toggl_user_id: userId,
        start: i.start,
        duration: i.duration,
        created_at: new Date().toISOString(),
        has_time_entry: false,
        task: taskById(i.task_id),
      }));
      setBlocks(qc, targets, (old) => [...old, ...temps]);
      addBookedSeconds(qc, targets, bookedDelta([], temps));
      return { snap, temps };
    },
    onError: (err, _v, ctx) => fail('Booking time', err, ctx?.snap),
    onSuccess: (created, _items, ctx) => {
      const tempIds = new Set(ctx.temps.map((b) => b.id));
      const real = created.map((b) => ({ ...b, has_time_entry: false, task: taskById(b.task_id) }));
      setBlocks(qc, targets, (old) => [...old.filter((b) => !tempIds.has(b.id)), ...real]);
      const label = `Booked ${created.length} time block${created.length === 1 ? '' : 's'}`;
      history.recorded({ kind: 'presence', label, blocks: real, forward: 'restore' });
      announce(`${label}.`);
      outsideWarning(outsideTaskDates(real, targets.zone));
    },
    onSettled: () => {
      otherReads();
      return qc.invalidateQueries({ queryKey: targets.tasksKey });
    },
  });

  const remove = useMutation({
    scope: mutationScope,
    mutationFn: (ids: number[]) => api('focus', blocksPath(scope), { method: 'DELETE', query: { ids } }),
    onMutate: async (ids) => {
      const snap = await snapshot(qc, targets);
      const gone = (snap.blocks ?? []).filter((b) => ids.includes(b.id));
      setBlocks(qc, targets, (old) => old.filter((b) => !ids.includes(b.id)));
      addBookedSeconds(qc, targets, bookedDelta(gone, []));
      useScheduleUi.getState().selectionCleared();
      return { snap, gone };
    },
    onError: (err, _ids, ctx) => fail('Deleting time blocks', err, ctx?.snap),
    onSuccess: (_d, ids, ctx) => {
      const label = `Deleted ${ids.length} time block${ids.length === 1 ? '' : 's'}`;
      history.recorded({ kind: 'presence', label, blocks: ctx.gone, forward: 'delete' });
      announce(`${label}.`);
    },
    onSettled: () => {
      otherReads();
      return qc.invalidateQueries({ queryKey: targets.tasksKey });
    },
  });

  // Archive and restore move a block between the live and the archived list: it leaves the visible one.
  const archive = useMutation({
    scope: mutationScope,
    mutationFn: ({ block, restoreIt }: { block: TimeBlockWithTask; restoreIt: boolean }) =>
      api('focus', `${taskBlockPath(scope, block.task_id, block.id)}/${restoreIt ? 'restore' : 'archive'}`, {
        method: restoreIt ? 'PATCH' : 'POST',
      }),
    onMutate: async ({ block }) => {
      const snap = await snapshot(qc, targets);
      setBlocks(qc, targets, (old) => old.filter((b) => b.id !== block.id));
      return { snap };
    },
    onError: (err, v, ctx) =>
      fail(v.restoreIt ? 'Restoring the time block' : 'Archiving the time block', err, ctx?.snap),
    onSuccess: (_d, v) => announce(v.restoreIt ? 'Time block restored.' : 'Time block archived.'),
    onSettled: () => {
      otherReads();
      void staleOtherWeeks(qc, targets);
      return qc.invalidateQueries({ queryKey: targets.tasksKey });
    },
  });

  // The undo and redo of a booking or a deletion: the same blocks (ids) deleted again or brought back.
  const presence = useMutation({
    scope: mutationScope,
    mutationFn: async ({ entry, to }: PresenceVars) => {
      if (to === 'delete') {
        await api('focus', blocksPath(scope), {
          method: 'DELETE',
          query: { ids: entry.blocks.map((b) => b.id) },
        });
        return;
      }
      // The API restores one block per request (a booking is one block).
      for (const b of entry.blocks)
        await api('focus', `${taskBlockPath(scope, b.task_id, b.id)}/restore`, { method: 'PATCH' });
    },
    onMutate: async ({ entry, to }) => {
      const snap = await snapshot(qc, targets);
      const ids = new Set(entry.blocks.map((b) => b.id));
      const others = (old: TimeBlockWithTask[]) => old.filter((b) => !ids.has(b.id));
      setBlocks(qc, targets, (old) => (to === 'delete' ? others(old) : [...others(old), ...entry.blocks]));
      addBookedSeconds(
        qc,
        targets,
        to === 'delete' ? bookedDelta(entry.blocks, []) : bookedDelta([], entry.blocks),
      );
      useScheduleUi.getState().selectionCleared();
      return { snap };
    },
    onError: (err, v, ctx) => {
      fail(v.label, err, ctx?.snap);
      // Several restores are several requests: some may have gone through. The week is read as it is.
      if (v.to === 'restore' && v.entry.blocks.length > 1)
        void qc.invalidateQueries({ queryKey: targets.weekKey });
      settleHistory(history, v.history, v.entry, false);
    },
    onSuccess: (_d, v) => {
      settleHistory(history, v.history, v.entry, true);
      announce(`${v.label}: done.`);
    },
    onSettled: () => {
      otherReads();
      return qc.invalidateQueries({ queryKey: targets.tasksKey });
    },
  });

  return { patch, create, remove, archive, presence };
}
