import type { FastifyPluginAsync, RawServerDefault } from 'fastify';
import type { Db } from './db/open';
import type { Scopes } from './scope';
import type { AuthUser } from './auth';
import type { ZodTypeProvider } from './validation';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; set by the auth hook before any route runs. */
    auth: AuthUser;
  }
}

export interface LocalApiContext {
  db: Db;
  scopes: Scopes;
}

/**
 * One resource as a Fastify plugin, registered with the context under `/api` (Focus) or `/api/v9` (Track).
 * Its route schemas are zod schemas of the contract (see validation.ts).
 */
export type LocalApiPlugin = FastifyPluginAsync<LocalApiContext, RawServerDefault, ZodTypeProvider>;
