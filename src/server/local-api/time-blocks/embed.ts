import type { TimeBlockWithTask } from '@/api/time-block';
import type { Db } from '../db/open';
import { loadTaskModels } from '../tasks/model-store';
import { toAggregate, type TimeBlockRow } from './row';

/** timeblock.TimeBlockAggregateWithTask for a batch of rows: one batched task load per call, never per block. */
export function withTasks(db: Db, rows: readonly TimeBlockRow[]): TimeBlockWithTask[] {
  const tasks = loadTaskModels(
    db,
    rows.map((r) => r.task_id),
  );
  return rows.map((r) => ({ ...toAggregate(r), task: tasks.get(r.task_id) ?? null }));
}
