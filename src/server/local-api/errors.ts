import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';

/**
 * An error the client caused or must know about. Focus paths answer it as
 * `{error, error_description, trace_id}`, Track paths (`/api/v9`) as a plain-text body.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
export const unauthorized = (message = 'Unauthorized: missing or invalid credentials') =>
  new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'Insufficient permissions') => new ApiError(403, 'forbidden', message);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

export function isTrackPath(url: string): boolean {
  return url.startsWith('/api/v9/') || url === '/api/v9';
}

/** Describes zod issues as `field: message; other.field: message`, bounded in length. */
export function describeZodError(error: ZodError, where: string): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : where;
    return `${path}: ${issue.message}`;
  });
  return `invalid ${where}: ${parts.join('; ')}`.slice(0, 500);
}

export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
) {
  if (isTrackPath(req.url)) {
    // Track v9 answers errors as a plain string.
    return reply.code(status).type('text/plain; charset=utf-8').send(message);
  }
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: code, error_description: message, trace_id: String(req.id) });
}

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
