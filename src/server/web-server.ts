import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGuards } from './proxy/guards';
import { registerProxy } from './proxy/proxy';
import type { Upstream } from './proxy/upstreams';

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
  const app = Fastify({ logger: opts.logger ?? false, genReqId: () => crypto.randomUUID() });
  const boundPort = () => (app.server.address() as { port: number } | null)?.port ?? opts.port;
  app.addHook('onRequest', createGuards({ port: boundPort, allowedHosts: opts.allowedHosts }));
  registerProxy(app, { upstreams: opts.upstreams, timeoutMs: opts.upstreamTimeoutMs });

  app.all('/api/*', async (_req, reply) =>
    reply.code(404).send({ error: 'not_found', error_description: 'Unknown API; use /api/focus/* or /api/track/*' }),
  );

  if (opts.staticDir && existsSync(join(opts.staticDir, 'index.html'))) {
    app.register(fastifyStatic, { root: opts.staticDir, wildcard: false, index: ['index.html'] });
    // Client-side routes (/timeline, /projects/3/members, ...) all load the app shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'not_found', error_description: 'Not Found' });
    });
  }
  return app;
}
