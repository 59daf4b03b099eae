import { queryOptions } from '@tanstack/react-query';
import { projectMembersSchema, projectWithAggregationsSchema, rolesSchema } from '@/api/project';
import { projectGroupsSchema } from '@/api/group';
import { api } from '@/web/lib/api-client';
import { queryKeys } from '@/web/lib/query-keys';
import { countingSkips } from '@/web/lib/skipped-records';
import { projectPath, type ProjectScope } from '@/web/lib/workspace-scope';

/** Reads of the members page: the project, its members, Track's project groups, the project roles. */
export const memberQueries = {
  // Under the projects key, so any project write (rename, archive) refreshes the heading too.
  project: (project: ProjectScope) =>
    queryOptions({
      queryKey: queryKeys.projects.detail(project),
      queryFn: ({ signal }) =>
        api('focus', projectPath(project), { schema: projectWithAggregationsSchema, signal }),
    }),
  members: (project: ProjectScope) =>
    queryOptions({
      queryKey: queryKeys.projects.members(project),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', `${projectPath(project)}/members`, { schema: projectMembersSchema, signal, skips }),
        ),
    }),
  projectGroups: (project: ProjectScope) =>
    queryOptions({
      queryKey: queryKeys.projects.groups(project),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('track', `/workspaces/${project.workspaceId}/project_groups`, {
            query: { project_ids: [project.projectId] },
            schema: projectGroupsSchema,
            signal,
            skips,
          }),
        ),
    }),
  roles: (organizationId: number) =>
    queryOptions({
      queryKey: queryKeys.organization.roles(organizationId),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', `/organizations/${organizationId}/roles`, { schema: rolesSchema, signal, skips }),
        ),
      select: (roles) =>
        roles.filter((r) => r.entity === 'project').sort((a, b) => b.privilege_level - a.privilege_level),
      staleTime: 60 * 60_000,
    }),
};
