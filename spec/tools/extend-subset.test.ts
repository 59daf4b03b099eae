import { describe, expect, it } from 'vitest';
import type { SwaggerDoc } from '../openapi/types';
import { extendSubset } from './extend-subset';

const full: SwaggerDoc = {
  swagger: '2.0',
  basePath: '/api',
  paths: {
    '/a': { get: { responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/A' } } } } },
    '/b': { get: { responses: { '204': { description: 'none' } } } },
  },
  definitions: {
    A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } } },
    B: { type: 'array', items: { $ref: '#/definitions/C' } },
    C: { type: 'string' },
    Unused: { type: 'integer' },
  },
};
const subset: SwaggerDoc = { ...full, paths: { '/b': full.paths['/b'] }, definitions: {} };

describe('extendSubset', () => {
  it('copies the path verbatim with the definitions it needs, transitively, and nothing else', () => {
    const out = extendSubset(subset, full, ['/a']);
    expect(Object.keys(out.paths)).toEqual(['/b', '/a']);
    expect(out.paths['/a']).toBe(full.paths['/a']);
    expect(Object.keys(out.definitions).sort()).toEqual(['A', 'B', 'C']);
    expect(subset.definitions).toEqual({});
  });

  it('refuses a path the complete document does not have', () => {
    expect(() => extendSubset(subset, full, ['/zzz'])).toThrow('/zzz is not in the complete document');
  });
});
