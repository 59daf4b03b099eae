import type { RouteModule } from '../context';

/** Registered here so parallel work does not collide in routes/index.ts; the endpoints land in this file. */
export const timeBlockRoutes: RouteModule = () => {};
