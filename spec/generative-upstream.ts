import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkRequest,
  fromUpstreamPath,
  generateResponse,
  loadSpecs,
  matchOperation,
  type RequestVerdict,
  type Variation,
} from './openapi';
import { bootstrap } from './generative-bootstrap';

export interface SeenRequest {
  method: string;
  url: string;
  body: string;
  verdict: RequestVerdict;
}

export interface GenerativeUpstreamOptions {
  seed: number;
  /** Defaults to the seed's variation. */
  variation?: Variation;
  /** `YYYY-MM-DD` the plain dates fall around; defaults to the real today, so the data is in view. */
  today?: string;
}

/**
 * A stand-in for both Toggl upstreams that answers every operation of the vendored documents with a success
 * response generated from its schema (seeded; see spec/openapi/variation.ts), and checks every request it gets.
 * Focus is served under `/api`, Track under `/api/v9` (point FOCUS_API_URL and TRACK_API_URL there). Unknown
 * operations get 404 in the service's error shape. Answers are pure per seed, operation, path and query.
 */
export async function startGenerativeUpstream(initial: GenerativeUpstreamOptions) {
  const specs = loadSpecs();
  const seen: SeenRequest[] = [];
  let opts = initial;

  function answer(req: IncomingMessage, res: ServerResponse, body: string) {
    const url = new URL(req.url ?? '/', 'http://upstream.invalid');
    const method = req.method ?? 'GET';
    seen.push({
      method,
      url: url.pathname + url.search,
      body,
      verdict: checkRequest(
        specs,
        { method, url: req.url ?? '/', body, contentType: req.headers['content-type'] },
        'upstream',
      ),
    });
    const target = fromUpstreamPath(url.pathname);
    const match = target && matchOperation(specs, target.service, method, target.path);
    if (!target || !match || !match.ok) {
      if (target?.service === 'track')
        return send(res, 404, 'text/plain; charset=utf-8', 'Resource can not be found');
      return send(
        res,
        404,
        'application/json',
        JSON.stringify({ error: 'not_found', error_description: 'Not Found', trace_id: 'stub' }),
      );
    }
    const query = [...url.searchParams].sort(([a], [b]) => a.localeCompare(b));
    const key = `${target.path}?${new URLSearchParams(query)}`;
    const generated = generateResponse(match.ref, {
      seed: opts.seed,
      variation: opts.variation,
      today: opts.today ?? new Date().toISOString().slice(0, 10),
      key,
    });
    if (generated.body === undefined) return send(res, generated.status);
    const value = bootstrap(match.ref, JSON.parse(generated.body) as unknown, opts.seed);
    send(res, generated.status, 'application/json', JSON.stringify(value));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, Buffer.concat(chunks).toString()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    focusBase: `${url}/api`,
    trackBase: `${url}/api/v9`,
    seen,
    /** Answers from now on come from another seed (and variation). */
    configure(next: GenerativeUpstreamOptions) {
      opts = next;
    },
    /** Requests that did not conform to the documents. */
    offenders: () => seen.filter((s) => s.verdict.issues.length > 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type GenerativeUpstream = Awaited<ReturnType<typeof startGenerativeUpstream>>;

function send(res: ServerResponse, status: number, type?: string, body?: string) {
  res.writeHead(status, type ? { 'content-type': type } : {});
  res.end(body);
}
