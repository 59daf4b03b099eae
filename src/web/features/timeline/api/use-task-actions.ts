import { useQueryClient } from '@tanstack/react-query';
import type { TaskPatchItem } from '@/api/task-edit';
import type { TaskGroupEntry } from '@/api/task-group';
import { useNotices } from '@/web/lib/notifications';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { timelineHistory } from '../store';
import { bulkLimit, type TaskWrite } from '../task-writes';
import { bookedNow } from './returning-bookings';
import { placementsNow } from './task-write-cache';
import { useTaskWrites, type TaskWriteVars } from './use-task-writes';

const quote = (name: string | null | undefined) => `“${name || 'Untitled'}”`;
const many = (n: number, one: string) => (n === 1 ? one : `${n} tasks`);

/**
 * The task actions of the Timeline (rename, archive, delete, bulk changes), each one request with its
 * inverse for undo. `entryOf` gives the bar of a task as the view has it (names and old values).
 */
export function useTaskActions(scope: WorkspaceScope, entryOf: (id: number) => TaskGroupEntry | undefined) {
  const qc = useQueryClient();
  const writes = useTaskWrites(scope, timelineHistory);

  /** Sends a write unless it carries more tasks than one request may (said in plain words, nothing sent). */
  const send = (vars: Omit<TaskWriteVars, 'history'>, options?: Parameters<typeof writes.mutate>[1]) => {
    const count = vars.write.op === 'patch' ? vars.write.items.length : vars.write.ids.length;
    if (count > bulkLimit(vars.write)) {
      useNotices
        .getState()
        .push('error', `${vars.what} works on at most ${bulkLimit(vars.write)} tasks at once: select fewer.`);
      return;
    }
    writes.mutate({ ...vars, history: 'record' }, options);
  };

  const name = (id: number) => quote(entryOf(id)?.name);

  return {
    writes,
    send,
    rename(id: number, next: string) {
      const old = entryOf(id)?.name ?? '';
      if (next === old) return;
      send({
        write: { op: 'patch', items: [{ id, name: next }] },
        inverse: { op: 'patch', items: [{ id, name: old }] },
        label: `Renamed ${quote(old)} to ${quote(next)}`,
        what: 'Renaming the task',
      });
    },
    archive(ids: number[]) {
      // Several at once is the bulk archive, which takes their sub-tasks along; so does its undo.
      const placements = placementsNow(qc, scope, ids, ids.length > 1);
      send({
        write: { op: 'archive', ids },
        inverse: { op: 'unarchive', ids, placements, booked: bookedNow(qc, scope, ids) },
        label: `Archived ${ids.length === 1 ? name(ids[0]) : many(ids.length, '')}`,
        what: `Archiving ${many(ids.length, 'the task')}`,
      });
    },
    remove(ids: number[]) {
      const placements = placementsNow(qc, scope, ids);
      send({
        write: { op: 'delete', ids },
        inverse: { op: 'restore', ids, placements, booked: bookedNow(qc, scope, ids) },
        label: `Deleted ${ids.length === 1 ? name(ids[0]) : many(ids.length, '')}`,
        what: `Deleting ${many(ids.length, 'the task')}`,
      });
    },
    /** One bulk patch (one item per task) and its inverse from the bars' current values. */
    patchEach(
      ids: number[],
      change: (entry: TaskGroupEntry) => Omit<TaskPatchItem, 'id'>,
      text: { label: string; what: string },
    ) {
      const items: TaskPatchItem[] = [];
      const back: TaskPatchItem[] = [];
      for (const id of ids) {
        const entry = entryOf(id);
        if (!entry) continue;
        const item = change(entry);
        items.push({ id, ...item });
        back.push({ id, ...previousOf(entry, item) });
      }
      if (!items.length) return;
      const write: TaskWrite = { op: 'patch', items };
      send({ write, inverse: { op: 'patch', items: back }, ...text });
    },
  };
}
export type TaskActions = ReturnType<typeof useTaskActions>;

/** The bar's values of the fields a patch sets (what the undo sends back). */
function previousOf(entry: TaskGroupEntry, item: Omit<TaskPatchItem, 'id'>): Omit<TaskPatchItem, 'id'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(item)) {
    const value = (entry as Record<string, unknown>)[key];
    out[key] = value === undefined ? null : value;
  }
  return out as Omit<TaskPatchItem, 'id'>;
}
