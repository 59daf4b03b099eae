import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildWebServer } from '@/server/web-server';
import { TRACK_CLEAN_PATHS, type Upstream } from './upstreams';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type StubHandler = (req: Recorded) => {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string;
  delayMs?: number;
};

/** An upstream stand-in that records exactly what arrives and answers what the test says. */
export async function startStubUpstream(
  handler: StubHandler,
): Promise<{ url: string; seen: Recorded[]; close(): Promise<void> }> {
  const seen: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(rec);
      const answer = handler(rec);
      const send = () => {
        res.writeHead(answer.status ?? 200, {
          'content-type': 'application/json',
          ...(answer.headers ?? {}),
        });
        res.end(answer.body ?? '{}');
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const FOCUS_SECRET = 'Bearer toggl_sk_test_secret_focus_key_123';
export const TRACK_SECRET = `Basic ${Buffer.from('trackapitoken0123456789:api_token').toString('base64')}`;

/** The web server (guards + proxy) in front of stub upstreams, with its log lines captured. */
export async function startProxy(
  focusBase: string,
  trackBase: string,
  opts: { timeoutMs?: number; allowedHosts?: string[] } = {},
): Promise<{ app: FastifyInstance; port: number; logs: string[] }> {
  const logs: string[] = [];
  const upstreams: Upstream[] = [
    { name: 'focus', base: focusBase, authorization: FOCUS_SECRET, cleanPaths: [] },
    { name: 'track', base: trackBase, authorization: TRACK_SECRET, cleanPaths: [...TRACK_CLEAN_PATHS] },
  ];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = buildWebServer({
    port: 0,
    allowedHosts: opts.allowedHosts ?? [],
    upstreams,
    upstreamTimeoutMs: opts.timeoutMs ?? 2000,
    logger: { level: 'info', stream },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, port: (app.server.address() as AddressInfo).port, logs };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request with an exact, unnormalised path and any Host header (fetch can do neither). */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
