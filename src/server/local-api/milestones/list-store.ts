import { DEFAULT_PER_PAGE } from '@/api/common';
import type { Milestone, MilestoneListQuery } from '@/api/milestone';
import type { Db } from '../db/open';
import type { WorkspaceScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { Where } from '../sql/where';
import { milestoneVisibleSql, toMilestones, type MilestoneRow } from './model-store';

const ORDER_COLUMNS: Record<string, string> = {
  name: 'm.name COLLATE NOCASE',
  due_date: 'm.due_date',
  completed_at: 'm.completed_at',
  created_at: 'm.created_at',
  updated_at: 'm.updated_at',
};

/** `milestone_projects`/`milestone_teams` membership: any of `ids`, or (empty item) none at all. */
function linked(w: Where, table: string, column: string, f: MilestoneListQuery['project_id']): void {
  if (!f) return;
  const parts: string[] = [];
  if (f.ids.length)
    parts.push(
      `EXISTS (SELECT 1 FROM ${table} l WHERE l.milestone_id = m.id AND l.${column} IN (${placeholders(f.ids.length)}))`,
    );
  if (f.includeNone) parts.push(`NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.milestone_id = m.id)`);
  w.add(parts.length ? parts.join(' OR ') : '0', ...f.ids);
}

/** One page of live milestones the caller may see, due date first unless `order_by` says otherwise. */
export function listMilestones(
  db: Db,
  scope: WorkspaceScope,
  q: MilestoneListQuery,
): { data: Milestone[]; page: number; per_page: number } {
  const page = q.page ?? 1;
  const perPage = q.per_page ?? DEFAULT_PER_PAGE;
  const visible = milestoneVisibleSql(scope);
  const w = new Where()
    .add('m.workspace_id = ? AND m.deleted_at IS NULL', scope.workspaceId)
    .add(visible.sql, ...visible.args);
  if (q.due_date_from) w.add('m.due_date >= ?', q.due_date_from);
  if (q.due_date_to) w.add('m.due_date <= ?', q.due_date_to);
  linked(w, 'milestone_projects', 'project_id', q.project_id);
  linked(w, 'milestone_teams', 'group_id', q.team_id);
  const terms = q.order_by?.length ? q.order_by : [{ field: 'due_date', desc: false }];
  const order = [...terms.map((t) => `${ORDER_COLUMNS[t.field]} ${t.desc ? 'DESC' : 'ASC'}`), 'm.id ASC'];
  const rows = db
    .prepare(`SELECT m.* FROM milestones m WHERE ${w.sql()} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`)
    .all(...w.args, perPage, (page - 1) * perPage) as MilestoneRow[];
  return { data: toMilestones(db, rows), page, per_page: perPage };
}
