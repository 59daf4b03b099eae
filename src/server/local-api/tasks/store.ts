import type { TaskCreate, TaskListQuery, TaskWithAggregations } from '@/api/task';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { withAggregations } from './aggregates-store';
import { insertTask } from './create-store';
import { listPage } from './list-store';
import { loadTaskModels, type TaskModel } from './model-store';

/**
 * Focus tasks: the list (filters, order, paging with total, aggregations) and creation. No time entries
 * exist locally: `with_entries` adds nothing and the tracked counters are 0.
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
  };
}
