import { addDays, shiftWithinCalendar, type Day } from '@/web/lib/time/calendar-day';
import { NO_ASSIGNEE } from '../landing';
import { resolveDropLane, type MoveItem } from '../timeline-model';

/** A bar as it sits on screen: its row, its lane after collision resolution, its dates. */
export interface PlacedBar {
  id: number;
  name: string;
  groupId: number;
  lane: number;
  start_date: Day;
  end_date: Day;
}

export interface Plan {
  items: MoveItem[];
}

// Row 0 is the users grouping's no-assignee group: the specification lands a task there with a null target
// (which clears every assignee), and a task leaving it has no source row.
const row = (groupId: number) => (groupId === NO_ASSIGNEE ? null : groupId);
const item = (id: number, from: number, to: number, weight: number, start: Day, end: Day): MoveItem => ({
  id,
  op: 'move',
  source_group_id: row(from),
  target_group_id: row(to),
  weight,
  start_date: start,
  end_date: end,
});

/**
 * The one PATCH of a drop of several bars: dates shift by `days`, lanes by `laneDelta`, and, when
 * `targetGroupId` is set, every bar moves to that row. Lanes are resolved against the bars that stay, so
 * the sent weight is where the bar shows. Empty when nothing changes. (Its undo is worked out from the cache
 * when it is sent: see undoItems.)
 */
export function planMove(
  moving: readonly PlacedBar[],
  days: number,
  laneDelta: number,
  targetGroupId: number | null,
  rowBars: (groupId: number) => readonly PlacedBar[],
): Plan {
  const ids = new Set(moving.map((b) => b.id));
  const placed = new Map<number, { lane: number; start_date: Day; end_date: Day }[]>();
  const othersOf = (g: number) => {
    if (!placed.has(g))
      placed.set(
        g,
        rowBars(g).filter((b) => !ids.has(b.id)),
      );
    return placed.get(g)!;
  };
  const plan: Plan = { items: [] };
  const shift = shiftWithinCalendar(
    moving.map((b) => ({ start: b.start_date, end: b.end_date })),
    days,
  );
  // Top lanes first, so a block of bars keeps its order.
  for (const bar of [...moving].sort((a, b) => a.lane - b.lane || a.id - b.id)) {
    const to = targetGroupId ?? bar.groupId;
    const start = addDays(bar.start_date, shift);
    const end = addDays(bar.end_date, shift);
    const others = othersOf(to);
    const lane = resolveDropLane(others, bar.lane + laneDelta, start, end);
    others.push({ lane, start_date: start, end_date: end });
    if (to === bar.groupId && lane === bar.lane && shift === 0) continue;
    plan.items.push(item(bar.id, bar.groupId, to, lane, start, end));
  }
  return plan;
}

/** Resizing one end by `days`: the bar keeps at least one day; it stays in its lane if that is free. */
export function planResize(
  bar: PlacedBar,
  edge: 'start' | 'end',
  days: number,
  rowBars: (groupId: number) => readonly PlacedBar[],
): Plan {
  let start = bar.start_date;
  let end = bar.end_date;
  if (edge === 'start') {
    start = addDays(start, days);
    if (start > end) start = end;
  } else {
    end = addDays(end, days);
    if (end < start) end = start;
  }
  if (start === bar.start_date && end === bar.end_date) return { items: [] };
  const others = rowBars(bar.groupId).filter((b) => b.id !== bar.id);
  const lane = resolveDropLane(others, bar.lane, start, end);
  return { items: [item(bar.id, bar.groupId, bar.groupId, lane, start, end)] };
}
