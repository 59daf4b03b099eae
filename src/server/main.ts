import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ViteDevServer } from 'vite';
import { buildAppIfNeeded } from './build-app';
import { loadConfig, type Config } from './config';
import { buildLocalApi } from '@/server/local-api/app';
import { ensureDemoData } from '@/server/local-api/db/demo';
import type { GeneratedAccount } from '@/server/local-api/db/generate';
import { openDatabase, type Db } from '@/server/local-api/db/open';
import type { Faults } from '@/server/local-api/faults';
import { resolveUpstreams } from '@/server/proxy/upstreams';
import { buildWebServer } from './web-server';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** `build`: build dist/ when stale (default); `skip`: serve what is there; `dev`: Vite middleware. */
  app?: 'build' | 'skip' | 'dev';
  /** Test-only fault injection into the local API. */
  faults?: Faults;
  log?: (line: string) => void;
  /** Pino logger options or false; defaults to the configured level on stdout. */
  logger?: boolean | object;
}

export interface Planner {
  config: Config;
  url: string;
  localApiUrl?: string;
  account?: GeneratedAccount;
  db?: Db;
  web: FastifyInstance;
  localApi?: FastifyInstance;
  close(): Promise<void>;
}

/** How long a closing server waits for requests in flight before it cuts their connections. */
const CLOSE_GRACE_MS = 1_000;

/** Starts the local API (local mode) and the web server. Used by `npm start`, tests and benchmarks. */
export async function startPlanner(opts: StartOptions = {}): Promise<Planner> {
  const config = loadConfig(opts.env ?? process.env);
  const log = opts.log ?? ((line: string) => console.log(line));
  const logger = opts.logger ?? (config.logLevel === 'silent' ? false : { level: config.logLevel });
  let db: Db | undefined;
  let localApi: FastifyInstance | undefined;
  let account: GeneratedAccount | undefined;
  let localPort: number | undefined;

  if (config.mode === 'local') {
    db = openDatabase(config.dbFile);
    account = ensureDemoData(db);
    localApi = buildLocalApi({
      db,
      quotaPerHour: config.localApiQuotaPerHour,
      faults: opts.faults,
      logger,
      loopbackOnly: true,
    });
    await localApi.listen({ host: '127.0.0.1', port: config.localApiPort });
    localPort = (localApi.server.address() as { port: number }).port;
  }
  const upstreams = resolveUpstreams(
    config,
    account && localPort !== undefined
      ? { port: localPort, email: account.email, password: account.password }
      : undefined,
  );

  let vite: ViteDevServer | undefined;
  const mode = opts.app ?? 'build';
  if (mode === 'build') await buildAppIfNeeded(ROOT, log);
  const web = buildWebServer({
    port: config.port,
    allowedHosts: config.allowedHosts,
    upstreams: [upstreams.focus, upstreams.track],
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    staticDir: join(ROOT, 'dist'),
    logger,
  });
  if (mode === 'dev') {
    const { createServer } = await import('vite');
    vite = await createServer({
      root: ROOT,
      server: { middlewareMode: true, hmr: { server: web.server } },
      appType: 'spa',
    });
    web.addHook('onRequest', (req, reply, done) => {
      if (req.url.startsWith('/api/') || reply.sent) return done();
      reply.hijack();
      vite!.middlewares(req.raw, reply.raw, () => {
        reply.raw.statusCode = 404;
        reply.raw.end('Not found');
      });
    });
  }
  await web.listen({ host: config.host, port: config.port });
  const port = (web.server.address() as { port: number }).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  return {
    config,
    url,
    localApiUrl: localPort !== undefined ? `http://127.0.0.1:${localPort}` : undefined,
    account,
    db,
    web,
    localApi,
    async close() {
      await vite?.close();
      // A request in flight gets a moment to finish (a write the upstream applied should reach its page); then
      // busy connections are cut: one of a page left open kept a close waiting for a minute (the Toggl-mode
      // fault tests, 2 of 18 repeated runs).
      const cut = setTimeout(() => web.server.closeAllConnections(), CLOSE_GRACE_MS);
      await web.close();
      clearTimeout(cut);
      await localApi?.close();
      db?.close();
    },
  };
}

async function cli() {
  const dev = process.argv.includes('--dev');
  const planner = await startPlanner({ app: dev ? 'dev' : 'build' });
  const lines = [`Planner is running at ${planner.url}  (mode: ${planner.config.mode}${dev ? ', dev' : ''})`];
  if (planner.account && planner.localApiUrl) {
    lines.push(
      `Local API: ${planner.localApiUrl}/api (Focus) and ${planner.localApiUrl}/api/v9 (Track), database ${planner.config.dbFile}`,
      `Demo login: ${planner.account.email} / ${planner.account.password}`,
      `Demo API token (Track, Basic <token>:api_token): ${planner.account.apiToken}`,
      `Demo API key (Focus, Bearer): ${planner.account.apiKey}`,
    );
  }
  console.log(lines.join('\n'));
  const stop = async () => {
    await planner.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
