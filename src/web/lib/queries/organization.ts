import { queryOptions } from '@tanstack/react-query';
import { organizationUsersSchema, type OrganizationUser } from '@/api/user';
import { api } from '../api-client';
import { queryKeys } from '../query-keys';
import { readAllPages } from '../read-all-pages';
import { countingSkips } from '../skipped-records';

/**
 * Organization users: the names behind assignee ids, group rows and members. One request per
 * organization per session (per_page 100 pages until a short page).
 */
export const organizationQueries = {
  users: (organizationId: number) =>
    queryOptions({
      queryKey: queryKeys.organization.users(organizationId),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          readAllPages(
            (page, per_page) =>
              api('focus', `/organizations/${organizationId}/users`, {
                query: { page, per_page },
                schema: organizationUsersSchema,
                signal,
                skips,
              }),
            { maxPages: 50 },
          ),
        ),
      staleTime: 30 * 60_000,
    }),
};

/** Name of a user account id (what task assignees and user groups refer to). */
export function userNameById(users: readonly OrganizationUser[] | undefined): Map<number, string> {
  return new Map((users ?? []).map((u) => [u.user_account_id, u.name]));
}
