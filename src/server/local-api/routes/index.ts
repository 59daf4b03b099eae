import type { RouteModule } from '../context';
import { organizationUserRoutes } from './organization-users';
import { projectGroupRoutes } from './project-groups';
import { projectMemberRoutes } from './project-members';
import { projectRoutes } from './projects';
import { taskGroupRoutes } from './task-groups';
import { taskRoutes } from './tasks';
import { timeBlockRoutes } from './time-blocks';
import { trackGroupRoutes } from './track-groups';
import { trackUserRoutes } from './track-users';
import { workspaceMetaRoutes } from './workspace-meta';

/** Focus routes, mounted under `/api`. */
export const focusRoutes: RouteModule[] = [
  organizationUserRoutes,
  workspaceMetaRoutes,
  taskRoutes,
  taskGroupRoutes,
  timeBlockRoutes,
  projectRoutes,
  projectMemberRoutes,
];

/** Track v9 routes, mounted under `/api/v9`. */
export const trackRoutes: RouteModule[] = [trackUserRoutes, trackGroupRoutes, projectGroupRoutes];
