import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '@/server/local-api/test-harness';
import { fingerprint } from '@/server/reliability/db-fingerprint';
import { startGenerativeUpstream, type GenerativeUpstream } from '../../spec/generative-upstream';
import { variationForSeed } from '../../spec/openapi';
import { main } from './cli';
import { REQUEST_BUDGET } from './reads';

const TODAY = '2026-06-10';

async function run(env: Record<string, string>) {
  const out: string[] = [];
  const code = await main(
    { UPSTREAM_TIMEOUT_MS: '5000', ...env },
    (line) => out.push(line),
    new Date(`${TODAY}T09:00:00Z`),
  );
  return { code, text: out.join('\n') };
}

const against = (base: string) => ({ FOCUS_API_URL: `${base}/api`, TRACK_API_URL: `${base}/api/v9` });

describe('check:toggl against the local API', () => {
  let api: TestApi;
  let base: string;
  let keys: { api_key: string; api_token: string };
  beforeAll(async () => {
    api = await createTestApi({}, 100);
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
    keys = api.db
      .prepare('SELECT api_key, api_token FROM users WHERE id = ?')
      .get(api.demoUserId) as typeof keys;
  });
  afterAll(() => api.close());

  it('reads what the planner reads, understands all of it, writes nothing and says what it spent', async () => {
    const before = fingerprint(api.db);
    const { code, text } = await run({
      ...against(base),
      TOGGL_FOCUS_API_KEY: keys.api_key,
      TOGGL_API_TOKEN: keys.api_token,
    });
    expect(code).toBe(0);
    expect(text).toContain(`This spends at most ${REQUEST_BUDGET} requests`);
    expect(text).toContain(`Made ${REQUEST_BUDGET} requests of at most ${REQUEST_BUDGET}.`);
    // The local API counts per user and hour, like the upstream: what is left says what was spent.
    expect(text).toContain(`Toggl says ${100 - REQUEST_BUDGET} requests remain this hour.`);
    expect(text).toContain(`(workspace ${api.ws} of organization ${api.org}, as the planner would open it)`);
    expect(text).toContain('Result: the planner understood everything it read.');
    expect(text).not.toMatch(/✗/);
    expect(fingerprint(api.db)).toBe(before);
    // Never a secret: neither the key nor the token, nor /me's api_token (the same token here).
    expect(text).not.toContain(keys.api_key);
    expect(text).not.toContain(keys.api_token);
  });

  it("says what the planner does when Track will not list the workspace's members to the role, and goes on", async () => {
    api.faults.fail({
      method: 'GET',
      path: /\/v9\/workspaces\/\d+\/users$/,
      status: 403,
      message: 'Forbidden',
    });
    const { code, text } = await run({
      ...against(base),
      TOGGL_FOCUS_API_KEY: keys.api_key,
      TOGGL_API_TOKEN: keys.api_token,
    });
    expect(code).toBe(0);
    expect(text).toContain(
      '– the workspace’s members: Toggl Track does not list them for your role; the planner names people from the organization’s users instead.',
    );
    expect(text).toContain('Result: the planner understood everything it read.');
    expect(text).toContain(`Made ${REQUEST_BUDGET} requests of at most ${REQUEST_BUDGET}.`);
  });

  it('stops at the first 402 and says the quota is used up', async () => {
    const quota = await createTestApi({}, 3);
    await quota.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(quota.app.server.address() as AddressInfo).port}`;
    const { code, text } = await run({
      ...against(url),
      TOGGL_EMAIL: 'demo@example.com',
      TOGGL_PASSWORD: 'demo',
    });
    await quota.close();
    expect(code).toBe(2);
    expect(text).toMatch(
      /Stopped: Toggl (Track|Focus) says the hourly request quota is used up \(HTTP 402\)\. It resets in \d+ min\./,
    );
    expect(text).toContain(`Made 4 requests of at most ${REQUEST_BUDGET}.`);
  });

  it('stops when Toggl refuses the credentials, without echoing them', async () => {
    const { code, text } = await run({
      ...against(base),
      TOGGL_EMAIL: 'demo@example.com',
      TOGGL_PASSWORD: 'not-the-password',
    });
    expect(code).toBe(2);
    expect(text).toContain('Stopped: Toggl Track refused the credentials: check TOGGL_API_TOKEN');
    expect(text).toContain(`Made 1 request of at most ${REQUEST_BUDGET}.`);
    expect(text).not.toContain('not-the-password');
  });

  it('needs credentials and says which', async () => {
    const { code, text } = await run(against(base));
    expect(code).toBe(2);
    expect(text).toMatch(/^No Toggl credentials set\. Set TOGGL_FOCUS_API_KEY and TOGGL_API_TOKEN/);
  });
});

describe('check:toggl against generated upstream data', () => {
  let stub: GenerativeUpstream;
  const creds = {
    TOGGL_FOCUS_API_KEY: 'toggl_sk_check_secret_key',
    TOGGL_API_TOKEN: 'check_secret_track_token',
  };
  beforeAll(async () => {
    stub = await startGenerativeUpstream({ seed: 0 });
  });
  afterAll(() => stub.close());

  async function checkSeed(seed: number, extra = {}) {
    stub.configure({ seed, today: TODAY, variation: { ...variationForSeed(seed), ...extra } });
    const first = stub.seen.length;
    const result = await run({ ...against(stub.url), ...creds });
    const seen = stub.seen.slice(first);
    // Read-only and on contract: every request a GET the OpenAPI documents accept.
    expect(seen.map((s) => s.method).every((m) => m === 'GET')).toBe(true);
    expect(seen.filter((s) => s.verdict.issues.length)).toEqual([]);
    expect(seen.length).toBeLessThanOrEqual(REQUEST_BUDGET);
    expect(result.text).not.toContain(creds.TOGGL_FOCUS_API_KEY);
    expect(result.text).not.toContain(creds.TOGGL_API_TOKEN);
    return { ...result, requests: seen.length };
  }

  it('understands plain generated data (seed 0) with the stated number of requests', async () => {
    const { code, text, requests } = await checkSeed(0);
    expect(text).toContain('Result: the planner understood everything it read.');
    expect(code).toBe(0);
    expect(requests).toBe(REQUEST_BUDGET);
  });

  it('names the records the planner would leave out and why: a workspace without an id (seed 1)', async () => {
    const { code, text } = await checkSeed(1);
    expect(code).toBe(1);
    // Optional fields dropped: a workspace without a name is shown by its id; one without an id cannot be used.
    expect(text).toContain(
      '  ✗ your workspaces: 1 of 3 workspaces cannot be read by the planner (it leaves them out)',
    );
    expect(text).toContain('      id is missing: 1 workspace');
    expect(text).not.toContain('name is missing');
    // It goes on with the workspace the planner can open.
    expect(text).toContain('  ✓ this week’s time blocks: 2 time blocks');
  });

  it('flags a time zone the browser does not know (seed 5, the settings say "undefined")', async () => {
    const { code, text } = await checkSeed(5);
    expect(code).toBe(1);
    expect(text).toContain('  ✗ your Focus settings: the planner cannot read it');
    expect(text).toContain('      timezone "undefined" is not a time zone the browser knows');
  });

  it('reads records with values the planner does not know and names those values (unknown enums, seed 101)', async () => {
    const { code, text } = await checkSeed(101, { unknownEnums: 0.3 });
    // The planner shows them (an unknown value counts as none of those it knows): understood, with a note.
    expect(code).toBe(0);
    expect(text).toContain('  ✓ the Timeline by people: 1 group');
    expect(text).toContain('  ✓   tasks in them: 5 tasks');
    expect(text).toContain(
      '      assignees[].type has a value the planner does not know ("unknown_68", "unknown_44", "unknown_90"): 3 tasks',
    );
    expect(text).toContain(
      '      completion_mode has a value the planner does not know ("unknown_21", "unknown_37", "unknown_17"): 3 projects',
    );
    expect(text).toContain(
      '    ! shown, with values the planner does not know (it treats them as none of the values it knows):',
    );
    expect(text).toContain('Result: the planner understood everything it read.');
  });
});
