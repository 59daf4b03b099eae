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

/** Every view of the planner; each feature owns its page and its URL state. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/timeline" replace />} />
        <Route
          path="timeline"
          element={
            <View what="the timeline" reads={VIEW_READS.timeline}>
              <TimelinePage />
            </View>
          }
        />
        <Route
          path="schedule"
          element={
            <View what="the schedule" reads={VIEW_READS.schedule}>
              <SchedulePage />
            </View>
          }
        />
        <Route
          path="projects"
          element={
            <View what="the projects" reads={VIEW_READS.projects}>
              <ProjectsPage />
            </View>
          }
        />
        <Route
          path="projects/:projectId/members"
          element={
            <View what="the members" reads={VIEW_READS.members}>
              <MembersPage />
            </View>
          }
        />
        <Route
          path="groups"
          element={
            <View what="the groups" reads={VIEW_READS.groups}>
              <GroupsPage />
            </View>
          }
        />
        <Route
          path="team"
          element={
            <View what="the team" reads={VIEW_READS.team}>
              <TeamPage />
            </View>
          }
        />
        <Route path="*" element={<p className="page-message">This page does not exist.</p>} />
      </Route>
    </Routes>
  );
}
