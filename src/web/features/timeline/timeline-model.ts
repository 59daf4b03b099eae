import type { TaskGroup, TaskGroupEntry, TaskGroupPatchItem, TaskGroupType } from '@/api/task-group';
import { overlaps, type Day, type DayRange } from '@/web/lib/time/calendar-day';

/** One `move` of a PATCH /tasks/groups/{group} body, always with both dates (absolute, so replays are safe). */
export type MoveItem = TaskGroupPatchItem & {
  source_group_id: number;
  target_group_id: number;
  start_date: Day;
  end_date: Day;
};

/** Merges lists of groups (cached windows, pages) into one list; a task in several lists appears once. */
export function mergeChunks(chunks: readonly (readonly TaskGroup[] | undefined)[]): TaskGroup[] {
  const byId = new Map<number, { group: TaskGroup; seen: Set<number> }>();
  for (const chunk of chunks) {
    for (const g of chunk ?? []) {
      let slot = byId.get(g.id);
      if (!slot) {
        slot = { group: { ...g, tasks: [] }, seen: new Set() };
        byId.set(g.id, slot);
      }
      for (const t of g.tasks) {
        if (slot.seen.has(t.id)) continue;
        slot.seen.add(t.id);
        slot.group.tasks.push(t);
      }
    }
  }
  return [...byId.values()].map((s) => s.group);
}

/** The task entries of the view by id (the first copy wins: copies of one task differ only in weight). */
export function entriesById(groups: readonly TaskGroup[]): Map<number, TaskGroupEntry> {
  const map = new Map<number, TaskGroupEntry>();
  for (const g of groups) for (const t of g.tasks) if (!map.has(t.id)) map.set(t.id, t);
  return map;
}

/** The same task after it lands in `target`: assignees / project follow the grouping. */
function landed(
  entry: TaskGroupEntry,
  item: MoveItem,
  type: TaskGroupType,
  groups: readonly TaskGroup[],
): TaskGroupEntry {
  const next: TaskGroupEntry = {
    ...entry,
    weight: item.weight,
    start_date: item.start_date,
    end_date: item.end_date,
  };
  if (type === 'users' && item.source_group_id !== item.target_group_id) {
    const ids = (entry.assignee_user_ids ?? []).filter((u) => u !== item.source_group_id);
    next.assignee_user_ids = item.target_group_id === 0 ? [] : [...new Set([...ids, item.target_group_id])];
  }
  if (type === 'projects' && item.source_group_id !== item.target_group_id) {
    next.project_id = item.target_group_id || null;
    // Borrow the project's colour and name from a sibling bar of the target row, if any.
    const sibling = groups.find((g) => g.id === item.target_group_id)?.tasks.find((t) => t.project);
    next.project = item.target_group_id ? (sibling?.project ?? null) : null;
  }
  return next;
}

/**
 * The optimistic state of one cached chunk after a drop: each task leaves its source row and enters its
 * target row with the new lane and dates (or leaves the chunk when its dates no longer touch it); its
 * other rows (a task with several assignees) get the new dates too. Pure: returns new arrays; untouched
 * groups are returned as they were.
 */
export function applyMoves(
  groups: readonly TaskGroup[],
  chunk: DayRange,
  type: TaskGroupType,
  items: readonly MoveItem[],
  before: ReadonlyMap<number, TaskGroupEntry>,
): TaskGroup[] {
  let out = [...groups];
  for (const item of items) {
    const entry = before.get(item.id);
    if (!entry) continue;
    const moved = landed(entry, item, type, out);
    const inChunk = overlaps(moved.start_date, moved.end_date, chunk.start, chunk.end);
    out = out.map((g) => {
      // Rows the move does not touch stay the same objects (their memoized lanes and rows are kept).
      if (g.id !== item.target_group_id && !g.tasks.some((t) => t.id === item.id)) return g;
      const tasks = g.tasks.filter(
        (t) => !(t.id === item.id && (g.id === item.source_group_id || g.id === item.target_group_id)),
      );
      if (g.id === item.target_group_id && inChunk) tasks.push(moved);
      return {
        ...g,
        tasks: tasks
          .map((t) =>
            t.id === item.id && t !== moved
              ? { ...t, start_date: moved.start_date, end_date: moved.end_date }
              : t,
          )
          .filter((t) => t.id !== item.id || overlaps(t.start_date, t.end_date, chunk.start, chunk.end)),
      };
    });
  }
  return out;
}

/** The PATCH that undoes `items`, from the state before them. */
export function reverseItems(
  items: readonly MoveItem[],
  before: ReadonlyMap<number, TaskGroupEntry>,
  weightOf: (id: number) => number,
): MoveItem[] {
  return items.flatMap((item) => {
    const old = before.get(item.id);
    if (!old) return [];
    return [
      {
        id: item.id,
        op: 'move' as const,
        source_group_id: item.target_group_id,
        target_group_id: item.source_group_id,
        weight: weightOf(item.id),
        start_date: old.start_date,
        end_date: old.end_date,
      },
    ];
  });
}

/**
 * The lane a dropped bar gets in its target row: the wanted lane if no other bar there overlaps its
 * new dates, else the next free one below. `others` are the row's bars with their on-screen lanes.
 */
export function resolveDropLane(
  others: readonly { lane: number; start_date: Day; end_date: Day }[],
  wanted: number,
  start: Day,
  end: Day,
): number {
  let lane = Math.max(0, wanted);
  while (others.some((o) => o.lane === lane && overlaps(o.start_date, o.end_date, start, end))) lane++;
  return lane;
}
