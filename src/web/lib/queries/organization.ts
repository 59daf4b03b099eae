import { queryOptions } from '@tanstack/react-query';
import { organizationUsersSchema, type OrganizationUser } from '@/api/user';
import { api } from '../api-client';

/**
 * Organization users: the names behind assignee ids, group rows and members. One request per
 * organization per session (per_page 100 pages until a short page).
 */
export const organizationQueries = {
  all: (organizationId: number) => ['organization', organizationId] as const,
  users: (organizationId: number) =>
    queryOptions({
      queryKey: [...organizationQueries.all(organizationId), 'users'] as const,
      queryFn: async ({ signal }) => {
        const users: OrganizationUser[] = [];
        for (let page = 1; page < 50; page++) {
          const batch = await api('focus', `/organizations/${organizationId}/users`, {
            query: { page, per_page: 100 },
            schema: organizationUsersSchema,
            signal,
          });
          users.push(...batch);
          if (batch.length < 100) break;
        }
        return users;
      },
      staleTime: 30 * 60_000,
    }),
};

/** Name of a user account id (what task assignees and user groups refer to). */
export function userNameById(users: readonly OrganizationUser[] | undefined): Map<number, string> {
  return new Map((users ?? []).map((u) => [u.user_account_id, u.name]));
}
