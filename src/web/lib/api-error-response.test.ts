import { describe, expect, it } from 'vitest';
import { describeError } from './api-error';
import { errorFromResponse, retryAfterSeconds } from './api-error-response';

const NOW = Date.parse('2026-11-24T10:00:00Z');
const answer = (status: number, body: string, headers: Record<string, string> = {}, statusText = '') =>
  errorFromResponse(new Response(body, { status, headers, statusText }), NOW);

describe('errorFromResponse', () => {
  it("reads Focus's JSON error: its code and its description", async () => {
    const err = await answer(
      400,
      JSON.stringify({ error: 'bad_request', error_description: 'name is required' }),
    );
    expect(err).toMatchObject({ status: 400, code: 'bad_request', message: 'name is required' });
  });

  it("reads Track's plain and JSON-quoted text", async () => {
    expect(await answer(403, 'Incorrect username and/or password')).toMatchObject({
      code: 'http_403',
      message: 'Incorrect username and/or password',
    });
    expect((await answer(400, '"name must be unique"')).message).toBe('name must be unique');
    expect((await answer(400, JSON.stringify({ message: 'workspace not found' }))).message).toBe(
      'workspace not found',
    );
    expect((await answer(400, JSON.stringify({ error: 'not_found' }))).message).toBe('not_found');
  });

  it('puts the status where the body says nothing a person can read', async () => {
    expect((await answer(502, '<html><body>Bad gateway</body></html>', {}, 'Bad Gateway')).message).toBe(
      '502 Bad Gateway',
    );
    expect((await answer(500, '')).message).toBe('500 error');
    expect((await answer(400, 'x'.repeat(1000))).message).toHaveLength(300);
  });

  it('knows the quota: code, reset and what is left', async () => {
    const err = await answer(402, 'Quota exceeded', {
      'x-toggl-quota-resets-in': '1200',
      'x-toggl-quota-remaining': '0',
    });
    expect(err).toMatchObject({
      code: 'quota_exceeded',
      resetsInSec: 1200,
      quotaRemaining: 0,
      isQuota: true,
    });
  });

  it("tells a plan limit's 402 in its own words, not as the quota", async () => {
    const err = await answer(
      402,
      JSON.stringify({
        error: 'payment_required',
        error_description: 'Milestone limit reached; upgrade required',
      }),
      { 'x-toggl-quota-remaining': '57', 'x-toggl-quota-resets-in': '1200' },
    );
    expect(err).toMatchObject({ code: 'payment_required', isQuota: false });
    expect(describeError(err)).toBe('Milestone limit reached; upgrade required');
    const bare = await answer(402, 'Feature not available');
    expect(bare).toMatchObject({ code: 'http_402', isQuota: false, message: 'Feature not available' });
  });

  it('prefers Retry-After, in seconds or as a date, over the quota header', async () => {
    const seconds = await answer(429, 'slow down', { 'retry-after': '30', 'x-toggl-quota-resets-in': '900' });
    expect(seconds.resetsInSec).toBe(30);
    const date = await answer(429, 'slow down', { 'retry-after': 'Tue, 24 Nov 2026 10:02:00 GMT' });
    expect(date.resetsInSec).toBe(120);
    const garbage = await answer(429, 'slow down', {
      'retry-after': 'soon',
      'x-toggl-quota-resets-in': '900',
    });
    expect(garbage.resetsInSec).toBe(900);
  });
});

describe('retryAfterSeconds', () => {
  it('never goes below zero and ignores what is neither a number nor a date', () => {
    expect(retryAfterSeconds('Tue, 24 Nov 2026 09:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterSeconds('-5', NOW)).toBeUndefined();
    expect(retryAfterSeconds(null, NOW)).toBeUndefined();
    expect(retryAfterSeconds(' 7 ', NOW)).toBe(7);
  });
});
