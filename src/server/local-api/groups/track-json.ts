import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const JSON_ERRORS = new Set(['FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_JSON_BODY']);

/** Track's own text for a body that is not JSON (or not the JSON shape asked for). */
export const INVALID_JSON = 'Invalid JSON input';

/**
 * Route-level error handler for Track writes: an unparsable body answers Track's plain-text
 * "Invalid JSON input"; anything else goes on to the app's error handler.
 */
export function trackJsonErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  if (JSON_ERRORS.has(error.code) || (error instanceof SyntaxError && error.statusCode === 400)) {
    return reply.code(400).type('text/plain; charset=utf-8').send(INVALID_JSON);
  }
  throw error;
}
