import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHead } from '@/web/components/ui/page-head';
import { useFreshness } from '@/web/lib/freshness/use-freshness';
import { queryKeys } from '@/web/lib/query-keys';
import { LoadError } from '@/web/components/ui/load-error';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { accountQueries } from '@/web/lib/queries/account';
import { groupQueries } from '@/web/lib/queries/groups';
import { organizationQueries } from '@/web/lib/queries/organization';
import { useWorkspace, workspaceName } from '@/web/lib/workspace';
import { useGroupMutations } from './api/group-mutations';
import { GroupCard } from './components/group-card';
import './groups.css';

/** The organization's groups: create, rename, delete; who and which workspaces are in each. */
export function GroupsPage() {
  const { organizationId } = useWorkspace();
  const groups = useQuery(groupQueries.list(organizationId));
  const users = useQuery(organizationQueries.users(organizationId));
  const myWorkspaces = useQuery(accountQueries.workspaces());
  const people = (users.data ?? [])
    .filter((u) => u.active)
    .map((u) => ({ id: u.user_account_id, name: u.name }));
  const workspaces = (myWorkspaces.data ?? [])
    .filter((w) => w.organization_id === organizationId)
    .map((w) => ({ id: w.id, name: workspaceName(w) }));
  const mutations = useGroupMutations(organizationId, (id) => people.find((p) => p.id === id)?.name);
  const [name, setName] = useState('');
  // The groups list is one request: re-read when due (the people are a lookup, kept for half an hour).
  const freshness = useFreshness({
    view: `groups:${organizationId}`,
    keys: [queryKeys.groups.all(organizationId)],
  });
  const reads = [
    groupQueries.list(organizationId).queryKey,
    organizationQueries.users(organizationId).queryKey,
    accountQueries.workspaces().queryKey,
  ];

  return (
    <section className="page gr-page" aria-labelledby="gr-title">
      <PageHead id="gr-title" title="Groups" freshness={freshness} what="the groups" />
      <form
        className="gr-create"
        onSubmit={(e) => {
          e.preventDefault();
          const wanted = name.trim();
          if (!wanted) return;
          // Cleared once the group exists: a failed create keeps what was typed, to fix or send again.
          mutations.create.mutate(wanted, {
            onSuccess: () => setName((typed) => (typed.trim() === wanted ? '' : typed)),
          });
        }}
      >
        <label htmlFor="gr-new-name">New group name</label>
        <input id="gr-new-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <button
          type="submit"
          className="btn btn-primary"
          disabled={!name.trim() || mutations.create.isPending}
        >
          Create group
        </button>
      </form>
      {groups.isPending && <p className="page-message">Loading groups…</p>}
      {groups.isError && (
        <LoadError what="groups" error={groups.error} onRetry={groups.refetch} retrying={groups.isFetching} />
      )}
      {users.isError && <LoadError what="the people" error={users.error} onRetry={() => users.refetch()} />}
      <SkippedNotice queryKeys={reads} />
      {groups.data?.length === 0 && <p className="page-message">No groups yet.</p>}
      <div className="gr-grid">
        {(groups.data ?? []).map((g) => (
          <ErrorBoundary key={g.group_id} what={`group ${g.group_id}`} kind="panel" queries={reads}>
            <GroupCard group={g} people={people} workspaces={workspaces} mutations={mutations} />
          </ErrorBoundary>
        ))}
      </div>
    </section>
  );
}
