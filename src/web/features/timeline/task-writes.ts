import { MAX_TASK_BULK_PATCH, MAX_TASK_BULK_STATE, type TaskPatchItem } from '@/api/task-edit';
import type { Task } from '@/api/task';
import type { TaskGroupEntry, TaskGroupType } from '@/api/task-group';
import { workspacePath, type WorkspaceScope } from '@/web/lib/workspace-scope';

/** Where a task sat in one grouping (the row's id) and how it looked: what a restore puts back on screen. */
export interface Placement {
  grouping: TaskGroupType;
  groupId: number;
  entry: TaskGroupEntry;
}

export type TaskStateOp = 'archive' | 'unarchive' | 'delete' | 'restore';

/**
 * One write to tasks, as pure data (history entries hold two of these: the write and the one that undoes it).
 * One task is one request to `/tasks/{task_id}`, several one request to `/tasks/bulk`. `placements` go with
 * the writes that bring tasks back (unarchive, restore), so they reappear at once where they were.
 */
export type TaskWrite =
  | { op: 'patch'; items: TaskPatchItem[] }
  | {
      op: TaskStateOp;
      ids: number[];
      placements?: Placement[];
      /**
       * On a write that brings tasks back, those of `ids` that had booked time when they went (the undo of an
       * archive or a delete knows; a new task has none); absent when not known (restored from the list).
       */
      booked?: number[];
    };

export interface TaskRequest {
  method: 'PATCH' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, number[]>;
  body?: unknown;
}

const STATE_METHOD: Record<TaskStateOp, 'POST' | 'PATCH' | 'DELETE'> = {
  archive: 'POST',
  unarchive: 'POST',
  restore: 'PATCH',
  delete: 'DELETE',
};

/** The one request of a write. */
export function requestOf(scope: WorkspaceScope, w: TaskWrite): TaskRequest {
  const tasks = `${workspacePath(scope)}/tasks`;
  if (w.op === 'patch') {
    if (w.items.length === 1) {
      const { id, ...body } = w.items[0];
      return { method: 'PATCH', path: `${tasks}/${id}`, body };
    }
    return { method: 'PATCH', path: `${tasks}/bulk`, body: w.items };
  }
  const method = STATE_METHOD[w.op];
  if (w.ids.length === 1) {
    const id = w.ids[0];
    return { method, path: w.op === 'delete' ? `${tasks}/${id}` : `${tasks}/${id}/${w.op}` };
  }
  if (w.op === 'delete') return { method, path: `${tasks}/bulk`, query: { ids: w.ids } };
  return { method, path: `${tasks}/bulk/${w.op}`, body: { task_ids: w.ids } };
}

/** How many tasks one request of this kind may carry (the server's limits, checked before sending). */
export function bulkLimit(w: TaskWrite): number {
  return w.op === 'patch' || w.op === 'delete' ? MAX_TASK_BULK_PATCH : MAX_TASK_BULK_STATE;
}

/** The ids a write touches. */
export const idsOf = (w: TaskWrite): number[] => (w.op === 'patch' ? w.items.map((i) => i.id) : w.ids);

/**
 * The bar of a task as the task groups read would give it, from a task the API answered with (a created one, an
 * archived one brought back); `weight` is its lane when known.
 */
export function entryOfTask(task: Task, weight: number | null): TaskGroupEntry {
  return {
    id: task.id,
    name: task.name,
    allocation_unit: task.allocation_unit,
    estimate_type: task.estimate_type,
    private: task.private,
    source: task.source,
    status_id: task.status_id,
    start_date: task.start_date ?? '',
    end_date: task.end_date ?? '',
    weight,
    assignee_user_ids: task.assignee_user_ids ?? [],
    project_id: task.project_id ?? null,
    project: task.project ?? null,
    client: task.client ?? null,
    color: task.color ?? null,
    estimated_mins: task.estimated_mins ?? null,
    created_at: task.created_at,
    // A sub-task is drawn under its parent, as the rows' read would draw it.
    parent_task: task.parent_task_id
      ? { id: task.parent_task_id, name: task.parent_task_name ?? null }
      : null,
  };
}

/**
 * The rows a task belongs to in each grouping: its assignees (or the no-assignee row 0), its project (or 0),
 * its tags (or 0; a bar does not carry its tags, so they are given).
 */
export function placementsFor(entry: TaskGroupEntry, tagIds: readonly number[]): Placement[] {
  const users = entry.assignee_user_ids?.length ? entry.assignee_user_ids : [0];
  const tags = tagIds.length ? tagIds : [0];
  return [
    ...users.map((groupId) => ({ grouping: 'users' as const, groupId, entry })),
    { grouping: 'projects', groupId: entry.project_id ?? 0, entry },
    ...tags.map((groupId) => ({ grouping: 'tags' as const, groupId, entry })),
  ];
}
