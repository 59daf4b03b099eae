import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHead } from '@/web/components/ui/page-head';
import { ApiError } from '@/web/lib/api-error';
import { useFreshness } from '@/web/lib/freshness/use-freshness';
import { queryKeys } from '@/web/lib/query-keys';
import { LoadError } from '@/web/components/ui/load-error';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { groupName, groupQueries } from '@/web/lib/queries/groups';
import { organizationQueries, userNameById } from '@/web/lib/queries/organization';
import { useWorkspace } from '@/web/lib/workspace';
import type { ProjectScope } from '@/web/lib/workspace-scope';
import { useMemberMutations } from './api/member-mutations';
import { memberQueries } from './api/member-queries';
import { useProjectGroupMutations } from './api/project-group-mutations';
import { AddMembers } from './components/add-members';
import { GroupAccess } from './components/group-access';
import { MemberTable } from './components/member-table';
import { candidateKeys } from './member-model';
import './members.css';

/** Who is on one project (users and groups, with roles), and which groups give access to it. */
export function MembersPage() {
  const { organizationId, workspaceId } = useWorkspace();
  const projectId = Number(useParams().projectId);
  const scope: ProjectScope = { organizationId, workspaceId, projectId };
  const valid = Number.isInteger(projectId) && projectId > 0;
  const project = useQuery({ ...memberQueries.project(scope), enabled: valid });
  const members = useQuery({ ...memberQueries.members(scope), enabled: valid });
  const projectGroups = useQuery({ ...memberQueries.projectGroups(scope), enabled: valid });
  const roles = useQuery(memberQueries.roles(organizationId));
  const users = useQuery(organizationQueries.users(organizationId));
  const groups = useQuery(groupQueries.list(organizationId));
  const mutations = useMemberMutations(scope);
  const groupAccess = useProjectGroupMutations(scope);
  // The project, its members and its group access (3 requests); roles, people and groups are lookups.
  const freshness = useFreshness({
    view: `members:${workspaceId}:${projectId}`,
    keys: [
      queryKeys.projects.detail(scope),
      queryKeys.projects.members(scope),
      queryKeys.projects.groups(scope),
    ],
    cost: 3,
  });

  // A project that does not exist (or is not visible to this account): nothing to show or give access to.
  const missing =
    !valid || (project.error instanceof ApiError && project.error.status === 404)
      ? 'This project does not exist, or you cannot see it.'
      : null;
  if (missing)
    return (
      <section className="page mb-page" aria-labelledby="mb-title">
        <p>
          <Link to="/projects">← All projects</Link>
        </p>
        <h1 id="mb-title">No such project</h1>
        <p className="page-message">{missing}</p>
      </section>
    );
  const names = userNameById(users.data);
  const userName = (id: number) => names.get(id) ?? `User ${id}`;
  const groupList = groups.data ?? [];
  const loads = [
    ['the project', project],
    ['the members', members],
    ['the groups with access', projectGroups],
    ['the roles', roles],
    ['the people', users],
    ['the groups', groups],
  ] as const;
  const reads = [
    memberQueries.members(scope).queryKey,
    memberQueries.projectGroups(scope).queryKey,
    memberQueries.roles(organizationId).queryKey,
    organizationQueries.users(organizationId).queryKey,
    groupQueries.list(organizationId).queryKey,
  ];
  const options = members.data
    ? candidateKeys(
        members.data,
        (users.data ?? [])
          .filter((u) => u.active && u.workspaces.some((w) => w.id === workspaceId))
          .map((u) => u.user_account_id),
        groupList.map((g) => g.group_id),
      ).map((key) => {
        const id = Number(key.split(':')[1]);
        return key.startsWith('user:')
          ? { key, label: userName(id), hint: 'User' }
          : {
              key,
              label: groupName(
                groupList.find((g) => g.group_id === id),
                id,
              ),
              hint: 'Group',
            };
      })
    : [];

  return (
    <section className="page mb-page" aria-labelledby="mb-title">
      <p>
        <Link to="/projects">← All projects</Link>
      </p>
      <PageHead
        id="mb-title"
        title={`Members of ${project.data?.name || `project ${projectId}`}`}
        freshness={freshness}
        what="the members"
      />
      {project.data?.private && <p className="mb-muted">Private project: only its members see it.</p>}
      {loads.map(
        ([what, q]) =>
          q.isError && <LoadError key={what} what={what} error={q.error} onRetry={() => q.refetch()} />,
      )}
      <SkippedNotice queryKeys={reads} />
      {members.isPending && <p className="page-message">Loading members…</p>}
      {members.data && (
        <>
          <ErrorBoundary what="adding members" kind="panel" queries={reads}>
            <AddMembers
              options={options}
              roles={roles.data ?? []}
              pending={mutations.add.isPending}
              onAdd={(v, failed) => mutations.add.mutate(v, { onError: failed })}
            />
          </ErrorBoundary>
          <ErrorBoundary what="the member list" kind="panel" queries={reads}>
            <MemberTable
              members={members.data}
              groups={groupList}
              roles={roles.data ?? []}
              userName={userName}
              mutations={mutations}
            />
          </ErrorBoundary>
        </>
      )}
      {projectGroups.data && (
        <ErrorBoundary what="the groups with access" kind="panel" queries={reads}>
          <GroupAccess
            rows={projectGroups.data}
            groups={groupList}
            userName={userName}
            onAttach={(groupId, label) => groupAccess.attach.mutate({ groupId, label })}
            onDetach={(row, label) => groupAccess.detach.mutate({ row, label })}
          />
        </ErrorBoundary>
      )}
    </section>
  );
}
