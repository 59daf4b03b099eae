import type { ProjectLite } from '@/api/project';
import type { TaskPatchItem } from '@/api/task-edit';
import type { TaskGroup, TaskGroupEntry, TaskGroupType } from '@/api/task-group';
import { overlaps, type DayRange } from '@/web/lib/time/calendar-day';
import type { Placement } from './task-writes';

// What a task write does to one cached Timeline window (its pages of groups), computed in the browser so that
// the screen shows the server's result at once and no re-read is needed. Pure: groups a write does not touch
// stay the same objects (their packed lanes and rows are kept).

type Pages = readonly (readonly TaskGroup[])[];
export interface WindowChange {
  pages: TaskGroup[][];
  /** A row the task belongs in is not in this window: only a re-read can show it. */
  missing: boolean;
}

const onTimeline = (e: TaskGroupEntry, range: DayRange) =>
  !!e.start_date && !!e.end_date && overlaps(e.start_date, e.end_date, range.start, range.end);

/** Removes the tasks' bars (and with `children` their sub-tasks' bars) from every row of every page. */
export function removeTasks(pages: Pages, ids: ReadonlySet<number>, children = false): TaskGroup[][] {
  const gone = (t: TaskGroupEntry) =>
    ids.has(t.id) || (children && t.parent_task != null && ids.has(t.parent_task.id));
  return pages.map((page) =>
    page.map((g) => (g.tasks.some(gone) ? { ...g, tasks: g.tasks.filter((t) => !gone(t)) } : g)),
  );
}

/**
 * Puts `entry` into rows `targets` of the window (the first page holding each row), replacing its old copies
 * and leaving the rows it no longer belongs to. A copy keeps its place and lane in a row it stays in.
 */
function place(
  pages: Pages,
  entry: TaskGroupEntry,
  targets: readonly number[],
  visible: boolean,
): WindowChange {
  const firstPage = new Map<number, number>();
  pages.forEach((page, i) => page.forEach((g) => firstPage.has(g.id) || firstPage.set(g.id, i)));
  const missing = visible && targets.some((id) => !firstPage.has(id));
  const out = pages.map((page, i) =>
    page.map((g) => {
      const at = g.tasks.findIndex((t) => t.id === entry.id);
      const target = visible && targets.includes(g.id) && firstPage.get(g.id) === i;
      if (at < 0 && !target) return g;
      if (!target) return { ...g, tasks: g.tasks.filter((t) => t.id !== entry.id) };
      const tasks = g.tasks.filter((t) => t.id !== entry.id);
      const copy = { ...entry, weight: at >= 0 ? g.tasks[at].weight : entry.weight };
      tasks.splice(at >= 0 ? at : tasks.length, 0, copy);
      return { ...g, tasks };
    }),
  );
  return { pages: out, missing };
}

/** Puts the placements of this grouping back on screen (restore, unarchive, a new task). */
export function insertPlacements(
  pages: Pages,
  grouping: TaskGroupType,
  range: DayRange,
  placements: readonly Placement[],
): WindowChange {
  let out: TaskGroup[][] = pages.map((p) => [...p]);
  let missing = false;
  const mine = placements.filter((p) => p.grouping === grouping && onTimeline(p.entry, range));
  for (const id of new Set(mine.map((p) => p.entry.id))) {
    const rows = mine.filter((p) => p.entry.id === id);
    const present = new Set(
      out.flatMap((page) => page.filter((g) => g.tasks.some((t) => t.id === id)).map((g) => g.id)),
    );
    const change = place(out, rows[0].entry, [...new Set([...present, ...rows.map((p) => p.groupId)])], true);
    out = change.pages;
    missing ||= change.missing;
  }
  return { pages: out, missing };
}

export interface PatchLookups {
  /** The project's lite form (name and colour of the bar), from the cached project list. */
  project: (id: number) => ProjectLite | undefined;
}

/** A bar after a patch: the fields a bar shows follow the patch (dates cleared leave the timeline). */
export function patchedEntry(
  entry: TaskGroupEntry,
  item: TaskPatchItem,
  lookups: PatchLookups,
): TaskGroupEntry {
  const next: TaskGroupEntry = { ...entry };
  if (item.name !== undefined) next.name = item.name;
  if (item.estimated_mins !== undefined) next.estimated_mins = item.estimated_mins;
  if (item.estimate_type !== undefined) next.estimate_type = item.estimate_type;
  if (item.status_id !== undefined) next.status_id = item.status_id;
  if (item.color !== undefined) next.color = item.color;
  if (item.private !== undefined) next.private = item.private;
  if (item.start_date !== undefined) next.start_date = item.start_date ?? '';
  if (item.end_date !== undefined) next.end_date = item.end_date ?? '';
  if (item.assignee_user_ids !== undefined) next.assignee_user_ids = item.assignee_user_ids ?? [];
  if (item.project_id !== undefined) {
    next.project_id = item.project_id;
    next.project = item.project_id == null ? null : (lookups.project(item.project_id) ?? null);
  }
  return next;
}

/** The rows of `grouping` a patch sends the task to; undefined when it does not touch that dimension. */
export function patchTargets(grouping: TaskGroupType, item: TaskPatchItem): number[] | undefined {
  if (grouping === 'users' && item.assignee_user_ids !== undefined)
    return item.assignee_user_ids?.length ? [...item.assignee_user_ids] : [0];
  if (grouping === 'projects' && item.project_id !== undefined) return [item.project_id ?? 0];
  if (grouping === 'tags' && item.tag_ids !== undefined)
    return item.tag_ids?.length ? [...item.tag_ids] : [0];
  return undefined;
}

/** What the views know of a task: its bar and, per grouping, the rows it sits in (from every cached window). */
export interface Known {
  entry: TaskGroupEntry;
  rows: Partial<Record<TaskGroupType, number[]>>;
}

/** Applies patch items to one window of `grouping`. */
export function patchWindow(
  pages: Pages,
  grouping: TaskGroupType,
  range: DayRange,
  items: readonly TaskPatchItem[],
  known: ReadonlyMap<number, Known>,
  lookups: PatchLookups,
): WindowChange {
  let out: TaskGroup[][] = pages.map((p) => [...p]);
  let missing = false;
  for (const item of items) {
    const copies = out.flatMap((page) => page.filter((g) => g.tasks.some((t) => t.id === item.id)));
    const base = copies[0]?.tasks.find((t) => t.id === item.id) ?? known.get(item.id)?.entry;
    if (!base) continue;
    const next = patchedEntry(base, item, lookups);
    const visible = onTimeline(next, range);
    const targets =
      patchTargets(grouping, item) ??
      (copies.length ? copies.map((g) => g.id) : known.get(item.id)?.rows[grouping]);
    if (!targets) {
      // It enters this window (new dates) but which rows it belongs to is unknown here.
      missing ||= visible;
      continue;
    }
    const change = place(out, next, targets, visible);
    out = change.pages;
    missing ||= change.missing;
  }
  return { pages: out, missing };
}
