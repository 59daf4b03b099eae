import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, checkValue, loadSpecs, matchOperation, successResponse } from '../../../spec/openapi';
import { createTestApi, type TestApi } from './test-harness';

// The task-editing operations against the vendored OpenAPI: each sample request conforms to the document,
// the local API answers the documented success, a body (if any) conforms to the success schema, and a bad
// request answers one of the operation's documented error statuses with a response.Error body.

const specs = loadSpecs();
let api: TestApi;
const ids: Record<string, number> = {};
beforeAll(async () => {
  api = await createTestApi();
  const make = async (name: string) => {
    const res = await api.request({
      method: 'POST',
      url: `${api.wsPath}/tasks`,
      payload: { name, start_date: '2033-06-01', end_date: '2033-06-03' },
    });
    return res.json().id as number;
  };
  for (const key of ['one', 'two', 'three', 'gone']) ids[key] = await make(key);
});
afterAll(() => api.close());

const WS = '/organizations/{organization_id}/workspaces/{workspace_id}';

interface Sample {
  method: 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST';
  template: string;
  path: () => string;
  query?: () => string;
  body?: () => unknown;
  bad: { path?: () => string; query?: () => string; body?: () => unknown };
}

const one = () => `/tasks/${ids.one}`;
const SAMPLES: Sample[] = [
  {
    method: 'GET',
    template: `${WS}/tasks/{task_id}`,
    path: one,
    query: () => 'include_assignees=true',
    bad: { path: () => '/tasks/999999' },
  },
  {
    method: 'PUT',
    template: `${WS}/tasks/{task_id}`,
    path: one,
    body: () => ({
      name: 'Replaced',
      status_id: api.db.prepare('SELECT status_id FROM tasks WHERE id = ?').pluck().get(ids.one),
    }),
    bad: { body: () => ({ name: 'No status' }) },
  },
  {
    method: 'PATCH',
    template: `${WS}/tasks/{task_id}`,
    path: one,
    body: () => ({ notes: 'Patched', tag_ids: null }),
    bad: { body: () => ({ estimated_mins: -1 }) },
  },
  {
    method: 'POST',
    template: `${WS}/tasks/{task_id}/archive`,
    path: () => `/tasks/${ids.two}/archive`,
    bad: { path: () => '/tasks/999999/archive' },
  },
  {
    method: 'POST',
    template: `${WS}/tasks/{task_id}/unarchive`,
    path: () => `/tasks/${ids.two}/unarchive`,
    bad: { path: () => '/tasks/999999/unarchive' },
  },
  {
    method: 'DELETE',
    template: `${WS}/tasks/{task_id}`,
    path: () => `/tasks/${ids.gone}`,
    query: () => 'outbound_sync=false',
    bad: { path: () => '/tasks/999999' },
  },
  {
    method: 'PATCH',
    template: `${WS}/tasks/{task_id}/restore`,
    path: () => `/tasks/${ids.gone}/restore`,
    bad: { path: () => '/tasks/999999/restore' },
  },
  {
    method: 'PATCH',
    template: `${WS}/tasks/bulk`,
    path: () => '/tasks/bulk',
    body: () => [
      { id: ids.one, priority: 'high' },
      { id: ids.two, start_date: '2033-06-02' },
    ],
    bad: {
      body: () => [
        { id: ids.one, priority: 'high' },
        { id: 999999, name: 'x' },
      ],
    },
  },
  {
    method: 'POST',
    template: `${WS}/tasks/bulk/archive`,
    path: () => '/tasks/bulk/archive',
    body: () => ({ task_ids: [ids.one, ids.two] }),
    bad: { body: () => ({ task_ids: [ids.one, 999999] }) },
  },
  {
    method: 'POST',
    template: `${WS}/tasks/bulk/unarchive`,
    path: () => '/tasks/bulk/unarchive',
    body: () => ({ task_ids: [ids.one, ids.two] }),
    bad: { body: () => ({ task_ids: [] }) },
  },
  {
    method: 'DELETE',
    template: `${WS}/tasks/bulk`,
    path: () => '/tasks/bulk',
    query: () => `ids=${ids.two},${ids.three}`,
    bad: { query: () => `ids=${ids.one},999999` },
  },
  {
    method: 'PATCH',
    template: `${WS}/tasks/bulk/restore`,
    path: () => '/tasks/bulk/restore',
    body: () => ({ task_ids: [ids.two, ids.three] }),
    bad: { body: () => ({ task_ids: [999999] }) },
  },
  {
    method: 'POST',
    template: `${WS}/tasks/bulk`,
    path: () => '/tasks/bulk',
    body: () => ({ tasks: [{ name: 'Bulk one' }, { name: 'Bulk two', estimated_mins: 30 }] }),
    bad: { body: () => ({ tasks: [{ name: 'ok' }, { name: '' }] }) },
  },
];

/** Null stands for an optional field the local API has no value for; the upstream leaves such fields out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]) => (v === null ? [] : [[k, withoutNulls(v)]])),
    );
  return value;
}

const base = () => `/api/organizations/${api.org}/workspaces/${api.ws}`;

describe('task editing follows the OpenAPI document', () => {
  for (const s of SAMPLES) {
    const label = `${s.method} ${s.template.replace(WS, '')}`;
    it(`${label}: documented success, conforming request and body; a bad request gets a documented error`, async () => {
      const match = matchOperation(specs, 'focus', s.method, `${base().slice(4)}${s.path()}`);
      expect(match.ok && match.ref.template).toBe(s.template);
      if (!match.ok) return;
      const { status, schema } = successResponse(match.ref);
      const send = async (path: string, query: string | undefined, body: unknown) => {
        const url = `${base()}${path}${query ? `?${query}` : ''}`;
        const payload = body === undefined ? '' : JSON.stringify(body);
        return {
          verdict: checkRequest(specs, { method: s.method, url, body: payload }, 'upstream'),
          res: await api.app.inject({
            method: s.method,
            url,
            headers: { authorization: api.auth, 'content-type': 'application/json' },
            payload,
          }),
        };
      };
      const good = await send(s.path(), s.query?.(), s.body?.());
      expect(good.verdict.issues).toEqual([]);
      expect(good.res.statusCode, good.res.body).toBe(status);
      if (schema) expect(checkValue(match.ref.doc, schema, withoutNulls(good.res.json()))).toEqual([]);
      else expect(good.res.body).toBe('');

      const bad = await send(
        s.bad.path?.() ?? s.path(),
        s.bad.query?.() ?? s.query?.(),
        s.bad.body ? s.bad.body() : s.body?.(),
      );
      const documented = Object.keys(match.ref.operation.responses).map(Number);
      expect(bad.res.statusCode).toBeGreaterThanOrEqual(400);
      expect(documented).toContain(bad.res.statusCode);
      const errorSchema = match.ref.operation.responses[String(bad.res.statusCode)].schema!;
      expect(checkValue(match.ref.doc, errorSchema, bad.res.json())).toEqual([]);
    });
  }
});
