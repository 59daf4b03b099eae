import type { RouteModule } from '../context';
import { taskGroupRoutes } from './task-groups';
import { taskRoutes } from './tasks';
import { timeBlockRoutes } from './time-blocks';

/** Focus routes, mounted under `/api`. */
export const focusRoutes: RouteModule[] = [taskRoutes, taskGroupRoutes, timeBlockRoutes];

/** Track v9 routes, mounted under `/api/v9`. */
export const trackRoutes: RouteModule[] = [];
