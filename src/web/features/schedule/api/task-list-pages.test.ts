import { describe, expect, it } from 'vitest';
import type { TaskPage, TaskWithAggregations } from '@/api/task';
import { mapTasks, MAX_TASK_PAGES, nextTaskPage, tasksOf, totalOf, type TaskPages } from './task-list-pages';

const task = (id: number, name = `Task ${id}`) => ({ id, name }) as TaskWithAggregations;
const page = (ids: number[], total: number, per_page = 3): TaskPage => ({
  data: ids.map((id) => task(id)),
  page: 1,
  per_page,
  total,
});
const pages = (...p: TaskPage[]): TaskPages => ({ pages: p, pageParams: p.map((_, i) => i + 1) });

describe('the side list read a page at a time', () => {
  it('asks for the next page while fewer tasks are read than the upstream has', () => {
    expect(nextTaskPage(page([1, 2, 3], 7), [], 1)).toBe(2);
    expect(nextTaskPage(page([4, 5, 6], 7), [], 2)).toBe(3);
    expect(nextTaskPage(page([7], 7), [], 3)).toBeUndefined();
  });

  it('stops at an exact last page, an empty page and the page ceiling', () => {
    expect(nextTaskPage(page([4, 5, 6], 6), [], 2)).toBeUndefined();
    // Records left out by the lenient parse make a page short: an empty page after it ends the list.
    expect(nextTaskPage(page([], 9), [], 3)).toBeUndefined();
    expect(nextTaskPage(page([1, 2, 3], 10_000), [], MAX_TASK_PAGES)).toBeUndefined();
  });

  it('lists every task once in page order, and the total the upstream last said', () => {
    const data = pages(page([1, 2, 3], 6), page([3, 4, 5], 7));
    expect(tasksOf(data).map((t) => t.id)).toEqual([1, 2, 3, 4, 5]);
    expect(totalOf(data)).toBe(7);
    expect(tasksOf(undefined)).toEqual([]);
    expect(totalOf(undefined)).toBe(0);
    // Never fewer than are listed (a total that shrank while paging).
    expect(totalOf(pages(page([1, 2, 3], 2)))).toBe(3);
  });

  it('changes a task wherever its page is, leaving the paging as it was', () => {
    const data = pages(page([1, 2, 3], 5), page([4, 5], 5));
    const renamed = mapTasks(data, (t) => (t.id === 4 ? { ...t, name: 'Renamed' } : t))!;
    expect(tasksOf(renamed).find((t) => t.id === 4)?.name).toBe('Renamed');
    expect(renamed.pageParams).toEqual([1, 2]);
    expect(renamed.pages[1].total).toBe(5);
    expect(tasksOf(data).find((t) => t.id === 4)?.name).toBe('Task 4');
    expect(mapTasks(undefined, (t) => t)).toBeUndefined();
  });
});
