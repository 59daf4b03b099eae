import type { Task, TaskWithAggregations } from '@/api/task';
import type { TimeBlock, TimeBlockWithTask } from '@/api/time-block';
import { addDays, overlaps, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { dateTimeLabel } from '@/web/lib/time/format';
import { rangeInstants } from '@/web/lib/time/zoned';

const instant = (iso: string) => Date.parse(iso);

/**
 * The server's block is not where (or what) the Schedule shows: other start, length, task, completion or
 * archive state. That is what a block drop writes, so a drop on it would overwrite someone's change.
 */
export function blockDiffers(server: TimeBlock, shown: TimeBlock): boolean {
  return (
    instant(server.start) !== instant(shown.start) ||
    (server.duration ?? 0) !== (shown.duration ?? 0) ||
    server.task_id !== shown.task_id ||
    !!server.completed_at !== !!shown.completed_at ||
    !!server.archived_at !== !!shown.archived_at
  );
}

/** A block changed on the server matters to the week shown: it differs from its copy, or is new in the week. */
export function blocksOutdated(
  changed: readonly TimeBlock[],
  shown: readonly TimeBlock[],
  week: { from: number; to: number },
): boolean {
  const byId = new Map(shown.map((b) => [b.id, b]));
  return changed.some((b) => {
    const copy = byId.get(b.id);
    if (copy) return blockDiffers(b, copy);
    const start = instant(b.start);
    return start >= week.from && start < week.to;
  });
}

/** A task changed on the server matters to the side list: a listed task shows otherwise, or a new one is in the week. */
export function taskListOutdated(
  changed: readonly Task[],
  listed: readonly TaskWithAggregations[],
  week: DayRange,
): boolean {
  const byId = new Map(listed.map((t) => [t.id, t]));
  return changed.some((t) => {
    const copy = byId.get(t.id);
    if (copy)
      return (
        copy.name !== t.name ||
        (copy.estimated_mins ?? null) !== (t.estimated_mins ?? null) ||
        (copy.start_date ?? null) !== (t.start_date ?? null) ||
        (copy.end_date ?? null) !== (t.end_date ?? null) ||
        copy.status_id !== t.status_id
      );
    return !!t.start_date && !!t.end_date && overlaps(t.start_date, t.end_date, week.start, week.end);
  });
}

/** What someone else did to a block, as the start of a sentence ("Someone else moved the ‘X’ block to …"). */
export function describeBlockChange(
  server: TimeBlockWithTask,
  shown: TimeBlockWithTask,
  zone: string,
): string {
  const what = `the ‘${shown.task?.name || server.task?.name || `task ${server.task_id}`}’ block`;
  if (server.archived_at && !shown.archived_at) return `Someone else archived ${what}`;
  const parts: string[] = [];
  if (instant(server.start) !== instant(shown.start))
    parts.push(`moved ${what} to ${dateTimeLabel(instant(server.start), zone)}`);
  if ((server.duration ?? 0) !== (shown.duration ?? 0))
    parts.push(`made ${parts.length ? 'it' : what} ${Math.round((server.duration ?? 0) / 60)} min long`);
  if (server.task_id !== shown.task_id) parts.push(`moved ${parts.length ? 'it' : what} to another task`);
  if (!!server.completed_at !== !!shown.completed_at)
    parts.push(`marked ${parts.length ? 'it' : what} ${server.completed_at ? 'complete' : 'not complete'}`);
  return `Someone else ${parts.length ? parts.join(' and ') : `changed ${what}`}`;
}

/** The instants of the shown work week (Monday 00:00 to Saturday 00:00 in the zone). */
export function weekInstants(weekStart: Day, zone: string): { from: number; to: number } {
  const { date_from, date_to } = rangeInstants({ start: weekStart, end: addDays(weekStart, 4) }, zone);
  return { from: instant(date_from), to: instant(date_to) };
}

/**
 * What a change check of the Schedule asks about: the blocks starting four weeks either side of the week,
 * so a block someone moved out of the week (not too far) is seen too.
 */
export function checkRange(weekStart: Day, zone: string, archived: boolean) {
  return {
    ...rangeInstants({ start: addDays(weekStart, -28), end: addDays(weekStart, 32) }, zone),
    archived,
  };
}
