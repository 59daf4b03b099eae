import { describe, expect, it } from 'vitest';
import { FRESHNESS, paceFor, paceNote } from './budget';

const now = Date.parse('2026-11-24T10:00:00Z');
const hour = 3600_000;
const unknown = { remaining: null, resetsAt: null };

describe('paceFor', () => {
  it('without quota headers: one request per five minutes, focus checks after a minute', () => {
    expect(paceFor(unknown, now, 1)).toMatchObject({
      level: 'normal',
      intervalMs: 5 * 60_000,
      staleAfterMs: 60_000,
    });
    // A check that cost two requests (the Schedule's) comes half as often: the hour's spend stays 12.
    expect(paceFor(unknown, now, 2).intervalMs).toBe(10 * 60_000);
    expect(paceFor(unknown, now, 0).intervalMs).toBe(5 * 60_000);
  });

  it('with plenty left (Premium, 600 an hour) the pace stays normal', () => {
    expect(paceFor({ remaining: 580, resetsAt: now + hour }, now, 1).level).toBe('normal');
  });

  it('a free plan (30 an hour) slows down to a quarter of what is left above the reserve', () => {
    const pace = paceFor({ remaining: 30, resetsAt: now + hour }, now, 1);
    // 0.25 x (30 - 10) = 5 requests over the hour: one every 12 minutes; focus waits as long.
    expect(pace).toMatchObject({ level: 'saving', intervalMs: 12 * 60_000, staleAfterMs: 12 * 60_000 });
    expect(paceNote(pace)).toMatch(/^30 API requests left until .*: checking for changes every 12 min/);
  });

  it('never waits more than an hour while there is quota to check with', () => {
    expect(paceFor({ remaining: 11, resetsAt: now + hour }, now, 3).intervalMs).toBe(FRESHNESS.maxIntervalMs);
  });

  it('at the reserve it pauses and says that Refresh still works', () => {
    const pace = paceFor({ remaining: 10, resetsAt: now + 20 * 60_000 }, now, 1);
    expect(pace).toMatchObject({ level: 'paused', intervalMs: null, staleAfterMs: null });
    expect(paceNote(pace)).toMatch(
      /^Only 10 API requests left until .*automatic updates are paused.*Refresh still works\.$/,
    );
  });

  it('after the reset time the old numbers no longer count', () => {
    expect(paceFor({ remaining: 2, resetsAt: now - 1 }, now, 1).level).toBe('normal');
  });
});
