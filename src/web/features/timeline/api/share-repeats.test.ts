import { describe, expect, it } from 'vitest';
import type { TaskGroup, TaskGroupEntry } from '@/api/task-group';
import { shareRepeats } from './share-repeats';

const entry = (id: number, project: { id: number; name: string }): TaskGroupEntry =>
  ({
    id,
    name: `Task ${id}`,
    allocation_unit: 'flat',
    estimate_type: 'total',
    private: false,
    source: 'plan',
    status_id: 1,
    start_date: '2026-12-01',
    end_date: '2026-12-04',
    project: { ...project },
    client: { id: 9, name: 'Acme' },
    assignees: [{ id: 5, type: 'user' }],
  }) as TaskGroupEntry;

const page = (): TaskGroup[] => [
  {
    id: 1,
    name: null,
    type: 'users',
    tasks: [entry(1, { id: 7, name: 'Web' }), entry(2, { id: 7, name: 'Web' })],
  },
  { id: 2, name: null, type: 'users', tasks: [entry(3, { id: 8, name: 'App' })] },
];

describe('shareRepeats', () => {
  it('keeps one object for equal projects, clients and assignees, and leaves every value as it was', () => {
    const before = page();
    const after = shareRepeats(page());
    expect(after).toEqual(before);
    const [a, b] = after[0].tasks;
    const c = after[1].tasks[0];
    expect(a.project).toBe(b.project);
    expect(a.client).toBe(c.client);
    expect(a.assignees![0]).toBe(c.assignees![0]);
    // A different project stays its own object.
    expect(c.project).not.toBe(a.project);
    expect(c.project).toEqual({ id: 8, name: 'App' });
  });

  it('keeps apart objects with the same id and different contents (a rename between reads)', () => {
    const groups = page();
    groups[1].tasks[0] = entry(3, { id: 7, name: 'Web (renamed)' });
    const after = shareRepeats(groups);
    expect(after[1].tasks[0].project).toEqual({ id: 7, name: 'Web (renamed)' });
    expect(after[0].tasks[0].project).toEqual({ id: 7, name: 'Web' });
  });
});
