import type { RouteModule } from '../context';
import { organizationUserRoutes } from './organization-users';
import { trackMeRoutes } from './track-me';
import { trackUserRoutes } from './track-users';
import { userSettingsRoutes } from './user-settings';
import { workspaceMetaRoutes } from './workspace-meta';

/** Focus routes, mounted under `/api`. */
export const focusRoutes: RouteModule[] = [userSettingsRoutes, organizationUserRoutes, workspaceMetaRoutes];

/** Track v9 routes, mounted under `/api/v9`. */
export const trackRoutes: RouteModule[] = [trackMeRoutes, trackUserRoutes];
