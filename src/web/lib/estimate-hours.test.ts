import { describe, expect, it } from 'vitest';
import { estimateProblem, hoursText, minutesOf } from './estimate-hours';

describe('estimate hours', () => {
  it('reads and writes the box', () => {
    expect(hoursText(90)).toBe('1.5');
    expect(hoursText(null)).toBe('');
    expect(minutesOf('1.5')).toBe(90);
    expect(minutesOf(' ')).toBeNull();
  });
  it('says what is wrong in plain words', () => {
    expect(estimateProblem('')).toBeUndefined();
    expect(estimateProblem('0')).toBeUndefined();
    expect(estimateProblem('abc')).toBe('Estimate must be a number of hours, like 1.5.');
    expect(estimateProblem('-0.5')).toBe('Estimate cannot be negative.');
  });
  it("names the largest estimate in hours, the box's unit, not in the API's minutes", () => {
    const tooLarge = 'Estimate is too large (at most 16,666,666 hours).';
    expect(estimateProblem('20000000')).toBe(tooLarge);
    expect(estimateProblem('99999999')).toBe(tooLarge);
    expect(estimateProblem('16666667')).toBe(tooLarge);
    // The limit it names is accepted, and so is everything up to 1,000,000,000 minutes.
    expect(estimateProblem('16666666')).toBeUndefined();
    expect(minutesOf('16666666.66')).toBe(1_000_000_000);
    expect(estimateProblem('16666666.66')).toBeUndefined();
    expect(estimateProblem('16666666.7')).toBe(tooLarge);
  });
});
