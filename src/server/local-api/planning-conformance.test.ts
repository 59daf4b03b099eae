import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, checkValue, loadSpecs, matchOperation, successResponse } from '../../../spec/openapi';
import { createTestApi, type TestApi } from './test-harness';

const specs = loadSpecs();
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
  api.db.prepare("UPDATE users SET country = 'DE' WHERE id = 1001").run();
  api.db
    .prepare("INSERT INTO public_holidays (country, date, name) VALUES ('DE', '2026-04-06', 'Ostermontag')")
    .run();
});
afterAll(() => api.close());

interface Step {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Focus path, `{id}` filled from what earlier steps created. */
  path: (made: Made) => string;
  body?: (made: Made) => unknown;
  keep?: (body: unknown, made: Made) => void;
}
interface Made {
  hours: number[];
  timeOff: number[];
  milestone: number;
}

const ORG = '/organizations/4100';
const USER = 1002;
const window = 'start_date=2026-03-16&end_date=2026-04-12';

/** One request per planning operation, in an order where each finds what it needs. */
const STEPS: Step[] = [
  { method: 'GET', path: () => `${ORG}/workinghours/users/${USER}` },
  {
    method: 'POST',
    path: () => `${ORG}/workinghours/users/1003`,
    body: () => [
      { weekday: 1, working_hours: 6 },
      { weekday: 3, working_hours: 7.5 },
    ],
    keep: (b, m) => (m.hours = (b as { working_hour_id: number }[]).map((w) => w.working_hour_id)),
  },
  {
    method: 'PUT',
    path: () => `${ORG}/workinghours/users/1003`,
    body: (m) => [{ working_hour_id: m.hours[0], weekday: 2, working_hours: 5 }],
  },
  { method: 'DELETE', path: () => `${ORG}/workinghours/users/1003`, body: (m) => [m.hours[1]] },
  {
    method: 'POST',
    path: () => `${ORG}/timeoff/users/${USER}`,
    body: () => [
      { start_time: '2026-03-23T00:00:00Z', end_time: '2026-03-28T00:00:00Z', type: 'vacation' },
      { start_time: '2026-04-01T12:00:00Z', end_time: '2026-04-01T16:00:00Z' },
    ],
    keep: (b, m) => (m.timeOff = (b as { timeoff_id: number }[]).map((t) => t.timeoff_id)),
  },
  {
    method: 'PUT',
    path: () => `${ORG}/timeoff/users/${USER}`,
    body: (m) => [
      {
        timeoff_id: m.timeOff[1],
        start_time: '2026-04-02T12:00:00Z',
        end_time: '2026-04-02T16:00:00Z',
        type: 'sick',
      },
    ],
  },
  { method: 'GET', path: () => `${ORG}/timeoff/users/${USER}?from=2026-03-16&to=2026-04-12` },
  { method: 'GET', path: () => `${ORG}/timeoff?user_id=${USER},1003&${window}` },
  { method: 'DELETE', path: () => `${ORG}/timeoff/users/${USER}`, body: (m) => [m.timeOff[1]] },
  { method: 'GET', path: () => `${ORG}/public-holidays?user_id=1001,${USER}&${window}` },
  ...(['day', 'week', 'month', 'quarter'] as const).map((unit): Step => ({
    method: 'GET',
    path: () =>
      `${ORG}/workspaces/5200/capacities/users?user_id=1001,${USER}&${window}&unit=${unit}&include_drafts=true`,
  })),
  {
    method: 'POST',
    path: () => '/workspaces/5200/milestones',
    body: () => ({
      name: 'Beta',
      color: '#0b83d9',
      due_date: '2026-04-01',
      project_ids: [3001],
      team_ids: [9001],
    }),
    keep: (b, m) => (m.milestone = (b as { id: number }).id),
  },
  {
    method: 'GET',
    path: () => '/workspaces/5200/milestones?order_by=-due_date,name&project_id=3001&per_page=10',
  },
  { method: 'GET', path: (m) => `/workspaces/5200/milestones/${m.milestone}` },
  {
    method: 'PUT',
    path: (m) => `/workspaces/5200/milestones/${m.milestone}`,
    body: () => ({
      name: 'Beta 2',
      color: '#2da608',
      due_date: '2026-04-08',
      completed_at: '2026-04-08T10:00:00Z',
    }),
  },
  {
    method: 'PATCH',
    path: (m) => `/workspaces/5200/milestones/${m.milestone}`,
    body: () => ({ completed_at: null }),
  },
  { method: 'DELETE', path: (m) => `/workspaces/5200/milestones/${m.milestone}` },
  { method: 'PATCH', path: (m) => `/workspaces/5200/milestones/${m.milestone}/restore` },
];

describe('the planning operations answer what the OpenAPI document says', () => {
  const made: Made = { hours: [], timeOff: [], milestone: 0 };
  STEPS.forEach((step, i) => {
    it(`${i + 1}. ${step.method} ${step.path(made).split('?')[0]}`, async () => {
      const path = step.path(made);
      const payload = step.body ? JSON.stringify(step.body(made)) : '';
      // The request itself speaks the contract, so a pass is not the local API being lenient.
      expect(
        checkRequest(specs, { method: step.method, url: `/api/focus${path}`, body: payload }).issues,
      ).toEqual([]);
      const match = matchOperation(specs, 'focus', step.method, path.split('?')[0]);
      if (!match.ok) throw new Error(match.reason);
      const success = successResponse(match.ref);
      const res = await api.app.inject({
        method: step.method,
        url: `/api${path}`,
        headers: { authorization: api.auth, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(success.status);
      if (success.schema) {
        const body = res.json();
        // Strict: a field the document does not declare is an issue too.
        expect(checkValue(match.ref.doc, success.schema, body, { strict: true })).toEqual([]);
        step.keep?.(body, made);
      } else expect(res.body).toBe('');
    });
  });
});
