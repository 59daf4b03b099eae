import { useQuery } from '@tanstack/react-query';
import { FreshnessStatus } from '@/web/components/ui/freshness-status';
import { describeError } from '@/web/lib/api-error';
import { useFreshness } from '@/web/lib/freshness/use-freshness';
import { queryKeys } from '@/web/lib/query-keys';
import { organizationQueries } from '@/web/lib/queries/organization';
import { useWorkspace } from '@/web/lib/workspace';

/** Who is in the workspace's organization, with their groups and daily capacity. */
export function TeamPage() {
  const { organizationId, workspaceId, name } = useWorkspace();
  const users = useQuery(organizationQueries.users(organizationId));
  const members = (users.data ?? []).filter((u) => u.workspaces.some((w) => w.id === workspaceId));
  // One request re-reads the list: no cheaper question to ask first.
  const freshness = useFreshness({
    view: `team:${organizationId}`,
    keys: [queryKeys.organization.users(organizationId)],
  });

  return (
    <section className="page" aria-labelledby="team-title">
      <div className="page-head">
        <h1 id="team-title">Team of {name}</h1>
        <FreshnessStatus freshness={freshness} what="the team" />
      </div>
      {users.isPending && <p>Loading people…</p>}
      {users.isError && <p role="alert">Could not load people: {describeError(users.error)}</p>}
      {users.isSuccess && (
        <table className="data-table">
          <caption className="sr-only">Members of {name}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Groups</th>
              <th scope="col">Hours per day</th>
            </tr>
          </thead>
          <tbody>
            {members.map((u) => (
              <tr key={u.id} data-testid="team-member">
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{u.owner ? 'Owner' : u.admin ? 'Admin' : 'Member'}</td>
                <td>{u.groups.map((g) => g.name).join(', ')}</td>
                <td>{u.working_hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
