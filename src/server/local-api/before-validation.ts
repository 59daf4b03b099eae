import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';

/**
 * Something a route settles before its schemas judge the request (the caller's scope, the group a Track
 * path addresses), resolved once per request: `hook` goes into the route's preValidation, so its 403 or
 * 404 comes first, as when handlers checked it before parsing; `of` gives the handler the value (resolving
 * it on the spot where no hook ran).
 */
export interface BeforeValidation<T> {
  hook: preValidationAsyncHookHandler;
  of(req: FastifyRequest): T;
}

export function beforeValidation<T>(resolve: (req: FastifyRequest) => T): BeforeValidation<T> {
  const resolved = new WeakMap<FastifyRequest, T>();
  const of = (req: FastifyRequest): T => {
    if (resolved.has(req)) return resolved.get(req) as T;
    const value = resolve(req);
    resolved.set(req, value);
    return value;
  };
  return {
    of,
    async hook(req) {
      of(req);
    },
  };
}
