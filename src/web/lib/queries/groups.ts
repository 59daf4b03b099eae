import { queryOptions } from '@tanstack/react-query';
import { organizationGroupsSchema, type OrganizationGroup } from '@/api/group';
import { api } from '../api-client';

/** Track organization groups (with their users and workspaces): one list per organization, shared by views. */
export const groupQueries = {
  all: (organizationId: number) => ['groups', organizationId] as const,
  list: (organizationId: number) =>
    queryOptions({
      queryKey: [...groupQueries.all(organizationId), 'list'] as const,
      queryFn: ({ signal }) =>
        api('track', `/organizations/${organizationId}/groups`, { schema: organizationGroupsSchema, signal }),
      staleTime: 10 * 60_000,
    }),
};

/** Display name of a group (Track may omit it). */
export function groupName(
  group: Pick<OrganizationGroup, 'group_id' | 'name'> | undefined,
  id?: number,
): string {
  return group?.name ?? `Group ${group?.group_id ?? id ?? '?'}`;
}
