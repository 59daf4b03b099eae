import type { FastifyReply, FastifyRequest } from 'fastify';
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
