import type { RouteModule } from '../context';
import { timeBlockRoutes } from './time-blocks';

/** Focus routes, mounted under `/api`. */
export const focusRoutes: RouteModule[] = [timeBlockRoutes];

/** Track v9 routes, mounted under `/api/v9`. */
export const trackRoutes: RouteModule[] = [];
