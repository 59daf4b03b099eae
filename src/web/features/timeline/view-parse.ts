import type { TaskGroupType } from '@/api/task-group';
import { addDays, isDay, type Day } from '@/web/lib/time/calendar-day';
import { clampViewStart, ZOOMS, type Zoom } from './geometry';

// The view as the URL says it, without React: the app's small entry reads it too (app/early-view).

export const FILTER_KEYS = ['project', 'client', 'tag', 'status', 'assignee', 'priority', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface ViewState {
  group: TaskGroupType;
  /** First day in view. */
  start: Day;
  zoom: Zoom;
  filters: Filters;
}

const GROUPS: readonly TaskGroupType[] = ['users', 'projects', 'tags'];

/** The view from the URL: a link reproduces it, Back goes to the previous one. Bad values fall back. */
export function parseView(params: URLSearchParams, today: Day): ViewState {
  const group = params.get('group');
  const zoom = params.get('zoom');
  const start = params.get('start');
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  return {
    group: GROUPS.includes(group as TaskGroupType) ? (group as TaskGroupType) : 'users',
    zoom: ZOOMS.includes(zoom as Zoom) ? (zoom as Zoom) : 'week',
    start: clampViewStart(isDay(start) ? start : addDays(today, -3)),
    filters,
  };
}

/** Query parameters of GET /tasks/groups for the filters (ids are csv, as the API takes them). */
export function filterQuery(f: Filters): Record<string, string | undefined> {
  return {
    project_id: f.project,
    client_id: f.client,
    tag_id: f.tag,
    status_id: f.status,
    assignee_user_id: f.assignee,
    priority: f.priority,
    name: f.q,
  };
}
