import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet } from 'react-router';
import { Announcer } from '@/web/components/ui/announcer';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { LoadError } from '@/web/components/ui/load-error';
import { OfflineNotice } from '@/web/components/ui/offline-notice';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { Toaster } from '@/web/components/ui/toaster';
import { accountQueries } from '@/web/lib/queries/account';
import { queryKeys } from '@/web/lib/query-keys';
import {
  canOpen,
  useCurrentWorkspace,
  useWorkspaceChoice,
  useWorkspaceDecision,
  workspaceName,
} from '@/web/lib/workspace';

const NAV = [
  ['/timeline', 'Timeline'],
  ['/schedule', 'Schedule'],
  ['/projects', 'Projects'],
  ['/groups', 'Groups'],
  ['/team', 'Team'],
] as const;

const ACCOUNT_READS = [queryKeys.account.workspaces(), queryKeys.account.me()];

/** App shell: header with workspace picker and navigation; views render only once a workspace is known. */
export function Layout() {
  const workspaces = useQuery(accountQueries.workspaces());
  const { current, deciding } = useWorkspaceDecision();
  // Every view needs the user's zone and formats, and they need no workspace: read them beside the account
  // reads rather than after them (the Schedule's week waits for the zone; one round trip less to its first block).
  useQuery(accountQueries.settings());

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Planner</span>
        <nav aria-label="Main">
          {NAV.map(([to, label]) => (
            <NavLink
              key={to}
              to={to}
              className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
            >
              {label}
            </NavLink>
          ))}
        </nav>
        <ErrorBoundary what="the workspace picker" kind="panel" queries={ACCOUNT_READS}>
          <WorkspacePicker />
        </ErrorBoundary>
      </header>
      <OfflineNotice />
      <main className="app-main">
        {workspaces.isPending || deciding ? (
          <p className="page-message">Loading your workspaces…</p>
        ) : workspaces.isError ? (
          <LoadError
            what="your workspaces"
            error={workspaces.error}
            onRetry={workspaces.refetch}
            retrying={workspaces.isFetching}
          />
        ) : !current ? (
          <p className="page-message">This account has no workspace.</p>
        ) : (
          <>
            <SkippedNotice queryKeys={ACCOUNT_READS} />
            {current ? (
              <Outlet key={current.workspaceId} />
            ) : (
              <p className="page-message">
                {workspaces.data.length
                  ? 'None of your workspaces can be opened: Toggl sent them without the organization they belong to.'
                  : 'This account has no workspace.'}
              </p>
            )}
          </>
        )}
      </main>
      <Toaster />
      <Announcer />
    </div>
  );
}

function WorkspacePicker() {
  const workspaces = useQuery(accountQueries.workspaces());
  const current = useCurrentWorkspace();
  const selectWorkspace = useWorkspaceChoice((s) => s.selectWorkspace);
  return (
    <label className="workspace-picker">
      <span>Workspace</span>
      <select
        value={current?.workspaceId ?? ''}
        onChange={(e) => selectWorkspace(Number(e.target.value))}
        disabled={!workspaces.data?.length}
      >
        {(workspaces.data ?? []).map((w) => (
          <option key={w.id} value={w.id} disabled={!canOpen(w)}>
            {workspaceName(w)}
          </option>
        ))}
      </select>
    </label>
  );
}
