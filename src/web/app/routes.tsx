import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { GroupsPage } from '@/web/features/groups/groups-page';
import { MembersPage } from '@/web/features/members/members-page';
import { ProjectsPage } from '@/web/features/projects/projects-page';
import { SchedulePage } from '@/web/features/schedule/schedule-page';
import { TeamPage } from '@/web/features/team/team-page';
import { TimelinePage } from '@/web/features/timeline/timeline-page';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { Layout } from './layout';
import { VIEW_READS, type ViewReads } from './view-reads';

/** One view inside its own error boundary: a render error costs this view, never the navigation. */
function View({ what, reads, children }: { what: string; reads: ViewReads; children: ReactNode }) {
  const scope = useWorkspaceScope();
  // Any navigation (another view, another project, the same link again) gives a failed view a new try.
  const { key } = useLocation();
  return (
    <ErrorBoundary what={what} queries={reads(scope)} resetKey={key}>
      {children}
    </ErrorBoundary>
  );
}

/** Every view of the planner: its path, what it shows (for its error boundary) and the reads a Retry repeats. */
const VIEWS: { path: string; what: string; reads: ViewReads; Page: () => ReactNode }[] = [
  { path: 'timeline', what: 'the timeline', reads: VIEW_READS.timeline, Page: TimelinePage },
  { path: 'schedule', what: 'the schedule', reads: VIEW_READS.schedule, Page: SchedulePage },
  { path: 'projects', what: 'the projects', reads: VIEW_READS.projects, Page: ProjectsPage },
  { path: 'projects/:projectId/members', what: 'the members', reads: VIEW_READS.members, Page: MembersPage },
  { path: 'groups', what: 'the groups', reads: VIEW_READS.groups, Page: GroupsPage },
  { path: 'team', what: 'the team', reads: VIEW_READS.team, Page: TeamPage },
];

/** Every view of the planner; each feature owns its page and its URL state. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/timeline" replace />} />
        {VIEWS.map(({ path, what, reads, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <View what={what} reads={reads}>
                <Page />
              </View>
            }
          />
        ))}
        <Route path="*" element={<p className="page-message">This page does not exist.</p>} />
      </Route>
    </Routes>
  );
}
