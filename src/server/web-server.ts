import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGuards } from '@/server/proxy/guards';
import { registerProxy } from '@/server/proxy/proxy';
import type { Upstream } from '@/server/proxy/upstreams';

export interface WebServerOptions {
  port: number;
  allowedHosts: string[];
  upstreams: Upstream[];
  upstreamTimeoutMs: number;
  /** Built app to serve (production). */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
}

/** The app's origin: guards, the `/api` proxy, and the web app itself. */
export function buildWebServer(opts: WebServerOptions): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    genReqId: () => crypto.randomUUID(),
    // URLs Fastify itself cannot route (bad percent-encoding, ...) get the same JSON 400 as the guards.
    frameworkErrors: (error, _req, reply) => {
      void (reply as FastifyReply)
        .code(400)
        .type('application/json; charset=utf-8')
        .send({ error: 'bad_path', error_description: error.message });
    },
  });
  app.setErrorHandler((error, req, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error({ err: error }, 'unhandled error');
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({
        error: status >= 500 ? 'internal_error' : 'bad_request',
        error_description: status >= 500 ? 'Internal Server Error' : (error as Error).message,
      });
  });
  const boundPort = () => (app.server.address() as { port: number } | null)?.port ?? opts.port;
  app.addHook('onRequest', createGuards({ port: boundPort, allowedHosts: opts.allowedHosts }));
  registerProxy(app, { upstreams: opts.upstreams, timeoutMs: opts.upstreamTimeoutMs });

  app.all('/api/*', async (_req, reply) =>
    reply
      .code(404)
      .send({ error: 'not_found', error_description: 'Unknown API; use /api/focus/* or /api/track/*' }),
  );

  if (opts.staticDir && existsSync(join(opts.staticDir, 'index.html'))) {
    app.register(fastifyStatic, { root: opts.staticDir, wildcard: false, index: ['index.html'] });
    // Client-side routes (/timeline, /projects/3/members, ...) all load the app shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/'))
        return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'not_found', error_description: 'Not Found' });
    });
  }
  return app;
}
