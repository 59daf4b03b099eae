import { shownSeconds } from '@/web/lib/block-span';
import { formatMinutes, remainingEstimateMins } from '@/web/lib/remaining-estimate';
import { daysBetween, type Day } from '@/web/lib/time/calendar-day';
import { dayNumberOf, dayOfNumber } from '@/web/lib/time/zoned';

/** What the bars need of a time block (a structural subset of the contract's TimeBlock). */
export interface BlockLike {
  id: number;
  task_id: number;
  start: string;
  duration?: number | null;
  completed_at?: string | null;
  archived_at?: string | null;
}

export interface BookedDay {
  day: Day;
  /** Every block of that day is completed. */
  done: boolean;
  /** How many blocks that day (to say how many fall outside the task's dates). */
  blocks: number;
}

export interface TaskBooking {
  bookedSecs: number;
  /** Distinct calendar days with a block, ascending. */
  days: BookedDay[];
}

/**
 * Folds blocks into booked time per task, batch by batch as a stream delivers them, keeping nothing of the
 * blocks themselves (50,000 blocks kept with their tasks held 40 MiB; their marks need a few hundred kB).
 * Blocks are deduplicated by id while folding; archived blocks book nothing. Days are grouped by day number
 * and named once per task and day.
 */
export function bookingFold(zone: string) {
  const seen = new Set<number>();
  const acc = new Map<number, { secs: number; days: Map<number, { done: boolean; blocks: number }> }>();
  return {
    add(blocks: readonly BlockLike[]) {
      for (const b of blocks) {
        if (b.archived_at || seen.has(b.id)) continue;
        seen.add(b.id);
        let t = acc.get(b.task_id);
        if (!t) acc.set(b.task_id, (t = { secs: 0, days: new Map() }));
        t.secs += shownSeconds(b.duration);
        const day = dayNumberOf(Date.parse(b.start), zone);
        const was = t.days.get(day);
        t.days.set(day, {
          done: (was?.done ?? true) && !!b.completed_at,
          blocks: (was?.blocks ?? 0) + 1,
        });
      }
    },
    /** Booked time per task id, days ascending. */
    result(): Map<number, TaskBooking> {
      const out = new Map<number, TaskBooking>();
      // Each day's name once for every task booked on it (50,000 blocks named 11,000 task-days).
      const names = new Map<number, Day>();
      const nameOf = (n: number) => {
        let day = names.get(n);
        if (day === undefined) names.set(n, (day = dayOfNumber(n)));
        return day;
      };
      for (const [id, t] of acc) {
        const days = [...t.days]
          .sort((a, b) => a[0] - b[0])
          .map(([n, d]) => ({ day: nameOf(n), done: d.done, blocks: d.blocks }));
        out.set(id, { bookedSecs: t.secs, days });
      }
      return out;
    },
  };
}

/** Per task: booked seconds and the days that have blocks (bookingFold over one list). */
export function bookingsByTask(blocks: readonly BlockLike[], zone: string): Map<number, TaskBooking> {
  const fold = bookingFold(zone);
  fold.add(blocks);
  return fold.result();
}

/** Booked days inside a bar's dates, as offsets (in days) from the bar's start. */
export function marksOnBar(
  days: readonly BookedDay[],
  start: Day,
  end: Day,
): { offset: number; done: boolean; day: Day }[] {
  return days
    .filter((d) => d.day >= start && d.day <= end)
    .map((d) => ({ ...d, offset: daysBetween(start, d.day) }));
}

/**
 * How many of the task's blocks the Timeline has read lie on days outside `start`..`end` (its dates, or the
 * dates a drop would give it). Only the blocks of the loaded window are known: none further away are counted.
 */
export function blocksOutside(days: readonly BookedDay[], start: Day, end: Day): number {
  let n = 0;
  for (const d of days) if (d.day < start || d.day > end) n += d.blocks;
  return n;
}

/**
 * Does the task have an estimate to book against? 0 is "no estimate" on the bars, and so is one below zero
 * (Toggl types it as any integer): nothing can be left of it or booked over it.
 */
export function hasEstimate(estimatedMins: number | null | undefined): estimatedMins is number {
  return estimatedMins != null && estimatedMins > 0;
}

/** The bar's plain estimate while its booked time loads: "2h 30m", "45m"; empty without an estimate. */
export function estimateLabel(estimatedMins: number | null | undefined): string {
  if (!hasEstimate(estimatedMins)) return '';
  const hours = Math.floor(estimatedMins / 60);
  const minutes = estimatedMins % 60;
  return hours ? `${hours}h${minutes ? ` ${minutes}m` : ''}` : `${minutes}m`;
}

/** "12 h left", "fully booked", "over by 2 h"; null without an estimate. */
export function remainingText(estimatedMins: number | null | undefined, bookedSecs: number): string | null {
  if (!hasEstimate(estimatedMins)) return null;
  const left = remainingEstimateMins(estimatedMins, bookedSecs) ?? 0;
  if (left > 0) return `${formatMinutes(left)} left`;
  const over = Math.round(bookedSecs / 60 - estimatedMins);
  return over > 0 ? `over by ${formatMinutes(over)}` : 'fully booked';
}

/** "booked 6 h of 18 h" (or "booked 3 h" without an estimate) for the bar's accessible name. */
export function bookedText(estimatedMins: number | null | undefined, bookedSecs: number): string {
  const booked = formatMinutes(Math.round(bookedSecs / 60));
  return hasEstimate(estimatedMins)
    ? `booked ${booked} of ${formatMinutes(estimatedMins)}`
    : `booked ${booked}`;
}
