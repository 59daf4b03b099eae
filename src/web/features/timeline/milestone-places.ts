import type { Day } from '@/web/lib/time/calendar-day';
import { dateToX } from './geometry';

/** A flag as wide as its name but no wider than its name's room, at most this many px. */
export const FLAG_MAX_W = 160;

/** Marks of milestones due the same day sit side by side this far apart, the last one (named) at the day. */
export const SAME_DAY_STEP = 18;

/**
 * Where each flag goes (`left`, px) and the width it may take (`room`): up to the next flag, so flags a day or
 * two apart do not pile into unreadable chips over each other, and the last one of a cluster keeps its name.
 * Flags due the same day (sorted by day) would sit on one another, the one on top hiding the others from the
 * eye and the pointer: the earlier ones are moved left of the day, a mark each.
 */
export function flagPlaces(dues: readonly Day[], origin: Day, px: number): FlagPlace[] {
  const lefts = dues.map((due, i) => {
    let later = 0;
    while (dues[i + later + 1] === due) later++;
    return dateToX(due, origin, px) + px / 2 - later * SAME_DAY_STEP;
  });
  return lefts.map((left, i) => ({
    left,
    room: i + 1 < lefts.length ? Math.min(FLAG_MAX_W, Math.max(0, lefts[i + 1] - left - 2)) : FLAG_MAX_W,
  }));
}
export interface FlagPlace {
  left: number;
  room: number;
}
