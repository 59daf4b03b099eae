import { queryOptions } from '@tanstack/react-query';
import { organizationGroupsSchema, type OrganizationGroup } from '@/api/group';
import { api } from '../api-client';
import { queryKeys } from '../query-keys';
import { countingSkips } from '../skipped-records';

/** Track organization groups (with their users and workspaces): one list per organization, shared by views. */
export const groupQueries = {
  list: (organizationId: number) =>
    queryOptions({
      queryKey: queryKeys.groups.list(organizationId),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('track', `/organizations/${organizationId}/groups`, {
            schema: organizationGroupsSchema,
            signal,
            skips,
          }),
        ),
      staleTime: 10 * 60_000,
    }),
};

/** Display name of a group (Track may omit it). */
export function groupName(
  group: Pick<OrganizationGroup, 'group_id' | 'name'> | undefined,
  id?: number,
): string {
  return group?.name || `Group ${group?.group_id ?? id ?? '?'}`;
}
