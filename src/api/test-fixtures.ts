import type { Task } from './task';
import type { TaskGroup, TaskGroupEntry, TaskGroupType } from './task-group';

/**
 * Builders for tests: the smallest valid record of each contract type, named after its id, with any field
 * overridden. Each test states the fields it is about; the rest stay these plain defaults.
 */

/** One timeline bar (models.EnrichedTaskGroupEntry): a planned task of early January 2026. */
export const taskEntry = (id: number, over: Partial<TaskGroupEntry> = {}): TaskGroupEntry => ({
  id,
  name: `T${id}`,
  allocation_unit: 'percent',
  estimate_type: 'total',
  private: false,
  source: 'plan',
  status_id: 1,
  start_date: '2026-01-05',
  end_date: '2026-01-07',
  ...over,
});

/** One timeline row; rows of people (the default) have no name, others are named `G<id>`. */
export const taskGroup = (id: number, tasks: TaskGroupEntry[], type: TaskGroupType = 'users'): TaskGroup => ({
  id,
  name: type === 'users' ? null : `G${id}`,
  type,
  tasks,
});

/** One Focus task (models.Task) as GET /tasks/{id} returns it. */
export const focusTask = (id: number, over: Partial<Task> = {}): Task => ({
  id,
  workspace_id: 1,
  name: `T${id}`,
  allocation_unit: 'percent',
  created_at: '2026-01-01T00:00:00Z',
  estimate_type: 'total',
  is_template: false,
  pinned: false,
  position: 0,
  priority: 'none',
  private: false,
  source: 'plan',
  status_id: 1,
  tag_ids: [],
  tags: [],
  toggl_user_id: 1,
  start_date: '2026-01-05',
  end_date: '2026-01-07',
  ...over,
});
