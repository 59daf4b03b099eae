import type { TaskGroup, TaskGroupEntry, TaskGroupType } from '@/api/task-group';
import { overlaps } from '@/web/lib/time/calendar-day';
import type { MoveItem } from './timeline-model';

/** The users grouping's no-assignee group: id 0 on reads, `target_group_id: null` on writes. */
export const NO_ASSIGNEE = 0;

/**
 * Where one task is after one PATCH item, worked out as the server does it (see the OpenAPI description of
 * `taskgroup.UpdateTaskGroupEntryParams`): the groups it is in with its lane in each, and what each copy shows.
 */
export interface Landing {
  id: number;
  /** The task's entry afterwards (dates, assignees, project); `weight` comes from `weights`. */
  entry: TaskGroupEntry;
  /** Every group the task is in afterwards, with its lane there. */
  weights: ReadonlyMap<number, number>;
  /** The groups it was in before, with their lanes (what an undo restores). */
  before: ReadonlyMap<number, number>;
  beforeEntry: TaskGroupEntry;
}

/** Group id -> the task's lane there, over the rows that hold it. */
function lanesIn(groups: readonly TaskGroup[], id: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const g of groups) {
    const t = g.tasks.find((x) => x.id === id);
    if (t && !out.has(g.id)) out.set(g.id, t.weight ?? 0);
  }
  return out;
}

/**
 * The groups a task is in before a drop. Users: its assignees (none: the no-assignee group); projects: its
 * project (none: no group, the projects grouping has no id-0 group); tags: the rows that hold it (entries carry
 * no tag ids). Lanes of rows not loaded are unknown: 0.
 */
export function membershipOf(
  type: TaskGroupType,
  groups: readonly TaskGroup[],
  entry: TaskGroupEntry,
): Map<number, number> {
  const lanes = lanesIn(groups, entry.id);
  if (type === 'tags') return lanes;
  let keys: readonly number[];
  if (type === 'projects') keys = entry.project_id ? [entry.project_id] : [];
  else if (!entry.assignee_user_ids) keys = [...lanes.keys()];
  else keys = entry.assignee_user_ids.length ? entry.assignee_user_ids : [NO_ASSIGNEE];
  return new Map(keys.map((k) => [k, lanes.get(k) ?? 0]));
}

/** The groups after the item, and the one that gets the item's weight (none for a remove). */
function groupsAfter(
  type: TaskGroupType,
  before: ReadonlySet<number>,
  item: MoveItem,
): { keys: Set<number>; landed: number | null } {
  const source = item.source_group_id ?? null;
  const target = item.target_group_id ?? null;
  const keys = new Set(before);
  if (item.op === 'remove') {
    if (source !== null) keys.delete(source);
    if (type === 'projects') keys.clear();
    if (type === 'users' && keys.size === 0) keys.add(NO_ASSIGNEE);
    return { keys, landed: null };
  }
  // On users, a null target clears every assignee (team assignments too) whatever the source.
  if (type === 'users' && (target === null || target === NO_ASSIGNEE))
    return { keys: new Set([NO_ASSIGNEE]), landed: NO_ASSIGNEE };
  if (target === null) return { keys, landed: null }; // rejected by the server for projects and tags
  if (type === 'projects') return { keys: new Set([target]), landed: target };
  if (source !== null && source !== target) keys.delete(source);
  keys.delete(NO_ASSIGNEE);
  keys.add(target);
  return { keys, landed: target };
}

/** The lowest lane of a row not taken by a task overlapping the dates (the server's choice for a new group). */
export function freeLane(row: TaskGroup | undefined, id: number, start: string, end: string): number {
  const taken = new Set(
    (row?.tasks ?? [])
      .filter((t) => t.id !== id && overlaps(t.start_date, t.end_date, start, end))
      .map((t) => t.weight ?? 0),
  );
  let lane = 0;
  while (taken.has(lane)) lane++;
  return lane;
}

/** Where the task of `item` lands, from the rows as they are (`groups`: every cached row, merged). */
export function landingOf(
  type: TaskGroupType,
  groups: readonly TaskGroup[],
  beforeEntry: TaskGroupEntry,
  item: MoveItem,
): Landing {
  const before = membershipOf(type, groups, beforeEntry);
  const { keys, landed } = groupsAfter(type, new Set(before.keys()), item);
  const start = item.start_date ?? beforeEntry.start_date;
  const end = item.end_date ?? beforeEntry.end_date;
  const weights = new Map<number, number>();
  for (const key of keys) {
    const kept = before.get(key);
    const row = groups.find((g) => g.id === key);
    weights.set(key, key === landed ? item.weight : (kept ?? freeLane(row, item.id, start, end)));
  }
  const entry: TaskGroupEntry = { ...beforeEntry, start_date: start, end_date: end };
  if (type === 'users') {
    const users = [...keys].filter((k) => k !== NO_ASSIGNEE).sort((a, b) => a - b);
    entry.assignee_user_ids = users;
    if (entry.assignees) {
      // A move to the no-assignee group clears team assignments too; other drops leave them.
      const teams = landed === NO_ASSIGNEE ? [] : entry.assignees.filter((a) => a.type === 'team');
      entry.assignees = [...users.map((id) => ({ id, type: 'user' as const })), ...teams];
    }
  }
  if (type === 'projects') {
    const project = [...keys][0] ?? null;
    entry.project_id = project;
    if (project !== beforeEntry.project_id) {
      // The project's name and colour come from a bar already in its row, if there is one.
      const sibling = groups.find((g) => g.id === project)?.tasks.find((t) => t.project);
      entry.project = sibling?.project ?? null;
      entry.client = sibling?.client ?? null;
    }
  }
  return { id: item.id, entry, weights, before, beforeEntry };
}
