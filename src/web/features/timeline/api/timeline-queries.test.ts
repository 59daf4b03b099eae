import { describe, expect, it } from 'vitest';
import type { TaskGroup } from '@/api/task-group';
import { taskEntry, taskGroup } from '@/api/test-fixtures';
import { pageGroups } from './timeline-queries';

const group = (id: number, taskIds: number[] = []): TaskGroup =>
  taskGroup(
    id,
    taskIds.map((t) => taskEntry(t)),
  );

describe('pageGroups', () => {
  it('keeps one no-assignee group (it comes with every page), first, and every user group in page order', () => {
    const unassigned = group(0, [7]);
    const pages = [
      [group(3), group(1), unassigned],
      [group(5), group(0, [7])],
    ];
    const groups = pageGroups(pages);
    expect(groups.map((g) => g.id)).toEqual([0, 3, 1, 5]);
    // The first copy, as it came (row memoization keys on the group object).
    expect(groups[0]).toBe(unassigned);
    expect(groups[1]).toBe(pages[0][0]);
  });

  it('keeps the first copy of a group that comes again (the paging shifted under the read)', () => {
    const first = group(4, [1]);
    const pages = [
      [group(2), first, group(2)],
      [group(4, [1, 2]), group(6)],
    ];
    const groups = pageGroups(pages);
    expect(groups.map((g) => g.id)).toEqual([2, 4, 6]);
    expect(groups[1]).toBe(first);
  });

  it('passes pages without a no-assignee group through unchanged', () => {
    expect(pageGroups([[group(2)], [group(4)]]).map((g) => g.id)).toEqual([2, 4]);
    expect(pageGroups([])).toEqual([]);
  });
});
