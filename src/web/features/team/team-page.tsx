import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DataTable } from '@/web/components/ui/data-table';
import { FreshnessStatus } from '@/web/components/ui/freshness-status';
import { NO_LOADS } from '@/web/lib/load-model';
import { accountQueries } from '@/web/lib/queries/account';
import { capacityParams, capacityQueries } from '@/web/lib/queries/capacities';
import { useFreshness } from '@/web/lib/freshness/use-freshness';
import { queryKeys } from '@/web/lib/query-keys';
import { LoadError } from '@/web/components/ui/load-error';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { organizationQueries } from '@/web/lib/queries/organization';
import { firstOfMonth, lastOfMonth } from '@/web/lib/time/calendar-day';
import { formatDayAs } from '@/web/lib/time/format';
import { useUserZone } from '@/web/lib/time/use-user-zone';
import { dayOf } from '@/web/lib/time/zoned';
import { useWorkspace, useWorkspaceScope } from '@/web/lib/workspace';
import { AvailabilityDialog } from './components/availability-dialog';
import { LoadCell } from './components/load-cell';
import { MonthNav } from './components/month-nav';
import { useTeamUi } from './store';
import './team.css';

/**
 * Who is in the workspace's organization, with their groups and their load for a month (one capacity read
 * for everyone per month shown). Each person's working week and time off open in a dialog.
 */
export function TeamPage() {
  const { organizationId, workspaceId, name } = useWorkspace();
  const scope = useWorkspaceScope();
  const users = useQuery(organizationQueries.users(organizationId));
  const me = useQuery(accountQueries.me());
  const { zone, settingsPending } = useUserZone();
  const today = dayOf(Date.now(), zone);
  const month = useTeamUi((s) => s.month) ?? firstOfMonth(today);
  const editing = useTeamUi((s) => s.editing);
  const members = useMemo(
    () => (users.data ?? []).filter((u) => u.workspaces.some((w) => w.id === workspaceId)),
    [users.data, workspaceId],
  );
  const load = useQuery({
    ...capacityQueries.window(
      scope,
      capacityParams(
        members.map((u) => u.user_account_id),
        { start: month, end: lastOfMonth(month) },
        'month',
      ),
    ),
    // The zone decides which month "this month" is: wait for the settings (a failure falls back).
    enabled: members.length > 0 && !settingsPending,
  });
  const loads = load.data ?? NO_LOADS;
  const mine = users.data?.find((u) => u.user_account_id === me.data?.id);
  const isManager = Boolean(mine?.admin || mine?.owner);
  const edited = members.find((u) => u.user_account_id === editing);
  const monthName = formatDayAs(month, 'MMMM yyyy');
  // No cheaper question than reading again: a due check re-reads the people and the month's loads (2 requests).
  const freshness = useFreshness({
    view: `team:${organizationId}`,
    keys: [queryKeys.organization.users(organizationId), queryKeys.capacities.all(scope)],
    cost: 2,
  });

  return (
    <section className="page" aria-labelledby="team-title">
      <div className="tm-head">
        <h1 id="team-title">Team of {name}</h1>
        <MonthNav month={month} onChange={(m) => useTeamUi.getState().monthChosen(m)} />
        <FreshnessStatus freshness={freshness} what="the team" />
      </div>
      {users.isPending && <p>Loading people…</p>}
      {users.isError && (
        <LoadError what="people" error={users.error} onRetry={users.refetch} retrying={users.isFetching} />
      )}
      {load.isError && (
        <LoadError
          what="the team’s load"
          error={load.error}
          onRetry={load.refetch}
          retrying={load.isFetching}
        />
      )}
      <SkippedNotice queryKeys={[organizationQueries.users(organizationId).queryKey]} />
      {/* A re-read that failed keeps the people read before on screen (the failure is said above). */}
      {users.data && members.length === 0 && (
        <p className="page-message">No people to show in this organization.</p>
      )}
      {users.data && members.length > 0 && (
        <DataTable
          className="tm-table"
          caption={`Members of ${name} and their load in ${monthName}`}
          columns={['Name', 'Email', 'Role', 'Groups', `Load in ${monthName}`]}
        >
          {members.map((u) => (
            <tr key={u.id} data-testid="team-member" data-user-id={u.user_account_id}>
              <td>
                <span className="clamp-3">{u.name || u.email || `User ${u.user_account_id}`}</span>
              </td>
              <td data-label="Email">{u.email}</td>
              <td data-label="Role">{u.owner ? 'Owner' : u.admin ? 'Admin' : 'Member'}</td>
              <td data-label="Groups">{u.groups.map((g) => g.name).join(', ')}</td>
              <td data-label={`Load in ${monthName}`}>
                <LoadCell load={loads.get(u.user_account_id)?.get(month)} pending={load.isPending} />
              </td>
              <td>
                <button
                  type="button"
                  className="btn"
                  aria-haspopup="dialog"
                  onClick={() => useTeamUi.getState().editorOpened(u.user_account_id)}
                >
                  Week and time off
                  <span className="sr-only"> of {u.name || u.email || `User ${u.user_account_id}`}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <AvailabilityDialog
        scope={scope}
        person={
          edited
            ? { id: edited.user_account_id, name: edited.name, usualHours: edited.working_hours || 8 }
            : null
        }
        canEditWeek={isManager || edited?.user_account_id === me.data?.id}
        canManageTimeOff={isManager}
        zone={zone}
        today={today}
      />
    </section>
  );
}
