import type { z } from 'zod';
import { badRequest, describeZodError } from './errors';

/** Parses a request part with a contract schema; a mismatch is a 400 naming the fields. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(describeZodError(result.error, where));
  return result.data;
}

/** Parses JSON bodies: a missing body is a 400, not a crash. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined || body === null) throw badRequest('request body is required');
  return parseWith(schema, body, 'body');
}
