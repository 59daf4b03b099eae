import type { QueryKey } from '@tanstack/react-query';
import type { TaskGroupType } from '@/api/task-group';
import type { DayRange } from './time/calendar-day';
import type { ProjectScope, WorkspaceScope } from './workspace-scope';

/** What a workspace key needs of a scope (any scope will do, which keeps the lint's key check honest). */
type Ws = Pick<WorkspaceScope, 'workspaceId'>;

/**
 * Every query key of the planner, in one place, so reads and the writes that refresh them cannot drift
 * apart. Keys are hierarchical: a prefix names everything under it (`timeline.all(ws)` is every Timeline read
 * of a workspace). Workspace keys carry the workspace id, not the organization (it follows from the
 * workspace), but take the scope, so a query reading both has both in its key expression. Every
 * `queryOptions` factory and every invalidation takes its key from here.
 */
export const queryKeys = {
  account: {
    all: () => ['account'] as const,
    me: () => [...queryKeys.account.all(), 'me'] as const,
    workspaces: () => [...queryKeys.account.all(), 'workspaces'] as const,
    settings: () => [...queryKeys.account.all(), 'settings'] as const,
  },
  organization: {
    all: (organizationId: number) => ['organization', organizationId] as const,
    users: (organizationId: number) => [...queryKeys.organization.all(organizationId), 'users'] as const,
    /** A workspace's people (under `users`: what refreshes the users refreshes them). */
    people: (scope: Pick<WorkspaceScope, 'organizationId' | 'workspaceId'>) =>
      [...queryKeys.organization.users(scope.organizationId), 'workspace', scope.workspaceId] as const,
    roles: (organizationId: number) => ['roles', organizationId] as const,
  },
  groups: {
    all: (organizationId: number) => ['groups', organizationId] as const,
    list: (organizationId: number) => [...queryKeys.groups.all(organizationId), 'list'] as const,
  },
  clients: (ws: Ws) => ['clients', ws.workspaceId, 'list'] as const,
  statuses: (ws: Ws) => ['statuses', ws.workspaceId, 'list'] as const,
  tags: (ws: Ws) => ['tags', ws.workspaceId, 'list'] as const,
  projects: {
    /** Every project read of a workspace, the members page's project heading included. */
    all: (ws: Ws) => ['projects', ws.workspaceId] as const,
    /** The whole list (names and colours for other views). */
    list: (ws: Ws) => [...queryKeys.projects.all(ws), 'list'] as const,
    /** The projects page's filtered pages. */
    pages: (ws: Ws) => [...queryKeys.projects.all(ws), 'pages'] as const,
    page: <F>(ws: Ws, filters: F) => [...queryKeys.projects.pages(ws), filters] as const,
    children: (ws: Ws, projectId: number) => [...queryKeys.projects.all(ws), 'children', projectId] as const,
    detail: (project: ProjectScope) => [...queryKeys.projects.all(project), 'detail', project] as const,
    /** Every project's members of a workspace. */
    allMembers: (ws: Ws) => ['project-members', ws.workspaceId] as const,
    members: (project: ProjectScope) => [...queryKeys.projects.allMembers(project), project] as const,
    /** Track's project groups (which groups give access), of every project of a workspace. */
    allGroups: (ws: Ws) => ['project-groups', ws.workspaceId] as const,
    groups: (project: ProjectScope) => [...queryKeys.projects.allGroups(project), project.projectId] as const,
  },
  timeline: {
    all: (ws: Ws) => ['timeline', ws.workspaceId] as const,
    grouping: (ws: Ws, group: TaskGroupType) => [...queryKeys.timeline.all(ws), group] as const,
    /** One window of rows: a grouping's task groups over whole months, with the view's filters. */
    window: <F>(ws: Ws, group: TaskGroupType, range: DayRange, filters: F) =>
      [...queryKeys.timeline.grouping(ws, group), range, filters] as const,
    /** The block reads behind the bars' booked days (any grouping). */
    blocks: (ws: Ws) => [...queryKeys.timeline.all(ws), 'time-blocks'] as const,
    blockWindow: (ws: Ws, range: DayRange, zone: string) =>
      [...queryKeys.timeline.blocks(ws), range, zone] as const,
  },
  /** Single tasks as GET /tasks/{task_id} answers them (the Timeline's details panel). */
  tasks: {
    all: (ws: Ws) => ['tasks', ws.workspaceId] as const,
    detail: (ws: Ws, taskId: number) => [...queryKeys.tasks.all(ws), 'detail', taskId] as const,
    /** The archived tasks' list (the Timeline's "Archived tasks"). */
    archived: (ws: Ws) => [...queryKeys.tasks.all(ws), 'archived'] as const,
  },
  /** One task's block list (the Timeline's side panel). */
  taskBlocks: {
    all: (ws: Ws) => ['task-time-blocks', ws.workspaceId] as const,
    task: (ws: Ws, taskId: number) => [...queryKeys.taskBlocks.all(ws), taskId] as const,
  },
  /** An organization's planning data: working weeks, time off and public holidays, per person. */
  availability: {
    all: (organizationId: number) => ['availability', organizationId] as const,
    workingHours: (organizationId: number, userId: number) =>
      [...queryKeys.availability.all(organizationId), 'working-hours', userId] as const,
    timeOff: (organizationId: number) => [...queryKeys.availability.all(organizationId), 'time-off'] as const,
    /** One person's full entries (with their category; managers only). */
    timeOffOf: (organizationId: number, userId: number, range: DayRange) =>
      [...queryKeys.availability.timeOff(organizationId), 'user', userId, range] as const,
    /** Several people's entries without personal detail. */
    timeOffOfUsers: (organizationId: number, userIds: readonly number[], range: DayRange) =>
      [...queryKeys.availability.timeOff(organizationId), 'users', userIds, range] as const,
    holidays: (organizationId: number, userIds: readonly number[], range: DayRange) =>
      [...queryKeys.availability.all(organizationId), 'holidays', userIds, range] as const,
  },
  /** Capacity computations (`/capacities`): anything a working week, time off or a task write changes. */
  capacities: {
    all: (ws: Ws) => ['capacities', ws.workspaceId] as const,
    window: <P>(ws: Ws, params: P) => [...queryKeys.capacities.all(ws), params] as const,
  },
  milestones: {
    all: (ws: Ws) => ['milestones', ws.workspaceId] as const,
    window: <F>(ws: Ws, range: DayRange, filters: F) =>
      [...queryKeys.milestones.all(ws), range, filters] as const,
  },
  schedule: {
    all: (ws: Ws) => ['schedule', ws.workspaceId] as const,
    weeks: (ws: Ws) => [...queryKeys.schedule.all(ws), 'weeks'] as const,
    week: <F>(ws: Ws, weekStart: string, filters: F) =>
      [...queryKeys.schedule.weeks(ws), weekStart, filters] as const,
    /** The side list's tasks of a week, unfiltered ('') or as the upstream's name filter finds them. */
    tasks: (ws: Ws, weekStart: string, name = '') =>
      [...queryKeys.schedule.all(ws), 'tasks', weekStart, name] as const,
  },
};

/**
 * A Timeline window key read back from the cache (see `timeline.window` and `timeline.blockWindow`): its
 * grouping (or 'time-blocks'), its days, and its filters (or zone).
 */
export function timelineWindowOf(key: QueryKey): { group: unknown; range: DayRange; detail: unknown } {
  return { group: key[2], range: key[3] as DayRange, detail: key[4] };
}
