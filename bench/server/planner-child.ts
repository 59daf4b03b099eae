import { startPlanner } from '../../src/server/main';

/**
 * A planner in its own process (so load generators and RSS sampling do not share its event loop or
 * heap). argv: the SQLite file. Prints one JSON line with the URLs once listening; stops on SIGTERM.
 */
const db = process.argv[2];
if (!db) throw new Error('usage: planner-child.ts <db file>');
const planner = await startPlanner({
  env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: db, LOG_LEVEL: 'silent' },
  app: 'skip',
  log: () => {},
});
process.stdout.write(`${JSON.stringify({ url: planner.url, localApiUrl: planner.localApiUrl })}\n`);
process.once('SIGTERM', () => {
  void planner.close().then(() => process.exit(0));
});
