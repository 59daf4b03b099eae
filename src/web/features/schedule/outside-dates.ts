import { isDay, type Day } from '@/web/lib/time/calendar-day';
import { dayOf } from '@/web/lib/time/zoned';
import type { Block } from './schedule-model';

/** A task some of whose blocks lie on days outside its dates (the Timeline marks its bar with a `!`). */
export interface OutsideDates {
  name: string;
  count: number;
  start: Day;
  end: Day;
}

/**
 * Of `blocks` (just booked or moved), those on a day outside their task's dates, per task. A task without two
 * readable dates has no outside.
 */
export function outsideTaskDates(blocks: readonly Block[], zone: string): OutsideDates[] {
  return [...outsideByTask(blocks, zone).values()];
}

function outsideByTask(blocks: readonly Block[], zone: string): Map<number, OutsideDates> {
  const byTask = new Map<number, OutsideDates>();
  for (const b of blocks) {
    const t = b.task;
    if (!t || !isDay(t.start_date) || !isDay(t.end_date)) continue;
    const day = dayOf(Date.parse(b.start), zone);
    if (day >= t.start_date && day <= t.end_date) continue;
    const seen = byTask.get(b.task_id);
    if (seen) seen.count++;
    else
      byTask.set(b.task_id, { name: t.name || 'Untitled', count: 1, start: t.start_date, end: t.end_date });
  }
  return byTask;
}

/** Of a write's blocks, the tasks with more blocks outside their dates after it than before (none: []). */
export function newlyOutside(
  before: readonly Block[],
  after: readonly Block[],
  zone: string,
): OutsideDates[] {
  const was = outsideByTask(before, zone);
  return [...outsideByTask(after, zone)]
    .filter(([id, o]) => o.count > (was.get(id)?.count ?? 0))
    .map(([, o]) => o);
}

/** The warning for them, as the Timeline words it for a moved task, or null. */
export function outsideDatesText(
  found: readonly OutsideDates[],
  shortDate: (d: Day) => string,
): string | null {
  if (!found.length) return null;
  const lines = found.map(
    (f) =>
      `'${f.name}' now has ${f.count} time block${f.count === 1 ? '' : 's'} outside its dates (${shortDate(f.start)} – ${shortDate(f.end)}).`,
  );
  return `${lines.join(' ')} Move ${found.length === 1 && found[0].count === 1 ? 'it' : 'them'} inside the dates, or change the dates on the Timeline.`;
}
