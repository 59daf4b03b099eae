import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from './formats';
import { checkValue } from './schema-check';
import { nullableProperties, resolveSchema } from './schema-resolve';
import type { SwaggerDoc } from './types';

const doc: SwaggerDoc = {
  swagger: '2.0',
  basePath: '/api',
  paths: {},
  definitions: {
    Base: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
    Item: {
      allOf: [{ $ref: '#/definitions/Base' }],
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', maxLength: 5, description: 'Null when masked.' },
        day: { type: 'string', format: 'date' },
        at: { type: 'string', format: 'date-time', 'x-nullable': true },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, maxItems: 2, uniqueItems: true },
        meta: { type: 'object', additionalProperties: { type: 'integer' } },
      },
    },
    Masked: {
      type: 'object',
      properties: {
        masked: { type: 'boolean', description: 'When true, sensitive fields (Name, Client) are nulled.' },
        name: { type: 'string' },
        client: { $ref: '#/definitions/Base' },
      },
    },
  },
};
const item = { $ref: '#/definitions/Item' };

describe('checkValue', () => {
  it('merges allOf and follows $ref', () => {
    expect(resolveSchema(doc, item).required).toEqual(['id', 'name']);
    expect(checkValue(doc, item, { id: 1, name: 'ok' })).toEqual([]);
    expect(checkValue(doc, item, { name: 'ok' })).toEqual([{ path: '/id', message: 'is required' }]);
  });

  it('checks types, bounds, formats, enums, list sizes and uniqueness with paths', () => {
    const issues = checkValue(doc, item, {
      id: 0,
      name: 'too long',
      day: '2026-13-01',
      at: '2026-01-01 10:00',
      tags: ['a', 'a', 'c'],
      meta: { x: 'one' },
    });
    expect(issues).toEqual([
      { path: '/id', message: 'must be at least 1' },
      { path: '/name', message: 'must be at most 5 characters' },
      { path: '/day', message: 'must be a date (got "2026-13-01")' },
      { path: '/at', message: 'must be a date-time (got "2026-01-01 10:00")' },
      { path: '/tags', message: 'must hold at most 2 items' },
      { path: '/tags', message: 'must not repeat an item' },
      { path: '/tags/2', message: 'must be one of "a", "b" (got "c")' },
      { path: '/meta/x', message: 'must be an integer (got string)' },
    ]);
    expect(checkValue(doc, { type: 'integer' }, 1.5)).toEqual([
      { path: '(root)', message: 'must be an integer (got number)' },
    ]);
  });

  it('takes null where x-nullable or the description allows it, and nowhere else', () => {
    expect(checkValue(doc, item, { id: 1, name: null, at: null })).toEqual([]);
    expect(checkValue(doc, item, { id: 1, name: 'x', day: null })).toEqual([
      { path: '/day', message: 'must not be null' },
    ]);
    expect([...nullableProperties(doc, doc.definitions.Masked)].sort()).toEqual(['client', 'name']);
  });

  it('accepts undeclared properties in responses, refuses them in strict (request) mode', () => {
    expect(checkValue(doc, item, { id: 1, name: 'x', later: true })).toEqual([]);
    expect(checkValue(doc, item, { id: 1, name: 'x', later: true }, { strict: true })).toEqual([
      { path: '/later', message: 'is not a property of this operation' },
    ]);
  });

  it('accepts unknown enum values only when asked to', () => {
    expect(checkValue(doc, item, { id: 1, name: 'x', tags: ['z'] }, { openEnums: true })).toEqual([]);
  });
});

describe('formats', () => {
  it('knows real days, leap years and RFC 3339 offsets', () => {
    expect(['2024-02-29', '0001-01-01', '9999-12-31'].every(isDate)).toBe(true);
    expect(['2023-02-29', '2026-04-31', '2026-1-01', '2026-01-01T00:00:00Z'].some(isDate)).toBe(false);
    expect(
      ['2026-01-01T00:00:00Z', '2026-01-01T23:59:60.123+05:30', '2026-01-01t10:00:00z'].every(isDateTime),
    ).toBe(true);
    expect(['2026-01-01T24:00:00Z', '2026-01-01T10:00:00', '2026-01-01 10:00:00Z'].some(isDateTime)).toBe(
      false,
    );
  });
});
