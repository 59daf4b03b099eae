import type { Block } from './schedule-model';
import { addDays } from '@/web/lib/time/calendar-day';
import { dayOf, startOfDayIn } from '@/web/lib/time/zoned';

/** Blocks keyed by `user|YYYY-MM-DD` (wall-clock day in the zone); a block over midnight is under both days. */
export type BlockIndex = ReadonlyMap<string, readonly Block[]>;

const EMPTY: readonly Block[] = [];

/**
 * Indexes blocks by user and day once per data change, so a row reads its own blocks instead of every block
 * of the week. Each list keeps the order of `blocks` (later blocks are drawn on top).
 */
export function indexBlocks(blocks: readonly Block[], zone: string): BlockIndex {
  const out = new Map<string, Block[]>();
  const add = (key: string, b: Block) => {
    const list = out.get(key);
    if (list) list.push(b);
    else out.set(key, [b]);
  };
  for (const b of blocks) {
    const from = Date.parse(b.start);
    const to = from + (b.duration ?? 0) * 1000;
    let day = dayOf(from, zone);
    add(`${b.toggl_user_id}|${day}`, b);
    // Further days the block reaches into (starts of those days fall before its end).
    for (;;) {
      day = addDays(day, 1);
      if (startOfDayIn(day, zone) >= to) break;
      add(`${b.toggl_user_id}|${day}`, b);
    }
  }
  return out;
}

/** The blocks of one row: a user's blocks on `dayCount` days from `firstDay`, each once, in index order. */
export function rowBlocks(
  index: BlockIndex,
  userId: number,
  firstDay: string,
  dayCount: number,
): readonly Block[] {
  if (dayCount === 1) return index.get(`${userId}|${firstDay}`) ?? EMPTY;
  const seen = new Set<number>();
  const out: Block[] = [];
  for (let i = 0; i < dayCount; i++) {
    for (const b of index.get(`${userId}|${addDays(firstDay, i)}`) ?? EMPTY) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      out.push(b);
    }
  }
  return out;
}
