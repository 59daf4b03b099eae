import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { validatorCompiler, withIssueText } from './validation';

const compile = (schema: z.ZodType, httpPart: string) =>
  validatorCompiler({ schema, httpPart, method: 'POST', url: '/x' }) as (data: unknown) => {
    value?: unknown;
    error?: ApiError;
  };

describe('validatorCompiler', () => {
  const body = z.object({ name: z.string(), size: z.number().int().min(1) });

  it('hands the schema output to the route (transforms applied)', () => {
    const query = z.object({ n: z.string().transform(Number) });
    expect(compile(query, 'querystring')({ n: '7' })).toEqual({ value: { n: 7 } });
  });

  it('rejects a part with a 400 naming the part and the fields, as describeZodError words it', () => {
    const { error } = compile(body, 'body')({ name: 3, size: 0 });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'bad_request' });
    expect(error?.message).toMatch(/^invalid body: name: .+; size: .+/);
    expect(
      compile(z.object({ id: z.string().regex(/^\d+$/) }), 'params')({ id: 'x' }).error?.message,
    ).toMatch(/^invalid path: id: /);
    expect(compile(z.object({ q: z.string() }), 'querystring')({}).error?.message).toMatch(
      /^invalid query: q: /,
    );
  });

  it('answers a missing body as such, not as a list of required fields', () => {
    expect(compile(body, 'body')(null).error?.message).toBe('request body is required');
  });

  it('uses the texts a schema carries, also for a missing body', () => {
    const track = withIssueText(z.object({ name: z.string() }), (error, where, input) =>
      input === null ? 'Invalid JSON input' : `${where}:${error.issues[0].path.join('.')}`,
    );
    expect(compile(track, 'body')(null).error?.message).toBe('Invalid JSON input');
    expect(compile(track, 'body')({ name: 1 }).error?.message).toBe('body:name');
  });

  it('refuses a request part it cannot name', () => {
    expect(() => compile(body, 'headers')).toThrow(/headers/);
  });
});
