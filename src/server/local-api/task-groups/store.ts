import type { TaskGroupPatchItem, TaskGroupsQuery, TaskGroupType } from '@/api/task-group';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { applyMoves } from './move-store';
import { readTaskGroups } from './read-store';

/** Task groups: one page of a grouping's rows with their bars, and the moves of a drop. */
export function createTaskGroupStore(db: Db) {
  return {
    read: (scope: WorkspaceScope, type: TaskGroupType, q: TaskGroupsQuery) =>
      readTaskGroups(db, scope, type, q),
    /** All items in one transaction: the first invalid one is a 400 and nothing of the array is kept. */
    move: (scope: WorkspaceScope, type: TaskGroupType, items: TaskGroupPatchItem[]) =>
      applyMoves(db, scope, type, items),
  };
}
