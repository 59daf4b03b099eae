import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountQueries } from './queries/account';
import { EARLY_FRESH_MS, send } from './api-client';
import { EARLY_READS, takeEarlyRead } from './early-reads';
import { onServerClock } from './freshness/quota';

const json = (body: unknown, headers?: Record<string, string>) =>
  new Response(JSON.stringify(body), { status: 200, headers });
const early = (response: Response, at = Date.now()) => Promise.resolve({ response, at });

describe('early reads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('index.html sends exactly the listed reads', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../index.html'), 'utf8');
    const list = /for \(const url of \[([^\]]*)\]\)/.exec(html)?.[1];
    expect(list?.split(',').map((s) => s.trim().replace(/^'|'$/g, ''))).toEqual([...EARLY_READS]);
  });

  it('the account queries take the early answers, once each; a second read asks the server', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return json({ id: 2, theme: 'light' });
    });
    vi.stubGlobal('window', {
      __earlyReads: {
        '/api/track/me': early(json({ id: 1, fullname: 'Early' })),
        '/api/track/me/workspaces': early(json([])),
        '/api/focus/users/me/settings': early(json({ theme: 'dark' })),
      },
    });
    const qc = new QueryClient();
    expect(await qc.fetchQuery(accountQueries.me())).toMatchObject({ id: 1, fullname: 'Early' });
    expect(await qc.fetchQuery(accountQueries.workspaces())).toEqual([]);
    expect(await qc.fetchQuery(accountQueries.settings())).toMatchObject({ theme: 'dark' });
    expect(asked).toEqual([]);
    // Taken: a refresh is a request of its own.
    expect(await new QueryClient().fetchQuery(accountQueries.me())).toMatchObject({ id: 2 });
    expect(asked).toEqual(['/api/track/me']);
  });

  it('an early read that failed is the failure of the read that takes it', async () => {
    const failed = Promise.reject<{ response: Response; at: number }>(new TypeError('Failed to fetch'));
    failed.catch(() => {});
    vi.stubGlobal('window', { __earlyReads: { '/api/track/me': failed } });
    await expect(
      new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(accountQueries.me()),
    ).rejects.toMatchObject({
      status: 0,
      message: 'The planner server could not be reached. Check your connection.',
    });
  });

  it('lets an early answer go that was not taken within 10 s of arriving: the read asks the server', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return json({ id: 2 });
    });
    const old = json({ id: 1 });
    vi.stubGlobal('window', {
      __earlyReads: {
        '/api/track/me': early(old, Date.now() - EARLY_FRESH_MS - 1),
        '/api/track/me/workspaces': early(json([{ id: 5 }]), Date.now() - EARLY_FRESH_MS + 1_000),
      },
    });
    expect(await (await send('track', '/me')).json()).toEqual({ id: 2 });
    expect(asked).toEqual(['/api/track/me']);
    // Its body is let go, not left open; the other one is still fresh and taken.
    expect(old.bodyUsed || old.body?.locked).toBe(true);
    expect(await (await send('track', '/me/workspaces')).json()).toEqual([{ id: 5 }]);
    expect(asked).toEqual(['/api/track/me']);
  });

  it("reads the server's clock off an early answer as of when it arrived, not when it was taken", async () => {
    const arrived = Date.now() - 400;
    vi.stubGlobal('window', {
      __earlyReads: {
        '/api/track/me': early(json({ id: 1 }, { Date: 'Wed, 02 Dec 2026 03:00:00 GMT' }), arrived),
      },
    });
    await send('track', '/me');
    expect(onServerClock(arrived)).toBe(Date.parse('2026-12-02T03:00:00Z') + 500);
  });

  it('is never taken by a write; a read called off ends as called off, not with the early answer', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      asked.push(`${init.method} ${url}`);
      return json({});
    });
    const settings = json({});
    vi.stubGlobal('window', { __earlyReads: { '/api/focus/users/me/settings': early(settings) } });
    await send('focus', '/users/me/settings', { method: 'PATCH', body: { time_format: 'H:mm' } });
    expect(asked).toEqual(['PATCH /api/focus/users/me/settings']);
    const called = new AbortController();
    called.abort();
    await expect(send('focus', '/users/me/settings', { signal: called.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(takeEarlyRead('/api/focus/users/me/settings')).toBeUndefined();
    // The early answer it took is let go, not left open.
    expect(settings.bodyUsed || settings.body?.locked).toBe(true);
  });

  it('answers nothing for other URLs, or without the page script', () => {
    vi.stubGlobal('window', { __earlyReads: {} });
    expect(takeEarlyRead('/api/track/me')).toBeUndefined();
    vi.stubGlobal('window', {});
    expect(takeEarlyRead('/api/track/me')).toBeUndefined();
  });
});
