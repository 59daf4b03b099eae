import type { TaskGroup, TaskGroupType } from '@/api/task-group';
import { overlaps, type DayRange } from '@/web/lib/time/calendar-day';
import { landingOf, NO_ASSIGNEE, type Landing } from './landing';
import type { MoveItem } from './timeline-model';

/** Rows after one landing; `range` drops the task from rows of a chunk its dates no longer touch. */
function applyLanding(groups: readonly TaskGroup[], landing: Landing, range: DayRange | null): TaskGroup[] {
  const { start_date, end_date } = landing.entry;
  const shown = range === null || overlaps(start_date, end_date, range.start, range.end);
  return groups.map((g) => {
    const index = g.tasks.findIndex((t) => t.id === landing.id);
    const weight = landing.weights.get(g.id);
    // Rows the drop does not touch stay the same objects (their memoized lanes and rows are kept).
    if (index < 0 && (weight === undefined || !shown)) return g;
    if (weight === undefined || !shown) return { ...g, tasks: g.tasks.filter((t) => t.id !== landing.id) };
    const next = { ...landing.entry, weight };
    return {
      ...g,
      tasks: index < 0 ? [...g.tasks, next] : g.tasks.map((t, i) => (i === index ? next : t)),
    };
  });
}

/**
 * The landings of a PATCH's items in order, each worked out on the rows as the items before it left them
 * (the server applies them in order, in one transaction). `groups` are every cached row, merged.
 */
export function planLandings(
  type: TaskGroupType,
  groups: readonly TaskGroup[],
  items: readonly MoveItem[],
): Landing[] {
  let rows = groups;
  const out: Landing[] = [];
  for (const item of items) {
    const entry = rows.flatMap((g) => g.tasks).find((t) => t.id === item.id);
    if (!entry) continue;
    const landing = landingOf(type, rows, entry, item);
    out.push(landing);
    rows = applyLanding(rows, landing, null);
  }
  return out;
}

/**
 * One cached chunk (a page of rows read over `range`) after the drop: each task is in exactly the rows the
 * server will put it in, with its lane there, and leaves the chunk when its dates no longer touch it. Pure.
 */
export function applyLandings(
  chunk: readonly TaskGroup[],
  range: DayRange,
  landings: readonly Landing[],
): TaskGroup[] {
  return landings.reduce<TaskGroup[]>((rows, l) => applyLanding(rows, l, range), [...chunk]);
}

const move = (id: number, source: number | null, target: number | null, weight: number): MoveItem =>
  ({ id, op: 'move', source_group_id: source, target_group_id: target, weight }) as MoveItem;
const remove = (id: number, source: number): MoveItem =>
  ({ id, op: 'remove', source_group_id: source, target_group_id: null, weight: 0 }) as MoveItem;

/** The items that put one task back where it was (its groups, lanes and dates) after `landing`. */
function undoOne(type: TaskGroupType, landing: Landing): MoveItem[] {
  const { id, before, weights: after } = landing;
  const items: MoveItem[] = [];
  const wasUnassigned = type === 'users' && before.size === 1 && before.has(NO_ASSIGNEE);
  if (wasUnassigned) {
    // Back to the no-assignee group: a null target clears whoever the drop added.
    const now = [...after.keys()][0] ?? NO_ASSIGNEE;
    items.push(move(id, now === NO_ASSIGNEE ? null : now, null, before.get(NO_ASSIGNEE) ?? 0));
  } else if (type === 'projects') {
    const [old] = [...before.keys()];
    const [now] = [...after.keys()];
    if (old !== undefined) items.push(move(id, now ?? null, old, before.get(old) ?? 0));
    else if (now !== undefined) items.push(remove(id, now));
  } else {
    for (const [k, w] of before) if (!after.has(k) && k !== NO_ASSIGNEE) items.push(move(id, null, k, w));
    for (const k of after.keys()) if (!before.has(k) && k !== NO_ASSIGNEE) items.push(remove(id, k));
    for (const [k, w] of before) if (after.has(k) && after.get(k) !== w) items.push(move(id, k, k, w));
  }
  if (!items.length) {
    // Only the dates changed: one item in a row it stays in carries them back.
    const [k, w] = [...before][0] ?? [null, 0];
    const row = type === 'users' && k === NO_ASSIGNEE ? null : k;
    items.push(move(id, row, row, w));
  }
  const { start_date, end_date } = landing.beforeEntry;
  return items.map((it) => ({ ...it, start_date, end_date }));
}

/** The PATCH that undoes a drop, from its landings: last task first, each back in its groups, lanes and dates. */
export function undoItems(type: TaskGroupType, landings: readonly Landing[]): MoveItem[] {
  return [...landings].reverse().flatMap((l) => undoOne(type, l));
}
