import { Navigate, Route, Routes } from 'react-router';
import { GroupsPage } from '@/web/features/groups/groups-page';
import { MembersPage } from '@/web/features/members/members-page';
import { ProjectsPage } from '@/web/features/projects/projects-page';
import { SchedulePage } from '@/web/features/schedule/schedule-page';
import { TeamPage } from '@/web/features/team/team-page';
import { TimelinePage } from '@/web/features/timeline/timeline-page';
import { Layout } from './layout';

/** Every view of the planner; each feature owns its page and its URL state. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/timeline" replace />} />
        <Route path="timeline" element={<TimelinePage />} />
        <Route path="schedule" element={<SchedulePage />} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="projects/:projectId/members" element={<MembersPage />} />
        <Route path="groups" element={<GroupsPage />} />
        <Route path="team" element={<TeamPage />} />
        <Route path="*" element={<p className="page-message">This page does not exist.</p>} />
      </Route>
    </Routes>
  );
}
