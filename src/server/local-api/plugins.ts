import { focusAccountRoutes, trackAccountRoutes } from './account/routes';
import type { LocalApiPlugin } from './context';
import { timeBlockRoutes } from './time-blocks/routes';
import { taskGroupRoutes } from './task-groups/routes';
import { taskRoutes } from './tasks/routes';
import { projectMemberRoutes } from './project-members/routes';
import { projectRoutes } from './projects/routes';
import { groupRoutes } from './groups/routes';
import { projectGroupRoutes } from './project-groups/routes';
import { focusUserRoutes, trackUserRoutes } from './users/routes';
import { workspaceMetaRoutes } from './workspace-meta/routes';
import { workingHoursRoutes } from './working-hours/routes';
import { timeOffRoutes } from './time-off/routes';
import { publicHolidayRoutes } from './public-holidays/routes';
import { capacityRoutes } from './capacities/routes';
import { milestoneRoutes } from './milestones/routes';

/** Focus resources, mounted under `/api`. */
export const focusPlugins: LocalApiPlugin[] = [
  focusAccountRoutes,
  focusUserRoutes,
  workspaceMetaRoutes,
  taskRoutes,
  taskGroupRoutes,
  timeBlockRoutes,
  projectRoutes,
  projectMemberRoutes,
  workingHoursRoutes,
  timeOffRoutes,
  publicHolidayRoutes,
  capacityRoutes,
  milestoneRoutes,
];

/** Track v9 resources, mounted under `/api/v9`. */
export const trackPlugins: LocalApiPlugin[] = [
  trackAccountRoutes,
  trackUserRoutes,
  groupRoutes,
  projectGroupRoutes,
];
