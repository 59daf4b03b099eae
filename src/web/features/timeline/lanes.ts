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
export function hasDays<T extends { start_date?: string | null; end_date?: string | null }>(
  task: T,
): task is T & { start_date: Day; end_date: Day } {
  return isDay(task.start_date) && isDay(task.end_date) && task.start_date <= task.end_date;
}

/**
 * Places bars on lanes: a task keeps its `weight` (Toggl's lane of the task in its group) when that lane is
 * free over its dates, otherwise it takes the next free lane below. A weight above the group's number of
 * tasks counts as "below the others": such tasks start on the first lane after those of the smaller weights.
 * Tasks are placed by weight, then start date, then id, so the result is deterministic, never puts two
 * overlapping tasks on one lane, and never needs more than twice as many lanes as tasks.
 */
export function packLanes(tasks: readonly LaneInput[]): LaneLayout {
  const order = [...tasks].sort(
    (a, b) => (a.weight ?? 0) - (b.weight ?? 0) || a.start_date.localeCompare(b.start_date) || a.id - b.id,
  );
  const taken: LaneInput[][] = [];
  const lanes = new Map<number, number>();
  // The weight is an integer without bound (another client may write 1,000,000 or 2**40): taken as a lane,
  // it made a row millions of pixels tall. A drop writes the lane it lands on, at most the spare lane under a
  // row, which is no further down than the number of tasks unless the row already has empty lanes: weights up
  // to that keep their lane, so a drag still lands where it was dropped.
  const most = tasks.length;
  let below: number | undefined;
  for (const t of order) {
    const weight = Math.max(0, t.weight ?? 0);
    let lane = weight <= most ? weight : (below ??= taken.length);
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
