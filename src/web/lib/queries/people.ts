import { queryOptions } from '@tanstack/react-query';
import type { OrganizationUser } from '@/api/user';
import { workspaceUsersSchema } from '@/api/user';
import { api } from '../api-client';
import { ApiError } from '../api-error';
import { queryKeys } from '../query-keys';
import { countingSkips } from '../skipped-records';
import type { WorkspaceScope } from '../workspace-scope';
import { organizationQueries } from './organization';
import { earlyViewReadsSent } from '../early-reads';

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

/** Workspaces whose member list Track refused this session (it is not asked again). */
const refused = new Set<number>();

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const sortedByName = (people: Person[]) =>
  people.sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id);

/**
 * The workspace's people, for the Schedule's rows and the Timeline's user rows, by name. Track lists a
 * workspace's members in one answer (deleted ones left out); Focus's organization users come 100 a page without
 * a total, one page after the other (4 requests in sequence for 300 people, each behind whatever else the server
 * is sending). Track refuses the list to some roles (403) and an old workspace may lack it (404): then the
 * organization's users, read as the views that need them read them (one cached read for both), and Track is not
 * asked again this session.
 */
export const peopleQueries = {
  list: (scope: WorkspaceScope) =>
    queryOptions({
      queryKey: queryKeys.organization.people(scope),
      queryFn: ({ signal, queryKey, client }) =>
        countingSkips(queryKey, async (skips): Promise<Person[]> => {
          // The app's small entry may have asked for them already (app/early-view): taken, not asked again.
          await earlyViewReadsSent();
          if (!refused.has(scope.workspaceId)) {
            try {
              const members = await api('track', `/workspaces/${scope.workspaceId}/users`, {
                query: { exclude_deleted: true },
                schema: workspaceUsersSchema,
                signal,
                skips,
              });
              return sortedByName(
                members.map((m) => ({ id: m.id, name: m.fullname || m.email || `User ${m.id}` })),
              );
            } catch (err) {
              if (!(err instanceof ApiError) || (err.status !== 403 && err.status !== 404)) throw err;
              refused.add(scope.workspaceId);
            }
          }
          const users = await client.fetchQuery(organizationQueries.users(scope.organizationId));
          return sortedByName(peopleOfOrganization(users, scope.workspaceId));
        }),
      staleTime: 30 * 60_000,
    }),
};

/** Forgets which workspaces refused their member list (tests). */
export function forgetRefusals() {
  refused.clear();
}

/** Names by user account id: the people's, then any the organization's users add. */
export function namesOf(
  people: readonly Person[] | undefined,
  users?: readonly OrganizationUser[],
): Map<number, string> {
  const names = new Map((people ?? []).map((p) => [p.id, p.name]));
  for (const u of users ?? []) if (!names.has(u.user_account_id)) names.set(u.user_account_id, u.name);
  return names;
}
