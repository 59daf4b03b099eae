import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganizationUser } from '@/api/user';
import { namesOf, peopleQueries } from './people';

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

const read = () => new QueryClient().fetchQuery(peopleQueries.list(scope));

describe('peopleQueries.list', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the workspace's members from Track in one request, named by their full name", async () => {
    const urls = upstream({
      '/api/track/workspaces/52/users': () =>
        json(200, [
          { id: 7, fullname: 'Ada', email: 'ada@example.com' },
          { id: 8, fullname: '', email: 'bo@example.com' },
          { id: 9 },
        ]),
    });
    expect(await read()).toEqual([
      { id: 7, name: 'Ada' },
      { id: 8, name: 'bo@example.com' },
      { id: 9, name: 'User 9' },
    ]);
    expect(urls).toEqual(['/api/track/workspaces/52/users']);
  });

  it("falls back to the organization's users in the workspace when Track refuses the list (403)", async () => {
    const urls = upstream({
      '/api/track/workspaces/52/users': () => json(403, 'Forbidden'),
      '/api/focus/organizations/41/users': () =>
        json(200, [orgUser(7, 'Ada', [52]), orgUser(8, 'Bo', [99]), orgUser(9, 'Cy', [])]),
    });
    // Bo works in another workspace; Cy's account lists no workspaces (an old account: everyone's).
    expect(await read()).toEqual([
      { id: 7, name: 'Ada' },
      { id: 9, name: 'Cy' },
    ]);
    expect(urls).toEqual([
      '/api/track/workspaces/52/users',
      '/api/focus/organizations/41/users?page=1&per_page=100',
    ]);
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
