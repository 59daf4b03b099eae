import { format } from 'date-fns';
import { existsSync, rmSync } from 'node:fs';
import { generate } from './generate';
import { GENERATE_USAGE, parseGenerateArgs } from './generate-args';
import { openDatabase } from './open';

/**
 * `npm run seed -- --tasks N --time-blocks M ...`: builds a NEW database with generated data (for
 * benchmarks and large local demos), then prints what it holds and how to log in.
 */
function main(argv: string[]): number {
  let args;
  try {
    args = parseGenerateArgs(argv, format(new Date(), 'yyyy-MM-dd'));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${GENERATE_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(GENERATE_USAGE);
    return 0;
  }
  if (existsSync(args.db)) {
    if (!args.force) {
      console.error(`${args.db} exists; pass --force to replace it`);
      return 1;
    }
    // The WAL and shared-memory files belong to the old database and would corrupt the new one.
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${args.db}${suffix}`, { force: true });
  }
  const started = Date.now();
  const db = openDatabase(args.db);
  try {
    const account = generate(db, args.options);
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    console.log(`Created ${args.db} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const table of ['users', 'projects', 'tasks', 'time_blocks'])
      console.log(`  ${table}: ${count(table)}`);
    console.log(`Demo login: ${account.email} / ${account.password}`);
    console.log(`  API token (Basic <token>:api_token): ${account.apiToken}`);
    console.log(`  API key (Bearer): ${account.apiKey}`);
    console.log(`Run it: PLANNER_DB=${args.db} npm start`);
  } finally {
    db.close();
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
