import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, loadSpecs, matchOperation, successResponse } from '../../../spec/openapi';
import { loadReferenceOperations } from '../../../spec/reference';
import { SAMPLES, sampleContext, type SampleContext } from './reference-samples';
import { createTestApi, type TestApi } from './test-harness';

const specs = loadSpecs();
const pages = loadReferenceOperations();
const keyOf = (o: { method: string; service: string; path: string }) => `${o.method} ${o.service} ${o.path}`;
const BASE = { focus: '/api', track: '/api/v9' } as const;

let api: TestApi;
let ctx: SampleContext;
beforeAll(async () => {
  api = await createTestApi();
  ctx = sampleContext(api);
});
afterAll(() => api.close());

/** The documented success of a page's operation: the OpenAPI document's, which wins over the page. */
function documented(o: (typeof pages)[number]) {
  const match = matchOperation(specs, o.service, o.method, o.path.replace(/\{(\w+)\}/g, '1'));
  if (!match.ok || match.ref.template !== o.path) throw new Error(`${keyOf(o)} is not in the documents`);
  return { ref: match.ref, status: successResponse(match.ref).status };
}

describe('the reference pages replayed as their curl samples were written', () => {
  it('has a sample for each of the 45 operations and no other', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(pages.map(keyOf).sort());
  });

  it('knows where a page documents another success status than the OpenAPI document (the document wins)', () => {
    const differ = pages.filter((o) => o.status !== null && o.status !== documented(o).status);
    expect(differ.map((o) => `${keyOf(o)}: page ${o.status}, document ${documented(o).status}`)).toEqual([
      'PUT focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}: page 201, document 204',
      'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}: page 201, document 204',
    ]);
  });

  // In page order, one after the other: later samples use what earlier ones created, like a reader of the pages.
  for (const o of pages) {
    it(`${o.method} ${o.path} (${o.page}) answers its documented success`, async () => {
      const { ref, status } = documented(o);
      const sample = SAMPLES[keyOf(o)](ctx);
      const takesBody = (ref.operation.parameters ?? []).some((p) => p.in === 'body');
      expect(sample.body !== undefined, 'a JSON body exactly where the operation takes one').toBe(takesBody);
      const path = o.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (sample.params[name] === undefined) throw new Error(`no value for ${name}`);
        return encodeURIComponent(String(sample.params[name]));
      });
      const url = `${BASE[o.service]}${path}${sample.query ? `?${new URLSearchParams(sample.query)}` : ''}`;
      const payload = sample.body === undefined ? '' : JSON.stringify(sample.body);
      // The sample itself speaks the contract (so a pass is not the local API being lenient).
      expect(checkRequest(specs, { method: o.method, url, body: payload }, 'upstream').issues).toEqual([]);
      const res = await api.app.inject({
        method: o.method as 'GET',
        url,
        headers: { authorization: api.auth, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
      sample.remember?.(res.body ? res.json() : undefined);
    });
  }
});
