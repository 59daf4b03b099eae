/** A task's span on the calendar, dates as `YYYY-MM-DD` (string order is date order). */
export interface Span {
  id: number;
  start_date: string;
  end_date: string;
}

/**
 * Greedy interval partitioning: gives each span the lowest lane not taken by an overlapping span.
 * Spans are visited by start date, so the result uses the fewest lanes possible.
 */
export function packLanes(spans: readonly Span[]): Map<number, number> {
  const sorted = [...spans].sort((a, b) =>
    a.start_date === b.start_date ? a.id - b.id : a.start_date < b.start_date ? -1 : 1,
  );
  const laneEnds: string[] = [];
  const lanes = new Map<number, number>();
  for (const span of sorted) {
    let lane = laneEnds.findIndex((end) => end < span.start_date);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end_date;
    lanes.set(span.id, lane);
  }
  return lanes;
}
