import { describe, expect, it } from 'vitest';
import type { TaskWithAggregations } from '@/api/task';
import { ARCHIVED_PAGE, archivedOf, nextArchivedPage, type ArchivedPage } from './archived-tasks';

const task = (id: number) => ({ id }) as TaskWithAggregations;
const page = (from: number, count: number, read = count): ArchivedPage => ({
  tasks: Array.from({ length: count }, (_, i) => task(from + i)),
  read,
});

describe('the archived list across pages', () => {
  it('reads the next page after the ones read, while nothing was restored', () => {
    expect(nextArchivedPage([page(1, ARCHIVED_PAGE)])).toBe(2);
    expect(nextArchivedPage([page(1, ARCHIVED_PAGE), page(51, ARCHIVED_PAGE)])).toBe(3);
  });

  it('after restores (the server list moved up), reads the page where the first unseen task now is', () => {
    // Three of the first page restored: the unseen ones start at position 47, still page 1.
    expect(nextArchivedPage([page(1, ARCHIVED_PAGE - 3, ARCHIVED_PAGE)])).toBe(1);
    // Tasks 48–50 were restored; page 1 read again holds the 47 seen and the next three (51–53): each shown once.
    const reread: ArchivedPage = { tasks: [...page(1, 47).tasks, ...page(51, 3).tasks], read: ARCHIVED_PAGE };
    const shown = archivedOf([page(1, ARCHIVED_PAGE - 3, ARCHIVED_PAGE), reread]).map((t) => t.id);
    expect(shown).toEqual([...Array.from({ length: 47 }, (_, i) => i + 1), 51, 52, 53]);
    expect(nextArchivedPage([page(1, ARCHIVED_PAGE - 3, ARCHIVED_PAGE), reread])).toBe(2);
  });
});
