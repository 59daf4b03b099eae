import type { TaskState } from './state-store';

/**
 * The state changes that have a route of their own, for one task and in bulk alike: the method and path
 * suffix the OpenAPI gives each (restore is a PATCH). Delete is the resource's DELETE.
 */
export const STATE_ROUTES: readonly (readonly [method: 'post' | 'patch', path: string, state: TaskState])[] =
  [
    ['post', 'archive', 'archive'],
    ['post', 'unarchive', 'unarchive'],
    ['patch', 'restore', 'restore'],
  ];
