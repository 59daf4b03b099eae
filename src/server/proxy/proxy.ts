import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Agent, errors as undiciErrors, request } from 'undici';
import type { Upstream } from './upstreams';
import { createQuotaGate } from './quota-gate';

/** Request headers the browser may pass on; cookies, Authorization and forwarding headers never pass. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
  'if-modified-since',
];

/** Response headers that describe one hop, or that must not reach the browser. */
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'trailers',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  'set-cookie2',
  'www-authenticate',
  'location',
  'alt-svc',
]);

export interface ProxyOptions {
  upstreams: Upstream[];
  timeoutMs: number;
}

/**
 * `/api/{focus,track}/*` -> the upstream, with the server-side credentials added. Bodies stream both
 * ways; only responses that must be cleaned (`/me` carries `api_token`) are buffered.
 */
export function registerProxy(app: FastifyInstance, opts: ProxyOptions): void {
  const agent = new Agent({
    connect: { timeout: Math.min(opts.timeoutMs, 5000) },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
  const gate = createQuotaGate();
  // Each upstream's base, parsed once (every request is checked against them).
  const bases = new Map(opts.upstreams.map((u) => [u, new URL(u.base)]));
  app.addHook('onClose', async () => agent.close());

  app.register(async (scope) => {
    // The proxy streams the raw body: no parsing, no buffering.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    for (const upstream of opts.upstreams) {
      const prefix = `/api/${upstream.name}`;
      scope.all(`${prefix}/*`, (req, reply) => forward(req, reply, upstream, prefix));
    }
  });

  async function forward(req: FastifyRequest, reply: FastifyReply, upstream: Upstream, prefix: string) {
    const rawUrl = req.raw.url ?? '';
    const rest = rawUrl.slice(prefix.length);
    const query = rest.includes('?') ? rest.slice(rest.indexOf('?')) : '';
    // The path as the upstream will route it (`/%6de` and `//me` are `/me` there): what is checked, cleaned
    // and sent is that one spelling, so no other spelling of `/me` can carry `api_token` out uncleaned.
    const subPath = canonicalPath(rest.slice(0, rest.length - query.length));
    const target = new URL(upstream.base + subPath + query);
    // The guards already refuse dot segments and encoded slashes; this makes sure no path can ever
    // turn into another host, climb above the upstream's base path, or reach another upstream whose base
    // lies below this one's (locally Track's `/api/v9` is inside Focus's `/api`).
    if (!insideUpstream(target, upstream, bases)) {
      return sendJson(reply, 400, 'bad_path', 'Path leaves the upstream');
    }

    const blocked = gate.check(upstream.name);
    if (blocked) {
      reply.header('retry-after', String(blocked.secondsLeft));
      reply.header('x-toggl-quota-resets-in', String(blocked.secondsLeft));
      reply.header('x-toggl-quota-remaining', blocked.quotaRemaining ?? '0');
      return sendJson(
        reply,
        blocked.status,
        blocked.status === 402 ? 'quota_exceeded' : 'too_many_requests',
        `The ${upstream.name} API quota is used up; it resets in ${blocked.secondsLeft} s`,
      );
    }

    // Judged on the path the request really goes to (whatever URL parsing made of it), not on how it came in.
    const sentPath = target.pathname.slice(bases.get(upstream)!.pathname.replace(/\/$/, '').length);
    const cleans = upstream.cleanPaths.some((re) => re.test(sentPath) || re.test(subPath));
    const headers: Record<string, string> = {
      authorization: upstream.authorization,
      'user-agent': 'Planner',
    };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // The body passes through as the upstream encoded it: only in an encoding the browser accepts.
    const accepted = req.headers['accept-encoding'];
    headers['accept-encoding'] = !cleans && typeof accepted === 'string' ? accepted : 'identity';
    // A GET or DELETE has a body only when it says so: a length, or chunks (a time-off DELETE sends ids).
    const hasBody =
      (req.method !== 'GET' && req.method !== 'DELETE') ||
      Number(req.headers['content-length'] ?? 0) > 0 ||
      req.headers['transfer-encoding'] !== undefined;

    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(target, {
        method: req.method as 'GET',
        headers,
        body: hasBody ? req.raw : undefined,
        dispatcher: agent,
      });
    } catch (err) {
      return upstreamFailure(req, reply, upstream, err);
    }

    gate.record(upstream.name, res.statusCode, res.headers);
    for (const [name, value] of Object.entries(res.headers)) {
      if (value === undefined || DROPPED_RESPONSE_HEADERS.has(name)) continue;
      if (cleans && (name === 'content-length' || name === 'content-encoding')) continue;
      reply.header(name, value);
    }
    reply.code(res.statusCode);

    if (cleans) {
      let text: string;
      try {
        text = await res.body.text();
      } catch (err) {
        return upstreamFailure(req, reply, upstream, err);
      }
      return reply.send(withoutApiToken(text));
    }
    res.body.on('error', (err) =>
      req.log.warn(
        { upstream: upstream.name, code: (err as { code?: string }).code },
        'upstream body failed',
      ),
    );
    return reply.send(res.body);
  }
}

function upstreamFailure(req: FastifyRequest, reply: FastifyReply, upstream: Upstream, err: unknown) {
  const code = (err as { code?: string }).code ?? 'unknown';
  req.log.warn({ upstream: upstream.name, code }, 'upstream request failed');
  if (reply.sent) return reply;
  if (err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError) {
    return sendJson(reply, 504, 'upstream_timeout', `The ${upstream.name} API did not answer in time`);
  }
  return sendJson(reply, 502, 'upstream_unreachable', `The ${upstream.name} API could not be reached`);
}

function sendJson(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: code, error_description: message, trace_id: String(reply.request.id) });
}

/**
 * A request path in the one spelling an upstream routes it by: percent-escapes of unreserved characters
 * decoded (RFC 3986 makes `%6D` and `m` the same), other escapes' hex in capitals, runs of slashes as one.
 */
export function canonicalPath(path: string): string {
  return path
    .replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => {
      const c = String.fromCharCode(parseInt(hex, 16));
      return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${hex.toUpperCase()}`;
    })
    .replace(/\/{2,}/g, '/');
}

/** The target stays on the upstream's host below its base path, and not below another upstream's base. */
function insideUpstream(target: URL, upstream: Upstream, bases: ReadonlyMap<Upstream, URL>): boolean {
  const under = (url: URL, base: URL) =>
    url.origin === base.origin &&
    (url.pathname === base.pathname || url.pathname.startsWith(`${base.pathname.replace(/\/$/, '')}/`));
  const base = bases.get(upstream)!;
  if (!under(target, base)) return false;
  return ![...bases].some(
    ([other, o]) => other !== upstream && o.pathname.length > base.pathname.length && under(target, o),
  );
}

/** Removes every `api_token` field from a JSON body; a non-JSON body passes unchanged. */
export function withoutApiToken(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), (key, value) => (key === 'api_token' ? undefined : value));
  } catch {
    return text;
  }
}
