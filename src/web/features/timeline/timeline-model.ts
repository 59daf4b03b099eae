import type { TaskGroup, TaskGroupEntry, TaskGroupPatchItem } from '@/api/task-group';
import { overlaps, type Day } from '@/web/lib/time/calendar-day';

/**
 * One item of a PATCH /tasks/groups/{group} body, always with both dates (absolute, so replays are safe). A
 * null source: the task joins the target without leaving a group; a null target on users: the no-assignee
 * group (every assignee is cleared), and on a `remove`: none.
 */
export type MoveItem = TaskGroupPatchItem & {
  source_group_id: number | null;
  target_group_id: number | null;
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
