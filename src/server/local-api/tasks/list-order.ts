import type { OrderTerm } from '@/api/common';
import type { TaskListQuery } from '@/api/task';
import { LIVE_BLOCK } from './filters';

type OrderField = NonNullable<TaskListQuery['order_by']>[number]['field'];

const PRIORITY_RANK = "CASE t.priority WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END";
const FIRST_BLOCK = `(SELECT MIN(b.start_ts) FROM time_blocks b WHERE ${LIVE_BLOCK})`;

/** Fixed SQL per order_by field: user input only picks among these. */
const ORDER_SQL: Record<OrderField, string> = {
  user_id: 't.toggl_user_id',
  project_id: 't.project_id',
  parent_task_id: 't.parent_task_id',
  name: 't.name COLLATE NOCASE',
  estimated_mins: 't.estimated_mins',
  priority: PRIORITY_RANK,
  priority_at: 't.priority_at',
  start_date: 't.start_date',
  end_date: 't.end_date',
  status_id: 't.status_id',
  pinned: 't.pinned',
  created_at: 't.created_at',
  updated_at: 't.updated_at',
  last_activity: 't.updated_at',
  position: 't.position',
  timeblock_start: FIRST_BLOCK,
  timeblock_now_diff: `ABS(${FIRST_BLOCK} - CAST(strftime('%s','now') AS INTEGER))`,
  billable: 't.billable',
  // No full-text ranking locally: relevance falls back to the id order.
  relevance: 't.id',
  tag_ids: '(SELECT MIN(l.tag_id) FROM task_tags l WHERE l.task_id = t.id)',
  assignees: '(SELECT MIN(l.user_id) FROM task_assignees l WHERE l.task_id = t.id)',
  // Parents followed by their sub-tasks.
  sub_tasks_grouped: 'COALESCE(t.parent_task_id, t.id), t.parent_task_id IS NOT NULL',
};

/** ORDER BY for the terms (default: id), always ending with the id so pages are stable. */
export function orderSql(terms: readonly OrderTerm<OrderField>[] | undefined): string {
  const parts = (terms ?? []).map((term) =>
    ORDER_SQL[term.field]
      .split(', ')
      .map((expr) => `${expr} ${term.desc ? 'DESC' : 'ASC'}`)
      .join(', '),
  );
  parts.push('t.id ASC');
  return parts.join(', ');
}
