import { queryOptions } from '@tanstack/react-query';
import type { OrganizationUser } from '@/api/user';
import { workspaceUsersSchema } from '@/api/user';
import { api } from '../api-client';
import { ApiError } from '../api-error';
import { queryKeys } from '../query-keys';
import { countingSkips } from '../skipped-records';
import type { WorkspaceScope } from '../workspace-scope';
import { readOrganizationUsers } from './organization';

/** A member of the workspace: the user account id (assignees, blocks' `toggl_user_id`, user rows) and a name. */
export interface Person {
  id: number;
  name: string;
}

/** The organization's users who are members of the workspace (all of them for an account without workspaces). */
export function peopleOfOrganization(
  users: readonly OrganizationUser[] | undefined,
  workspaceId: number,
): Person[] {
  return (users ?? [])
    .filter((u) => u.workspaces.length === 0 || u.workspaces.some((w) => w.id === workspaceId))
    .map((u) => ({ id: u.user_account_id, name: u.name }));
}

/**
 * The workspace's people, for the Schedule's rows and the Timeline's user rows. Track lists a workspace's
 * members in one answer; Focus's organization users come 100 a page without a total, one page after the other
 * (4 requests in sequence for 300 people, each behind whatever else the server is sending). Track refuses the
 * list to some roles (403) and an old workspace may lack it (404): then the organization's users as before.
 */
export const peopleQueries = {
  list: (scope: WorkspaceScope) =>
    queryOptions({
      queryKey: queryKeys.organization.people(scope),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, async (skips): Promise<Person[]> => {
          try {
            const members = await api('track', `/workspaces/${scope.workspaceId}/users`, {
              schema: workspaceUsersSchema,
              signal,
              skips,
            });
            return members.map((m) => ({ id: m.id, name: m.fullname || m.email || `User ${m.id}` }));
          } catch (err) {
            if (!(err instanceof ApiError) || (err.status !== 403 && err.status !== 404)) throw err;
            return peopleOfOrganization(
              await readOrganizationUsers(scope.organizationId, signal, skips),
              scope.workspaceId,
            );
          }
        }),
      staleTime: 30 * 60_000,
    }),
};

/** Names by user account id: the people's, then any the organization's users add. */
export function namesOf(
  people: readonly Person[] | undefined,
  users?: readonly OrganizationUser[],
): Map<number, string> {
  const names = new Map((people ?? []).map((p) => [p.id, p.name]));
  for (const u of users ?? []) if (!names.has(u.user_account_id)) names.set(u.user_account_id, u.name);
  return names;
}
