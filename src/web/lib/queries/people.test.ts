import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganizationUser } from '@/api/user';
import { queryKeys } from '../query-keys';
import { forgetRefusals, namesOf, peopleQueries } from './people';

const scope = { organizationId: 41, workspaceId: 52 };

/** A Focus organization user, as `/organizations/{org}/users` sends it. */
function orgUser(accountId: number, name: string, workspaceIds: number[]): OrganizationUser {
  return {
    id: accountId + 9000,
    user_account_id: accountId,
    user_id: String(accountId),
    organization_id: scope.organizationId,
    name,
    email: `${name.toLowerCase()}@example.com`,
    admin: false,
    owner: false,
    active: true,
    joined: true,
    invite_sent: false,
    working_hours: 8,
    groups: [],
    tags: [],
    workspaces: workspaceIds.map((id) => ({ id, name: `WS ${id}`, workspace_user_id: id * 10 + accountId })),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Answers the proxy's paths from `answers` (path without query → response) and records every URL asked. */
function upstream(answers: Record<string, () => Response>) {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    const answer = answers[url.split('?')[0]];
    return answer ? answer() : json(404, { error: 'not found' });
  });
  return urls;
}

const read = (qc = new QueryClient()) => qc.fetchQuery(peopleQueries.list(scope));

describe('peopleQueries.list', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetRefusals();
  });

  it("reads the workspace's members from Track in one request, without deleted ones, by name", async () => {
    const urls = upstream({
      '/api/track/workspaces/52/users': () =>
        json(200, [
          { id: 9 },
          { id: 8, fullname: '', email: 'bo@example.com' },
          { id: 7, fullname: 'ada', email: 'ada@example.com' },
          { id: 6, fullname: 'Zoë' },
        ]),
    });
    expect(await read()).toEqual([
      { id: 7, name: 'ada' },
      { id: 8, name: 'bo@example.com' },
      { id: 9, name: 'User 9' },
      { id: 6, name: 'Zoë' },
    ]);
    expect(urls).toEqual(['/api/track/workspaces/52/users?exclude_deleted=true']);
  });

  it("falls back to the organization's users in the workspace when Track refuses the list (403)", async () => {
    const urls = upstream({
      '/api/track/workspaces/52/users': () => json(403, 'Forbidden'),
      '/api/focus/organizations/41/users': () =>
        json(200, [orgUser(7, 'Ada', [52]), orgUser(8, 'Bo', [99]), orgUser(9, 'Cy', [])]),
    });
    // Bo works in another workspace; Cy's account lists no workspaces (an old account: everyone's).
    const qc = new QueryClient();
    expect(await read(qc)).toEqual([
      { id: 7, name: 'Ada' },
      { id: 9, name: 'Cy' },
    ]);
    expect(urls).toEqual([
      '/api/track/workspaces/52/users?exclude_deleted=true',
      '/api/focus/organizations/41/users?page=1&per_page=100',
    ]);
    // The organization's users are the views' own cached read (the Team page, the filters: no second read)...
    expect(qc.getQueryData(queryKeys.organization.users(41))).toHaveLength(3);
    // ...and a later read of the people does not ask Track again.
    await read(new QueryClient());
    expect(urls.filter((u) => u.startsWith('/api/track/'))).toHaveLength(1);
  });

  it('falls back when the workspace has no such list (404) too', async () => {
    upstream({
      '/api/focus/organizations/41/users': () => json(200, [orgUser(7, 'Ada', [52])]),
    });
    expect(await read()).toEqual([{ id: 7, name: 'Ada' }]);
  });

  it('fails on any other error, without a second request', async () => {
    const urls = upstream({
      '/api/track/workspaces/52/users': () => json(400, 'bad workspace id'),
    });
    await expect(read()).rejects.toMatchObject({ status: 400 });
    expect(urls).toHaveLength(1);
  });
});

describe('namesOf', () => {
  it("takes the people's names first and adds the organization's users the people do not have", () => {
    const names = namesOf([{ id: 7, name: 'Ada L.' }], [orgUser(7, 'Ada', []), orgUser(8, 'Bo', [])]);
    expect([...names]).toEqual([
      [7, 'Ada L.'],
      [8, 'Bo'],
    ]);
    expect(namesOf(undefined).size).toBe(0);
  });
});
