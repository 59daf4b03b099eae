import { describe, expect, it } from 'vitest';
import { isQuotaAnswer } from './quota';

describe('isQuotaAnswer', () => {
  it('takes a 402 with no requests left, or with only a reset time, for the quota', () => {
    expect(isQuotaAnswer(402, '0', '1200')).toBe(true);
    expect(isQuotaAnswer(402, ' 0 ', undefined)).toBe(true);
    expect(isQuotaAnswer(402, undefined, '60')).toBe(true);
  });

  it('takes a 402 that still has requests left, or says nothing of the quota, for a plan limit', () => {
    expect(isQuotaAnswer(402, '57', '1200')).toBe(false);
    expect(isQuotaAnswer(402, null, null)).toBe(false);
    expect(isQuotaAnswer(402, 'lots', undefined)).toBe(false);
  });

  it('takes every 429 for the rate limit and nothing else for the quota', () => {
    expect(isQuotaAnswer(429, undefined, undefined)).toBe(true);
    expect(isQuotaAnswer(400, '0', '60')).toBe(false);
    expect(isQuotaAnswer(200, '0', '60')).toBe(false);
  });
});
