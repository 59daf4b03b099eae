import type { Day } from '@/web/lib/time/calendar-day';
import { blocksOutside, type TaskBooking } from '../bookings';

/** A task as it was before a drop, and the dates the drop gives it. */
export interface DatedMove {
  id: number;
  name: string;
  before: { start: Day; end: Day };
  after: { start: Day; end: Day };
}

/**
 * What to tell the user when a drop leaves time blocks outside their task's new dates (more of them than
 * before), or null. Counted from the blocks the Timeline already read for its booked-day marks: no request.
 */
export function outsideWarning(
  moves: readonly DatedMove[],
  bookings: ReadonlyMap<number, TaskBooking> | null,
): string | null {
  if (!bookings) return null;
  let blocks = 0;
  const tasks: string[] = [];
  const seen = new Set<number>();
  for (const m of moves) {
    const days = bookings.get(m.id)?.days;
    if (!days || seen.has(m.id)) continue;
    seen.add(m.id);
    const now = blocksOutside(days, m.after.start, m.after.end);
    if (now > blocksOutside(days, m.before.start, m.before.end)) {
      blocks += now;
      tasks.push(m.name);
    }
  }
  if (!tasks.length) return null;
  const n = `${blocks} time block${blocks === 1 ? '' : 's'}`;
  const what =
    tasks.length === 1
      ? `'${tasks[0]}' now has ${n} outside its dates.`
      : `${tasks.length} moved tasks now have ${n} outside their dates.`;
  return `${what} Move ${blocks === 1 ? 'it' : 'them'} on the Schedule, or change the dates.`;
}
