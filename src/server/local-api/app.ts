import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { AddressInfo } from 'node:net';
import { allowedHostSet } from '@/server/proxy/guards';
import type { Db } from './db/open';
import { createAuthenticator } from './auth';
import { ApiError, badRequest, isTrackPath, sendError } from './errors';
import { createQuota } from './quota';
import { parseQueryString } from './query-string';
import { createScopes } from './scope';
import type { LocalApiContext } from './context';
import type { Faults } from './faults';
import { focusPlugins, trackPlugins } from './plugins';
import { validatorCompiler } from './validation';

export interface LocalApiOptions {
  db: Db;
  /** Requests per user per hour before a 402, like the upstream's quota; off when undefined. */
  quotaPerHour?: number;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  /** Test-only fault injection. */
  faults?: Faults;
  /**
   * Answer only requests addressed to this server on a loopback name (Host) and sent by no web page (Origin):
   * on for the listening server, so a page that rebinds its own name to 127.0.0.1 reads nothing here. Tests
   * that inject requests without a socket leave it off.
   */
  loopbackOnly?: boolean;
}

/**
 * The upstream-compatible API on SQLite: Focus under `/api`, Track v9 under `/api/v9`, with the
 * upstreams' auth schemes, error shapes and quota headers.
 */
export function buildLocalApi(opts: LocalApiOptions): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    routerOptions: { querystringParser: parseQueryString, maxParamLength: 200 },
    genReqId: () => crypto.randomUUID(),
  });
  const ctx: LocalApiContext = { db: opts.db, scopes: createScopes(opts.db) };
  const authenticate = createAuthenticator(opts.db);
  const takeQuota = createQuota(opts.quotaPerHour);

  app.decorateRequest('auth', null as never);
  app.setValidatorCompiler(validatorCompiler);

  // The upstream reads `Content-Type: application/json` with an empty body as "no body" (its own curl samples
  // send it on DELETE, archive, pin...); where a body is required, the route's validation answers the 400.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    body === '' ? done(null, undefined) : parseJson(req, body as string, wellFormed(done)),
  );

  if (opts.loopbackOnly) app.addHook('onRequest', refuseForeignCallers(app));

  app.addHook('onRequest', async (req, reply) => {
    const user = authenticate(req.headers.authorization);
    if (!user) {
      if (isTrackPath(req.url)) {
        return reply.code(403).type('text/plain; charset=utf-8').send('Incorrect username and/or password');
      }
      return sendError(req, reply, 401, 'unauthorized', 'Unauthorized: missing or invalid credentials');
    }
    req.auth = user;
    const fault = opts.faults?.take(req.method, req.url);
    if (fault) {
      reply.headers(fault.headers ?? {});
      return sendError(req, reply, fault.status, 'injected_fault', fault.message);
    }
    const quota = takeQuota(user.id);
    if (quota) {
      reply.headers(quota.headers);
      if (!quota.allowed) {
        return sendError(req, reply, 402, 'quota_exceeded', 'You have hit your hourly request quota');
      }
    }
  });

  app.setErrorHandler((error, req, reply) => {
    if (error instanceof ApiError) {
      reply.headers(error.headers);
      return sendError(req, reply, error.status, error.code, error.message);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, wrong content type.
      return sendError(req, reply, status, 'bad_request', (error as Error).message);
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendError(req, reply, 500, 'internal_error', 'Internal Server Error');
  });

  app.setNotFoundHandler((req, reply) => sendError(req, reply, 404, 'not_found', 'Not Found'));

  app.register(
    async (focus) => {
      for (const plugin of focusPlugins) focus.register(plugin, ctx);
    },
    { prefix: '/api' },
  );
  app.register(
    async (track) => {
      for (const plugin of trackPlugins) track.register(plugin, ctx);
    },
    { prefix: '/api/v9' },
  );
  return app;
}

/**
 * The local API is called by the planner's own server only, never by a browser: a Host other than a loopback
 * name on its port is a rebound name, and any Origin is a web page.
 */
function refuseForeignCallers(app: FastifyInstance) {
  let cached: { port: number; hosts: Set<string> } | undefined;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const port = (app.server.address() as AddressInfo | null)?.port ?? 0;
    if (cached?.port !== port) cached = { port, hosts: allowedHostSet(port, []) };
    if (!cached.hosts.has((req.headers.host ?? '').toLowerCase()))
      return sendError(req, reply, 403, 'forbidden_host', 'Host not allowed');
    if (req.headers.origin !== undefined)
      return sendError(req, reply, 403, 'forbidden_origin', 'Cross-origin requests are not allowed');
  };
}

type ParserDone = (err: Error | null, body?: unknown) => void;

/**
 * A JSON string may escape half of a surrogate pair (`"\ud800"`): no character, so it cannot be stored as
 * UTF-8 (SQLite would keep replacement characters, and the text would read back changed). Refused as the
 * malformed JSON it is (400), before any route sees it.
 */
function wellFormed(done: ParserDone): ParserDone {
  return (err, body) => {
    if (err || !hasLoneSurrogate(body)) return done(err, body);
    done(badRequest('a string in the body holds half of a surrogate pair, which is not text'));
  };
}

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v));
  return false;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
