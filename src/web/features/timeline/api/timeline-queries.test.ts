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

  it('passes pages without a no-assignee group through unchanged', () => {
    expect(pageGroups([[group(2)], [group(4)]]).map((g) => g.id)).toEqual([2, 4]);
    expect(pageGroups([])).toEqual([]);
  });
});
