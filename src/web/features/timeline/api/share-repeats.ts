import type { TaskGroup, TaskGroupEntry } from '@/api/task-group';
import { oneCopyOfEach } from '@/web/lib/one-copy';

type Pooled = 'project' | 'client' | 'parent_task';
const OBJECTS: readonly Pooled[] = ['project', 'client', 'parent_task'];
const STRINGS = ['start_date', 'end_date', 'color', 'source', 'allocation_unit', 'estimate_type'] as const;

/**
 * One copy of what a page of rows repeats: the same project, client and parent task objects and the same
 * dates and enum texts recur on thousands of tasks, and a parsed answer holds each occurrence apart (at 10,000
 * tasks, 8,400 small objects and 30,000 short strings). Changes the freshly parsed page in place (nothing else
 * holds it yet) and returns it; values are unchanged.
 */
export function shareRepeats(groups: TaskGroup[]): TaskGroup[] {
  const text = oneCopyOfEach();
  const objects = new Map<string, object>();
  const shared = <T extends object>(o: T): T => {
    const key = JSON.stringify(o);
    const kept = objects.get(key) as T | undefined;
    if (kept) return kept;
    objects.set(key, o);
    return o;
  };
  for (const group of groups)
    for (const task of group.tasks as TaskGroupEntry[]) {
      const t = task as Record<string, unknown>;
      for (const key of STRINGS) if (typeof t[key] === 'string') t[key] = text(t[key]);
      for (const key of OBJECTS) if (task[key]) t[key] = shared(task[key]);
      if (task.assignees) task.assignees = task.assignees.map(shared);
    }
  return groups;
}
