import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet } from 'react-router';
import { Announcer } from '@/web/components/ui/announcer';
import { LoadError } from '@/web/components/ui/load-error';
import { Toaster } from '@/web/components/ui/toaster';
import { accountQueries } from '@/web/lib/queries/account';
import { useCurrentWorkspace, useWorkspaceChoice } from '@/web/lib/workspace';

const NAV = [
  ['/timeline', 'Timeline'],
  ['/schedule', 'Schedule'],
  ['/projects', 'Projects'],
  ['/groups', 'Groups'],
  ['/team', 'Team'],
] as const;

/** App shell: header with workspace picker and navigation; views render only once a workspace is known. */
export function Layout() {
  const workspaces = useQuery(accountQueries.workspaces());
  const current = useCurrentWorkspace();
  const selectWorkspace = useWorkspaceChoice((s) => s.selectWorkspace);

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
        <label className="workspace-picker">
          <span>Workspace</span>
          <select
            value={current?.workspaceId ?? ''}
            onChange={(e) => selectWorkspace(Number(e.target.value))}
            disabled={!workspaces.data?.length}
          >
            {(workspaces.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="app-main">
        {workspaces.isPending ? (
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
          <Outlet key={current.workspaceId} />
        )}
      </main>
      <Toaster />
      <Announcer />
    </div>
  );
}
