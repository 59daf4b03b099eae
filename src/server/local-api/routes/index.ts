import type { RouteModule } from '../context';
import { projectMemberRoutes } from './project-members';
import { projectRoutes } from './projects';
import { taskGroupRoutes } from './task-groups';
import { taskRoutes } from './tasks';
import { timeBlockRoutes } from './time-blocks';

/** Focus routes, mounted under `/api`. */
export const focusRoutes: RouteModule[] = [
  taskRoutes,
  taskGroupRoutes,
  timeBlockRoutes,
  projectRoutes,
  projectMemberRoutes,
];

/** Track v9 routes, mounted under `/api/v9`. */
export const trackRoutes: RouteModule[] = [];
