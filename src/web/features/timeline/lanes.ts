import { isDay, overlaps, type Day } from '@/web/lib/time/calendar-day';

export interface LaneInput {
  id: number;
  start_date: Day;
  end_date: Day;
  weight?: number | null;
}

export interface LaneLayout {
  /** Lane (row inside the group) of each task id. */
  lanes: Map<number, number>;
  /** Lanes the group needs on screen (at least 1). */
  count: number;
}

/**
 * Can the task be drawn as a bar: two real calendar days, in order? An undated task (no dates, Go's empty
 * string, or any other text where a date belongs) has no place on the timeline.
 */
export function hasDays(task: { start_date?: string | null; end_date?: string | null }): boolean {
  return isDay(task.start_date) && isDay(task.end_date) && task.start_date <= task.end_date;
}

/**
 * Places bars on lanes: a task keeps its `weight` when that lane is free over its dates, otherwise it
 * takes the next free lane below. Tasks are placed by weight, then start date, then id, so the result is
 * deterministic and never puts two overlapping tasks on one lane.
 */
export function packLanes(tasks: readonly LaneInput[]): LaneLayout {
  const order = [...tasks].sort(
    (a, b) => (a.weight ?? 0) - (b.weight ?? 0) || a.start_date.localeCompare(b.start_date) || a.id - b.id,
  );
  const taken: LaneInput[][] = [];
  const lanes = new Map<number, number>();
  for (const t of order) {
    let lane = Math.max(0, t.weight ?? 0);
    while ((taken[lane] ?? []).some((o) => overlaps(o.start_date, o.end_date, t.start_date, t.end_date)))
      lane++;
    (taken[lane] ??= []).push(t);
    lanes.set(t.id, lane);
  }
  return { lanes, count: Math.max(1, taken.length) };
}

/**
 * Bars worth rendering: those overlapping the visible days (and, in a tall row, lying on the lanes
 * `laneOf(id)` within [lanes.from, lanes.to]), plus the ones that must stay mounted (dragged, selected,
 * open, focused), so the DOM follows the viewport and not the data.
 */
export function cullBars<T extends LaneInput>(
  tasks: readonly T[],
  visible: { start: Day; end: Day },
  keep: ReadonlySet<number> = new Set(),
  lanes?: { of: ReadonlyMap<number, number>; from: number; to: number },
): T[] {
  return tasks.filter((t) => {
    if (keep.has(t.id)) return true;
    if (!overlaps(t.start_date, t.end_date, visible.start, visible.end)) return false;
    if (!lanes) return true;
    const lane = lanes.of.get(t.id) ?? 0;
    return lane >= lanes.from && lane <= lanes.to;
  });
}
