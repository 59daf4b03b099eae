import { DEFAULT_PER_PAGE } from '@/api/common';
import type { TaskGroupEntry, TaskGroupPage, TaskGroupsQuery, TaskGroupType } from '@/api/task-group';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import type { WorkspaceScope } from '../scope';
import { candidateGroups, memberRows, nonEmptyKeys, type MemberRow } from './query-store';
import { distinctIds, pushTo } from '../sql/in-lists';
import { loadAssignees, loadProjectLites } from '../tasks/model-store';

/**
 * GET /tasks/groups/{group}. Paging is over the grouping's entities (users, projects or tags) by name
 * (`order_by=-group_name` reverses it), tie-broken by id; users groups carry `name: null` (the client
 * resolves users). As the OpenAPI has it, every group is an entity (id >= 1): a task without a project or
 * tag is in no projects or tags group. The one exception is the users grouping's no-assignee group (id 0),
 * appended only with `include_unassigned=true`, to every non-empty page (it is outside the user paging, so
 * a paginating client dedupes it); it holds the unassigned tasks the other filters match. A constant
 * number of statements whatever the data size.
 */
export function readTaskGroups(
  db: Db,
  scope: WorkspaceScope,
  type: TaskGroupType,
  q: TaskGroupsQuery,
): TaskGroupPage {
  if (q.include_ghosts && type !== 'users')
    throw badRequest('invalid query: include_ghosts is only available for users');
  if (q.start_date && q.end_date && q.start_date > q.end_date) {
    throw badRequest('invalid query: start_date must not be after end_date');
  }
  const page = q.page ?? 1;
  const perPage = q.per_page ?? DEFAULT_PER_PAGE;

  const nonEmpty = q.exclude_empty ? nonEmptyKeys(db, scope, type, q) : null;
  const desc = q.order_by?.[0]?.desc ?? false;
  const candidates = candidateGroups(db, scope, type, q)
    .filter((g) => !nonEmpty || nonEmpty.has(g.id))
    .sort((a, b) => {
      const byName = (a.name ?? '').localeCompare(b.name ?? '', 'en', { sensitivity: 'base' });
      return (desc ? -byName : byName) || a.id - b.id;
    });
  const pageGroups = candidates.slice((page - 1) * perPage, page * perPage);
  const unassigned = type === 'users' && q.include_unassigned === true && (!nonEmpty || nonEmpty.has(0));
  if (unassigned && pageGroups.length > 0) pageGroups.push({ id: 0, name: null });
  const rowsByGroup = new Map<number, MemberRow[]>();
  if (pageGroups.length) {
    const keys = pageGroups.map((g) => g.id);
    for (const row of memberRows(db, scope, type, q, keys)) pushTo(rowsByGroup, row.gkey, row);
  }

  const pageRows = pageGroups.flatMap((g) => rowsByGroup.get(g.id) ?? []);
  const taskIds = distinctIds(pageRows.map((r) => r.id));
  const assignees = loadAssignees(db, taskIds);
  const projects = loadProjectLites(db, distinctIds(pageRows.map((r) => r.project_id)));

  const entry = (r: MemberRow): TaskGroupEntry => {
    const masked = r.visible === 0;
    const project = r.project_id != null ? projects.get(r.project_id) : undefined;
    const userIds = assignees.get(r.id) ?? [];
    const e: TaskGroupEntry = {
      id: r.id,
      // Masked: a private project the caller cannot see; its name, client and project details stay hidden.
      name: masked ? null : r.name,
      allocation_unit: r.allocation_unit as TaskGroupEntry['allocation_unit'],
      estimate_type: r.estimate_type as TaskGroupEntry['estimate_type'],
      private: r.private === 1,
      source: r.source,
      status_id: r.status_id,
      start_date: r.start_date,
      end_date: r.end_date,
      weight: r.weight ?? 0,
      masked,
      assignee_user_ids: userIds,
      client: masked ? null : (project?.client ?? null),
      color: r.color,
      created_at: r.created_at,
      estimated_mins: r.estimated_mins,
      project: masked ? null : (project?.lite ?? null),
      project_id: r.project_id,
      parent_task: r.parent_task_id != null && !masked ? { id: r.parent_task_id, name: r.parent_name } : null,
    };
    if (q.include_ghosts) e.assignee_ghost_ids = [];
    if (q.include_assignees) e.assignees = userIds.map((id) => ({ id, type: 'user' as const }));
    return e;
  };

  return {
    page,
    per_page: perPage,
    data: pageGroups.map((g) => ({
      id: g.id,
      name: type === 'users' ? null : g.name,
      type,
      tasks: (rowsByGroup.get(g.id) ?? []).map(entry),
    })),
  };
}
