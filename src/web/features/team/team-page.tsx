import { useQuery } from '@tanstack/react-query';
import { LoadError } from '@/web/components/ui/load-error';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
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
      {users.isPending && <p className="page-message">Loading people…</p>}
      {users.isError && <LoadError what="people" error={users.error} onRetry={() => users.refetch()} />}
      <SkippedNotice queryKeys={[organizationQueries.users(organizationId).queryKey]} />
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
