import type { FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import type { z } from 'zod';
import { badRequest, describeZodError } from './errors';

/**
 * Route schemas are the contract's zod schemas: `schema: { params, querystring, body }` types the handler's
 * `req.params`, `req.query` and `req.body` with the schemas' output (transforms applied).
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** The request part a message names: `invalid path: …`, `invalid query: …`, `invalid body: …`. */
export type RequestPart = 'path' | 'query' | 'body';

/** Text of a 400 for a part the schema rejected; `input` is the part as received. */
export type DescribeIssues = (error: z.ZodError, where: RequestPart, input: unknown) => string;

const PARTS: Record<string, RequestPart> = { params: 'path', querystring: 'query', body: 'body' };
const describers = new WeakMap<z.ZodType, DescribeIssues>();

/**
 * The same schema, rejected with the texts `describe` gives instead of the field list (Track answers
 * some bodies with its own fixed sentences). A schema with its own texts also decides what a missing body says.
 */
export function withIssueText<S extends z.ZodType>(schema: S, describe: DescribeIssues): S {
  describers.set(schema, describe);
  return schema;
}

/**
 * Fastify's validator for zod route schemas. A rejected part is an ApiError 400 in the upstream's shape
 * (the app's error handler sends it), naming the fields as `describeZodError` does; a missing JSON body
 * is a 400 of its own rather than a list of every required field.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart, url }) => {
  const where = PARTS[httpPart ?? ''];
  if (!where) throw new Error(`${url}: no zod validation for the request part "${httpPart}"`);
  const describe = describers.get(schema);
  return (data: unknown) => {
    // Fastify hands an absent body over as null.
    if (where === 'body' && data == null && !describe)
      return { error: badRequest('request body is required') };
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: badRequest((describe ?? describeZodError)(result.error, where, data)) };
  };
};

/** Parses a request part outside a route schema (the scope hooks read the path before validation runs). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: RequestPart): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(describeZodError(result.error, where));
  return result.data;
}
