import { queryOptions } from '@tanstack/react-query';
import { projectMembersSchema, projectWithAggregationsSchema, rolesSchema } from '@/api/project';
import { projectGroupsSchema } from '@/api/group';
import { api } from '@/web/lib/api-client';
import { projectPath, type ProjectScope } from '@/web/lib/workspace-scope';

/** Reads of the members page: the project, its members, Track's project groups, the project roles. */
export const memberQueries = {
  // Under ['projects', ws] so any project write (rename, archive) refreshes the heading too.
  project: (p: ProjectScope) =>
    queryOptions({
      queryKey: ['projects', p.workspaceId, 'detail', p] as const,
      queryFn: ({ signal }) =>
        api('focus', projectPath(p), { schema: projectWithAggregationsSchema, signal }),
    }),
  members: (p: ProjectScope) =>
    queryOptions({
      queryKey: ['project-members', p.workspaceId, p] as const,
      queryFn: ({ signal }) =>
        api('focus', `${projectPath(p)}/members`, { schema: projectMembersSchema, signal }),
    }),
  projectGroups: (p: ProjectScope) =>
    queryOptions({
      queryKey: ['project-groups', p.workspaceId, p.projectId] as const,
      queryFn: ({ signal }) =>
        api('track', `/workspaces/${p.workspaceId}/project_groups`, {
          query: { project_ids: [p.projectId] },
          schema: projectGroupsSchema,
          signal,
        }),
    }),
  roles: (organizationId: number) =>
    queryOptions({
      queryKey: ['roles', organizationId] as const,
      queryFn: ({ signal }) =>
        api('focus', `/organizations/${organizationId}/roles`, { schema: rolesSchema, signal }),
      select: (roles) =>
        roles.filter((r) => r.entity === 'project').sort((a, b) => b.privilege_level - a.privilege_level),
      staleTime: 60 * 60_000,
    }),
};
