import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolesSchema } from '@/api/project';
import {
  organizationUsersSchema,
  quotasSchema,
  trackMeSchema,
  trackMeWithWorkspacesSchema,
  trackOrganizationsSchema,
  trackOrgUsersSchema,
  trackWorkspacesSchema,
  userSettingsSchema,
  workspaceUsersSchema,
} from '@/api/user';
import { clientPageSchema, statusPageSchema, tagPageSchema } from '@/api/workspace';
import { createTestApi, type TestApi } from './test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

/** Every supporting endpoint answers what the browser's contract parses, strictly enough to catch drift. */
const cases: [string, z.ZodType, (body: never) => void][] = [
  [
    '/api/users/me/settings',
    userSettingsSchema,
    (b: { current_workspace_id: number }) => expect(b.current_workspace_id).toBe(5200),
  ],
  [
    '/api/organizations/4100/users',
    organizationUsersSchema,
    (b: unknown[]) => expect(b.length).toBeGreaterThanOrEqual(10),
  ],
  [
    '/api/organizations/4100/roles',
    rolesSchema,
    (b: { entity: string }[]) =>
      expect(new Set(b.map((r) => r.entity))).toEqual(
        new Set(['organization', 'workspace', 'project', 'group']),
      ),
  ],
  [
    '/api/workspaces/5200/statuses',
    statusPageSchema,
    (b: { data: unknown[] }) => expect(b.data).toHaveLength(4),
  ],
  ['/api/workspaces/5200/tags', tagPageSchema, (b: { total: number }) => expect(b.total).toBe(6)],
  [
    '/api/workspaces/5200/clients',
    clientPageSchema,
    (b: { data: unknown[] }) => expect(b.data).toHaveLength(4),
  ],
  ['/api/v9/me', trackMeSchema, (b: { email: string }) => expect(b.email).toBe('demo@example.com')],
  [
    // The planner's one account read: the profile with the workspaces.
    '/api/v9/me?with_related_data=true',
    trackMeWithWorkspacesSchema,
    (b: { email: string; workspaces: unknown[] }) =>
      expect(b).toMatchObject({
        email: 'demo@example.com',
        workspaces: [{ id: 5200, organization_id: 4100 }],
      }),
  ],
  [
    '/api/v9/me/workspaces',
    trackWorkspacesSchema,
    (b: { id: number; organization_id: number }[]) =>
      expect(b).toMatchObject([{ id: 5200, organization_id: 4100 }]),
  ],
  [
    '/api/v9/me/organizations',
    trackOrganizationsSchema,
    (b: { id: number; user_count: number }[]) => expect(b[0]).toMatchObject({ id: 4100, user_count: 12 }),
  ],
  [
    '/api/v9/me/quota',
    quotasSchema,
    (b: { organization_id: number }[]) => expect(b[0].organization_id).toBe(4100),
  ],
  ['/api/v9/organizations/4100/users', trackOrgUsersSchema, (b: unknown[]) => expect(b).toHaveLength(12)],
  ['/api/v9/workspaces/5200/users', workspaceUsersSchema, (b: unknown[]) => expect(b).toHaveLength(12)],
];

describe('supporting endpoints follow the contract', () => {
  for (const [url, schema, check] of cases) {
    it(`GET ${url}`, async () => {
      const res = await api.request({ url });
      expect(res.statusCode).toBe(200);
      const parsed = schema.safeParse(res.json());
      expect(parsed.success ? 'ok' : parsed.error.issues.slice(0, 3)).toBe('ok');
      check(res.json() as never);
    });
  }

  it('answers a foreign organization with 403 on both APIs', async () => {
    expect((await api.request({ url: '/api/organizations/1/users' })).statusCode).toBe(403);
    const track = await api.request({ url: '/api/v9/organizations/1/users' });
    expect(track.statusCode).toBe(403);
    expect(track.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('a plain member sees the same organization but is not its admin', async () => {
    const res = await api.app.inject({
      url: '/api/v9/me/organizations',
      headers: { authorization: api.authAs(1002) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()[0]).toMatchObject({ id: 4100, admin: false, owner: false });
  });
});
