import type { Task } from '@/api/task';
import type { TaskGroup, TaskGroupEntry, TaskGroupType } from '@/api/task-group';
import { overlaps, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { membershipOf, NO_ASSIGNEE } from '../landing';
import { hasDays } from '../lanes';
import type { MoveItem } from '../timeline-model';

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length &&
  [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i]);

/** The groups a task is in on the server, for one grouping (users with nobody: the no-assignee group). */
export function serverGroups(type: TaskGroupType, task: Task): number[] {
  if (type === 'projects') return task.project_id ? [task.project_id] : [];
  if (type === 'tags') return task.tag_ids;
  return task.assignee_user_ids?.length ? task.assignee_user_ids : [NO_ASSIGNEE];
}

/**
 * The server's task is somewhere else than the timeline shows it (`entry` in `groups`): other dates, or other
 * groups of the grouping. That is what a drop writes, so a drop on it would overwrite someone's change.
 */
export function placeDiffers(
  type: TaskGroupType,
  task: Task,
  entry: TaskGroupEntry,
  groups: readonly number[],
): boolean {
  if ((task.start_date ?? null) !== entry.start_date || (task.end_date ?? null) !== entry.end_date)
    return true;
  return !sameSet(serverGroups(type, task), groups);
}

/** The groups the timeline shows an entry in. */
export const groupsShown = (type: TaskGroupType, rows: readonly TaskGroup[], entry: TaskGroupEntry) => [
  ...membershipOf(type, rows, entry).keys(),
];

/** Anything a bar shows differs: its place, name, status or project. */
export function shownDiffers(
  type: TaskGroupType,
  task: Task,
  entry: TaskGroupEntry,
  rows: readonly TaskGroup[],
): boolean {
  return (
    placeDiffers(type, task, entry, groupsShown(type, rows, entry)) ||
    task.name !== entry.name ||
    task.status_id !== entry.status_id ||
    (task.project_id ?? null) !== (entry.project_id ?? null)
  );
}

/**
 * Whether tasks changed on the server matter to the rows shown (`windows` are their days): a task shown
 * otherwise than the server has it, or a dated task in those days that the rows lack.
 */
export function rowsOutdated(
  type: TaskGroupType,
  changed: readonly Task[],
  rows: readonly TaskGroup[],
  windows: readonly DayRange[],
): boolean {
  const entries = new Map(rows.flatMap((g) => g.tasks.map((t) => [t.id, t] as const)));
  return changed.some((task) => {
    const entry = entries.get(task.id);
    if (entry) return shownDiffers(type, task, entry, rows);
    const { start_date: start, end_date: end } = task;
    return !!start && !!end && windows.some((w) => overlaps(start, end, w.start, w.end));
  });
}

/** What someone else did to a task, as a sentence without its end ("Someone else moved ‘X’ to 22 Dec – 26 Dec"). */
export function describeChange(
  type: TaskGroupType,
  task: Task,
  entry: TaskGroupEntry,
  groups: readonly number[],
  nameOf: (userId: number) => string,
  /** A day as the user writes it (their Toggl date format: `formatShortDate`). */
  shortDate: (day: Day) => string,
): string {
  const parts: string[] = [];
  const it = () => (parts.length ? 'it' : `‘${task.name}’`);
  // Toggl's task dates are any text: days are named only when the timeline could draw them (hasDays); "someday"
  // or an instant there made the whole conflict notice fail as the planner's own error.
  if ((task.start_date ?? null) !== entry.start_date || (task.end_date ?? null) !== entry.end_date)
    parts.push(
      hasDays(task)
        ? `moved ${it()} to ${shortDate(task.start_date!)} – ${shortDate(task.end_date!)}`
        : task.start_date || task.end_date
          ? `changed the dates of ${it()}`
          : `took the dates off ${it()}`,
    );
  if (!sameSet(serverGroups(type, task), groups)) {
    const users = (task.assignee_user_ids ?? []).map(nameOf);
    if (type === 'users')
      parts.push(users.length ? `assigned ${it()} to ${users.join(', ')}` : `unassigned ${it()}`);
    else if (type === 'projects')
      parts.push(`moved ${it()} to ${task.project?.name ? `project ‘${task.project.name}’` : 'no project'}`);
    else parts.push(`changed the tags of ${it()}`);
  }
  return `Someone else ${parts.length ? parts.join(' and ') : `changed ‘${task.name}’`}`;
}

/**
 * The drop again, on the task as the server has it now: an item whose source group the task has left
 * joins its target without leaving a group; a remove from a group it has left is dropped (nothing to do).
 */
export function reapplyItems(
  type: TaskGroupType,
  items: readonly MoveItem[],
  server: readonly Task[],
): MoveItem[] {
  return items.flatMap((item) => {
    const task = server.find((t) => t.id === item.id);
    const source = item.source_group_id;
    if (!task || source === null || serverGroups(type, task).includes(source)) return [item];
    return item.op === 'remove' ? [] : [{ ...item, source_group_id: null }];
  });
}
