import type { FastifyReply, FastifyRequest } from 'fastify';

export interface GuardOptions {
  /** The port the app is served on (part of every allowed Host); read lazily, as port 0 binds late. */
  port: () => number;
  /** Extra `host` or `host:port` entries from ALLOWED_HOSTS. */
  allowedHosts: string[];
}

/** Host headers the app answers to: loopback names on its own port plus the configured extras. */
export function allowedHostSet(port: number, allowedHosts: string[]): Set<string> {
  const hosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  for (const h of allowedHosts) hosts.add(h.toLowerCase());
  return hosts;
}

const API_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Rejects request targets that could escape the intended upstream path. */
export function unsafePath(rawUrl: string): string | null {
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//'))
    return 'absolute or scheme-relative URLs are not allowed';
  // A request target never carries a fragment (a browser keeps it): a `#` is someone's way around a path check.
  if (rawUrl.includes('#')) return 'fragments are not allowed in request targets';
  const path = rawUrl.split('?')[0];
  if (path.includes('\\')) return 'backslashes are not allowed in paths';
  if (/%(2f|5c|00)/i.test(path)) return 'encoded slashes are not allowed in paths';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'malformed percent-encoding';
  }
  if (decoded.split('/').some((seg) => seg === '..' || seg === '.'))
    return 'dot segments are not allowed in paths';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f]/.test(decoded)) return 'control characters are not allowed in paths';
  return null;
}

const reject = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: code, error_description: message });

/**
 * DNS-rebinding, cross-site and path guards, run before anything else. Every refusal is a JSON
 * error; none reaches an upstream.
 */
export function createGuards(opts: GuardOptions) {
  let cached: { port: number; hosts: Set<string> } | undefined;
  return async function guard(req: FastifyRequest, reply: FastifyReply) {
    const port = opts.port();
    if (cached?.port !== port) cached = { port, hosts: allowedHostSet(port, opts.allowedHosts) };
    const hosts = cached.hosts;
    const host = (req.headers.host ?? '').toLowerCase();
    const hostWithPort = host.includes(':') || host.startsWith('[') ? host : `${host}:80`;
    if (!hosts.has(host) && !hosts.has(hostWithPort)) {
      return reject(reply, 403, 'forbidden_host', 'Host not allowed');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}` && origin !== `https://${host}`) {
      return reject(reply, 403, 'forbidden_origin', 'Cross-origin requests are not allowed');
    }
    const rawUrl = req.raw.url ?? '/';
    const problem = unsafePath(rawUrl);
    if (problem) return reject(reply, 400, 'bad_path', problem);
    if (rawUrl === '/api' || rawUrl.startsWith('/api/') || rawUrl.startsWith('/api?')) {
      if (!API_METHODS.has(req.method)) {
        return reject(reply, 405, 'method_not_allowed', `Method ${req.method} is not allowed`);
      }
      if (!req.headers['x-requested-with']) {
        return reject(reply, 403, 'forbidden_request', 'Missing X-Requested-With header');
      }
    }
  };
}
