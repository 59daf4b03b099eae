import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ProjectLite, ProjectWithAggregations } from '@/api/project';
import type { TaskWithAggregations } from '@/api/task';
import type { TaskPatchItem } from '@/api/task-edit';
import type { TaskGroupType } from '@/api/task-group';
import type { Tag } from '@/api/workspace';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import type { DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { insertPlacements, patchWindow, removeTasks, type Known, type PatchLookups } from '../task-cache';
import { idsOf, type Placement, type TaskWrite } from '../task-writes';
import type { WindowData } from './timeline-queries';

// The Query cache side of task writes: every cached Timeline window (all groupings, all filters) and every
// cached task detail follow a write at once; what cannot be computed here is named for a re-read.

const GROUPINGS: readonly unknown[] = ['users', 'projects', 'tags'];
const isWindow = (key: QueryKey) => GROUPINGS.includes(timelineWindowOf(key).group);
/** A cached Timeline window of rows (not its booked-time reads), for a filter over `queryKeys.timeline.all`. */
export const isWindowQuery = (q: { queryKey: QueryKey }) => isWindow(q.queryKey);

export type Snapshot = {
  windows: [QueryKey, WindowData | undefined][];
  details: [QueryKey, TaskWithAggregations | undefined][];
};

/** Stops reads that would overwrite the optimistic state and takes what a rollback puts back. */
export async function takeSnapshot(qc: QueryClient, scope: WorkspaceScope): Promise<Snapshot> {
  const windows = {
    queryKey: queryKeys.timeline.all(scope),
    predicate: (q: { queryKey: QueryKey }) => isWindow(q.queryKey),
  };
  await qc.cancelQueries(windows);
  await qc.cancelQueries({ queryKey: queryKeys.tasks.all(scope) });
  return {
    windows: qc.getQueriesData<WindowData>(windows),
    details: qc.getQueriesData<TaskWithAggregations>({ queryKey: queryKeys.tasks.all(scope) }),
  };
}

export function restoreSnapshot(qc: QueryClient, snap: Snapshot | undefined): void {
  for (const [key, data] of [...(snap?.windows ?? []), ...(snap?.details ?? [])]) qc.setQueryData(key, data);
}

/** Where the tasks (and, with `children`, their sub-tasks) are on screen now: what brings them back later. */
export function placementsNow(
  qc: QueryClient,
  scope: WorkspaceScope,
  ids: readonly number[],
  children = false,
): Placement[] {
  const wanted = new Set(ids);
  const seen = new Set<string>();
  const out: Placement[] = [];
  for (const [key, data] of qc.getQueriesData<WindowData>({ queryKey: queryKeys.timeline.all(scope) })) {
    if (!data || !isWindow(key)) continue;
    const grouping = timelineWindowOf(key).group as TaskGroupType;
    for (const g of data.pages.flat())
      for (const entry of g.tasks) {
        const mine =
          wanted.has(entry.id) || (children && entry.parent_task != null && wanted.has(entry.parent_task.id));
        const id = `${grouping}:${g.id}:${entry.id}`;
        if (!mine || seen.has(id)) continue;
        seen.add(id);
        out.push({ grouping, groupId: g.id, entry });
      }
  }
  return out;
}

function projectLite(p: ProjectWithAggregations): ProjectLite {
  return {
    id: p.id,
    name: p.name,
    color: p.color,
    draft: p.draft ?? false,
    is_template: p.is_template ?? false,
    private: p.private,
    permissions: [],
  };
}

/**
 * Applies a write to every cached window and detail. Gives the windows only a re-read can make right: a row
 * the task now belongs to is not in the window, or the window is filtered (the server decides what matches).
 */
export function applyWrite(
  qc: QueryClient,
  scope: WorkspaceScope,
  write: TaskWrite,
  snap: Snapshot,
): QueryKey[] {
  const projects = qc.getQueryData<ProjectWithAggregations[]>(queryKeys.projects.list(scope));
  const lookups: PatchLookups = {
    project: (id) => {
      const p = projects?.find((x) => x.id === id);
      return p && projectLite(p);
    },
  };
  const ids = new Set(idsOf(write));
  const known = new Map<number, Known>();
  for (const [key, data] of snap.windows) {
    const grouping = timelineWindowOf(key).group as TaskGroupType;
    for (const g of data?.pages.flat() ?? [])
      for (const t of g.tasks) {
        if (!ids.has(t.id)) continue;
        const k = known.get(t.id) ?? { entry: t, rows: {} };
        k.rows[grouping] = [...new Set([...(k.rows[grouping] ?? []), g.id])];
        known.set(t.id, k);
      }
  }
  const reread: QueryKey[] = [];
  for (const [key, data] of snap.windows) {
    if (!data) continue;
    const { group, range, detail } = timelineWindowOf(key);
    const grouping = group as TaskGroupType;
    let pages = data.pages;
    let missing = false;
    if (write.op === 'patch')
      ({ pages, missing } = patchWindow(pages, grouping, range as DayRange, write.items, known, lookups));
    else if (write.op === 'archive' || write.op === 'delete')
      // Bulk archive takes the sub-tasks along (the OpenAPI's "tasks, and their children").
      pages = removeTasks(pages, ids, write.op === 'archive' && ids.size > 1);
    else ({ pages, missing } = insertPlacements(pages, grouping, range as DayRange, write.placements ?? []));
    qc.setQueryData<WindowData>(key, { ...data, pages });
    const filtered = detail && typeof detail === 'object' && Object.keys(detail).length > 0;
    if (missing || filtered) reread.push(key);
  }
  if (write.op === 'patch') for (const item of write.items) patchDetail(qc, scope, item, lookups);
  return reread;
}

/** The open task's details follow a patch (tags by name from the cached tag list). */
function patchDetail(qc: QueryClient, scope: WorkspaceScope, item: TaskPatchItem, lookups: PatchLookups) {
  const tags = qc.getQueryData<Tag[]>(queryKeys.tags(scope));
  qc.setQueryData<TaskWithAggregations>(queryKeys.tasks.detail(scope, item.id), (old) => {
    if (!old) return old;
    const next: TaskWithAggregations = { ...old };
    const { id: _id, tag_ids, project_id, ...fields } = item;
    for (const [k, v] of Object.entries(fields))
      if (k in old || v !== undefined) (next as Record<string, unknown>)[k] = v;
    if (tag_ids !== undefined) {
      next.tag_ids = tag_ids ?? [];
      next.tags = next.tag_ids.map((t) => tags?.find((x) => x.id === t) ?? { id: t, name: `Tag ${t}` });
    }
    if (project_id !== undefined) {
      next.project_id = project_id;
      next.project = project_id == null ? null : (lookups.project(project_id) ?? old.project);
    }
    return next;
  });
}
