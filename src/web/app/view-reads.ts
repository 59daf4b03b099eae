import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/web/lib/query-keys';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';

/** What each view reads (key prefixes): its Retry after a render error reads these again. */
export type ViewReads = (scope: WorkspaceScope) => QueryKey[];

const lookups = (s: WorkspaceScope): QueryKey[] => [
  queryKeys.organization.all(s.organizationId),
  queryKeys.projects.list(s),
  queryKeys.tags(s),
  queryKeys.statuses(s),
  queryKeys.clients(s),
];

export const VIEW_READS = {
  timeline: (s) => [queryKeys.timeline.all(s), queryKeys.taskBlocks.all(s), ...lookups(s)],
  schedule: (s) => [queryKeys.schedule.all(s), queryKeys.account.me(), ...lookups(s)],
  projects: (s) => [queryKeys.projects.all(s), ...lookups(s)],
  members: (s) => [
    queryKeys.projects.all(s),
    queryKeys.projects.allMembers(s),
    queryKeys.projects.allGroups(s),
    queryKeys.organization.roles(s.organizationId),
    queryKeys.groups.all(s.organizationId),
    ...lookups(s),
  ],
  groups: (s) => [
    queryKeys.groups.all(s.organizationId),
    queryKeys.organization.all(s.organizationId),
    queryKeys.account.workspaces(),
  ],
  team: (s) => [queryKeys.organization.all(s.organizationId)],
} satisfies Record<string, ViewReads>;
