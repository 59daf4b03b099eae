import type { TimeBlockPatchItem, TimeBlockWithTask } from '@/api/time-block';
import { shownSeconds } from '@/web/lib/block-span';
import { addDays } from '@/web/lib/time/calendar-day';
import { dayOf, shiftWall, startOfDayIn, toIso } from '@/web/lib/time/zoned';

export type Block = TimeBlockWithTask;

const endOf = (b: Pick<Block, 'start' | 'duration'>) => Date.parse(b.start) + (b.duration ?? 0) * 1000;

/**
 * The blocks a range of the Schedule shows: those overlapping [from, to) (an upstream answers a range read with
 * those, but nothing else is drawn either), each with a duration it can draw (shownSeconds). A block that needs
 * no change keeps its identity, so memoized rows stay as they are.
 */
export function blocksShown(blocks: readonly Block[], from: number, to: number): Block[] {
  return blocks.flatMap((b) => {
    const start = Date.parse(b.start);
    if (!Number.isFinite(start)) return [];
    const duration = shownSeconds(b.duration);
    const end = start + duration * 1000;
    const inRange = duration > 0 ? start < to && end > from : start >= from && start < to;
    if (!inRange) return [];
    return duration === (b.duration ?? 0) ? [b] : [{ ...b, duration }];
  });
}

/** Ids of live blocks that overlap another live block of the same user (touching ends do not count). */
export function findConflicts(blocks: readonly Block[]): Set<number> {
  const byUser = new Map<number, Block[]>();
  for (const b of blocks) {
    if (b.archived_at) continue;
    const list = byUser.get(b.toggl_user_id);
    if (list) list.push(b);
    else byUser.set(b.toggl_user_id, [b]);
  }
  const out = new Set<number>();
  for (const list of byUser.values()) {
    const sorted = [...list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    // Sweep: the running latest end tells whether the next start overlaps anything before it.
    let latest: Block | null = null;
    for (const b of sorted) {
      if (latest && Date.parse(b.start) < endOf(latest)) {
        out.add(b.id);
        out.add(latest.id);
      }
      if (!latest || endOf(b) > endOf(latest)) latest = b;
    }
  }
  return out;
}

/**
 * Booked minutes per `user|YYYY-MM-DD` in the zone; a block over midnight counts on both days.
 * Archived blocks do not book time.
 */
export function bookedMinutes(blocks: readonly Block[], zone: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) {
    if (b.archived_at || !b.duration) continue;
    let from = Date.parse(b.start);
    const to = from + b.duration * 1000;
    let day = dayOf(from, zone);
    while (from < to) {
      const next = startOfDayIn(addDays(day, 1), zone);
      const part = Math.min(to, next) - from;
      const key = `${b.toggl_user_id}|${day}`;
      out.set(key, (out.get(key) ?? 0) + part / 60_000);
      from = next;
      day = addDays(day, 1);
    }
  }
  return out;
}

/** One PATCH item per block: every block moved by the same wall-clock minutes. */
export function movePatches(blocks: readonly Block[], minutes: number, zone: string): TimeBlockPatchItem[] {
  if (minutes === 0) return [];
  return blocks.map((b) => ({ id: b.id, start: toIso(shiftWall(Date.parse(b.start), minutes, zone)) }));
}

/** PATCH item of a resize: duration changed by minutes, never below one snapping step. */
export function resizePatch(block: Block, minutes: number, minMinutes = 15): TimeBlockPatchItem | null {
  const duration = Math.max(minMinutes * 60, (block.duration ?? 0) + minutes * 60);
  return duration === block.duration ? null : { id: block.id, duration };
}

/** The PATCH that undoes `patches`, read from the blocks as they were before. */
export function reversePatches(
  before: readonly Block[],
  patches: readonly TimeBlockPatchItem[],
): TimeBlockPatchItem[] {
  const byId = new Map(before.map((b) => [b.id, b]));
  return patches.flatMap((p) => {
    const b = byId.get(p.id);
    if (!b) return [];
    const back: TimeBlockPatchItem = { id: p.id };
    if (p.start !== undefined) back.start = b.start;
    if (p.duration !== undefined) back.duration = b.duration ?? 0;
    if (p.task_id !== undefined) back.task_id = b.task_id;
    if (p.completed !== undefined) back.completed = Boolean(b.completed_at);
    return [back];
  });
}

/** Blocks with patches applied (what the server will hold after a bulk PATCH). */
export function applyPatches(
  blocks: readonly Block[],
  patches: readonly TimeBlockPatchItem[],
  taskById: (id: number) => Block['task'] | undefined,
  now = new Date().toISOString(),
): Block[] {
  const byId = new Map(patches.map((p) => [p.id, p]));
  return blocks.map((b) => {
    const p = byId.get(b.id);
    if (!p) return b;
    const next = { ...b };
    if (p.start !== undefined) next.start = p.start;
    if (p.duration !== undefined) next.duration = p.duration;
    if (p.completed !== undefined) next.completed_at = p.completed ? now : null;
    if (p.task_id !== undefined && p.task_id !== b.task_id) {
      next.task_id = p.task_id;
      next.task = taskById(p.task_id) ?? b.task;
    }
    return next;
  });
}
