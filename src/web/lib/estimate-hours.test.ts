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
});
