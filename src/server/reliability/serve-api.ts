/**
 * The planner server without the web-app build step, for crash tests: `startPlanner` exactly as
 * `npm start` runs it (same config, DB opening, local API and proxy), printing the same URL lines.
 */
import { startPlanner } from '@/server/main';

const planner = await startPlanner({ app: 'skip', log: () => {} });
console.log(`Planner is running at ${planner.url}  (mode: ${planner.config.mode})`);
console.log(
  `Local API: ${planner.localApiUrl}/api (Focus) and ${planner.localApiUrl}/api/v9 (Track), database ${planner.config.dbFile}`,
);
const stop = async () => {
  await planner.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
