import type { InfiniteData } from '@tanstack/react-query';
import type { TaskPage, TaskWithAggregations } from '@/api/task';

/** The side list's cache entry: the pages of the week's tasks read so far. */
export type TaskPages = InfiniteData<TaskPage>;

/** At most this many pages in one list (the hourly quota is small; the name filter finds the rest). */
export const MAX_TASK_PAGES = 50;

/** Every task read so far, in the list's order (a task that moved between pages is listed once). */
export function tasksOf(data: TaskPages | undefined): TaskWithAggregations[] {
  if (!data) return [];
  const seen = new Set<number>();
  const out: TaskWithAggregations[] = [];
  for (const page of data.pages)
    for (const task of page.data) {
      if (seen.has(task.id)) continue;
      seen.add(task.id);
      out.push(task);
    }
  return out;
}

/** The tasks of the week the upstream says there are (the last page read knows the total). */
export function totalOf(data: TaskPages | undefined): number {
  const last = data?.pages.at(-1);
  return last ? Math.max(last.total, tasksOf(data).length) : 0;
}

/** The next page while the pages read hold fewer tasks than the total (and within MAX_TASK_PAGES). */
export function nextTaskPage(last: TaskPage, _all: unknown, page: number): number | undefined {
  const read = (page - 1) * last.per_page + last.data.length;
  return last.data.length > 0 && read < last.total && page < MAX_TASK_PAGES ? page + 1 : undefined;
}

/** The same pages with `update` applied to each task (optimistic changes to the list). */
export function mapTasks(
  data: TaskPages | undefined,
  update: (task: TaskWithAggregations) => TaskWithAggregations,
): TaskPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((p) => ({ ...p, data: p.data.map(update) })) };
}
