import { useQuery } from '@tanstack/react-query';
import { LoadError } from '@/web/components/ui/load-error';
import { organizationQueries } from '@/web/lib/queries/organization';
import { useWorkspace } from '@/web/lib/workspace';

/** Who is in the workspace's organization, with their groups and daily capacity. */
export function TeamPage() {
  const { organizationId, workspaceId, name } = useWorkspace();
  const users = useQuery(organizationQueries.users(organizationId));
  const members = (users.data ?? []).filter((u) => u.workspaces.some((w) => w.id === workspaceId));

  return (
    <section className="page" aria-labelledby="team-title">
      <h1 id="team-title">Team of {name}</h1>
      {users.isPending && <p>Loading people…</p>}
      {users.isError && (
        <LoadError what="people" error={users.error} onRetry={users.refetch} retrying={users.isFetching} />
      )}
      {users.isSuccess && (
        <table className="data-table stack-narrow">
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
                <td data-label="Email">{u.email}</td>
                <td data-label="Role">{u.owner ? 'Owner' : u.admin ? 'Admin' : 'Member'}</td>
                <td data-label="Groups">{u.groups.map((g) => g.name).join(', ')}</td>
                <td data-label="Hours per day">{u.working_hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
