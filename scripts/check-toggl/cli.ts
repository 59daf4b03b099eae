/**
 * `npm run check:toggl`: with your real Toggl credentials (the same environment as the server), makes the reads
 * the planner makes when it opens, parses them as the browser does, and says in plain words what it could not
 * understand. Read-only; at most REQUEST_BUDGET requests; stops at the first 402/429. Exit code 0: everything
 * understood; 1: something was not; 2: the check could not run or finish.
 */
import { loadConfig } from '@/server/config';
import { resolveUpstreams } from '@/server/proxy/upstreams';
import { checkToggl } from './check';
import { REQUEST_BUDGET } from './reads';
import { formatReport, understoodAll } from './report';

export async function main(
  env: Record<string, string | undefined>,
  print: (line: string) => void,
  /** The day the reads are made around (tests fix it; the command uses today). */
  today = new Date(),
): Promise<number> {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    print((err as Error).message);
    return 2;
  }
  if (config.mode !== 'toggl') {
    print(
      'No Toggl credentials set. Set TOGGL_FOCUS_API_KEY and TOGGL_API_TOKEN (or TOGGL_EMAIL and TOGGL_PASSWORD), as for the server.',
    );
    return 2;
  }
  let upstreams;
  try {
    upstreams = resolveUpstreams(config);
  } catch (err) {
    print((err as Error).message);
    return 2;
  }
  const secrets = [
    config.focusApiKey,
    config.apiToken,
    config.password,
    upstreams.focus.authorization,
    upstreams.track.authorization,
  ].filter((s): s is string => Boolean(s && s.length >= 4));
  const say = (line: string) => print(secrets.reduce((text, secret) => text.split(secret).join('***'), line));
  say('Checking your Toggl account the way the planner reads it (read-only).');
  say(
    `This spends at most ${REQUEST_BUDGET} requests of your hourly quota (30 to 600 an hour, depending on your plan).`,
  );
  say('');
  const report = await checkToggl(upstreams, { timeoutMs: config.upstreamTimeoutMs, today });
  for (const line of formatReport(report)) say(line);
  return report.stopped ? 2 : understoodAll(report) ? 0 : 1;
}

if (process.argv[1] && /check-toggl[\\/]cli\.ts$/.test(process.argv[1])) {
  main(process.env, (line) => console.log(line)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`The check failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(2);
    },
  );
}
