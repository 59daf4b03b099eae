import type { TaskCreate, TaskListQuery, TaskWithAggregations } from '@/api/task';
import type { TaskBulkPatch, TaskPatch, TaskUpdate } from '@/api/task-edit';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { withAggregations } from './aggregates-store';
import { insertTask } from './create-store';
import { applyChange, patchChange, replaceChange } from './edit-store';
import { findTasks } from './find-store';
import { listPage } from './list-store';
import { loadTaskModels, modelsFromRows, type TaskModel, type TaskRow } from './model-store';
import { descendantsOf, setTaskState, type TaskState } from './state-store';

/**
 * Focus tasks: the list (filters, order, paging with total, aggregations), creation, edits and the state
 * changes (archive, unarchive, soft delete, restore). Every write runs in one transaction: a bulk write
 * whose item fails changes no row. No time entries exist locally: `with_entries` adds nothing and the
 * tracked counters are 0.
 */
export function createTaskStore(db: Db) {
  return {
    list(scope: WorkspaceScope, q: TaskListQuery) {
      const { ids, page, perPage, total } = listPage(db, scope, q);
      const models = loadTaskModels(db, ids, { includeRates: q.include_rates });
      const data: TaskWithAggregations[] = withAggregations(
        db,
        ids.map((id) => models.get(id)!),
        { disabled: q.disable_aggregations, includeRates: q.include_rates },
      );
      return { data, page, per_page: perPage, total };
    },
    create(scope: WorkspaceScope, task: TaskCreate): TaskModel {
      const id = db.transaction(() => insertTask(db, scope, task))();
      return loadTaskModels(db, [id]).get(id)!;
    },
    /** All or nothing: one transaction, the first bad task rolls back every insert. */
    createMany(scope: WorkspaceScope, tasks: readonly TaskCreate[]): TaskModel[] {
      const ids = db.transaction(() => tasks.map((t, i) => insertTask(db, scope, t, `tasks.${i}.`)))();
      const models = loadTaskModels(db, ids);
      return ids.map((id) => models.get(id)!);
    },

    /** Rows of the tasks among `ids` the caller may see (deleted ones only with `withDeleted`). */
    find: (scope: WorkspaceScope, ids: readonly number[], opts: { withDeleted?: boolean } = {}) =>
      findTasks(db, scope, ids, opts),
    /** One task with its aggregations and parent (task.TaskWithParentAndAggregations). */
    detail(row: TaskRow): TaskWithAggregations {
      return withAggregations(db, [modelsFromRows(db, [row]).get(row.id)!])[0];
    },
    patch(scope: WorkspaceScope, row: TaskRow, body: TaskPatch): void {
      db.transaction(() => applyChange(db, scope, row, patchChange(body)))();
    },
    replace(scope: WorkspaceScope, row: TaskRow, body: TaskUpdate): void {
      db.transaction(() => applyChange(db, scope, row, replaceChange(body)))();
    },
    /** Items in order, each over the rows as the earlier items left them. */
    patchMany(scope: WorkspaceScope, items: TaskBulkPatch): void {
      db.transaction(() =>
        items.forEach(({ id, ...body }, i) => {
          const row = findTasks(db, scope, [id]).get(id)!;
          applyChange(db, scope, row, patchChange(body), `${i}.`);
        }),
      )();
    },
    /** A state change of `ids` (already checked), and with `children` of their sub-tasks too. */
    setState(scope: WorkspaceScope, ids: readonly number[], state: TaskState, children = false): void {
      db.transaction(() => {
        const all = children ? [...ids, ...descendantsOf(db, scope, ids, state)] : ids;
        setTaskState(db, all, state);
      })();
    },
  };
}
export type TaskStore = ReturnType<typeof createTaskStore>;
