import { describe, expect, it } from 'vitest';
import { updatedLabel } from './age';

describe('updatedLabel', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');
  it('says how old the data is in whole minutes, then hours', () => {
    expect(updatedLabel(null, now)).toBe('Not loaded yet');
    expect(updatedLabel(now - 59_000, now)).toBe('Updated just now');
    expect(updatedLabel(now + 5_000, now)).toBe('Updated just now');
    expect(updatedLabel(now - 60_000, now)).toBe('Updated 1 min ago');
    expect(updatedLabel(now - 59 * 60_000, now)).toBe('Updated 59 min ago');
    expect(updatedLabel(now - 150 * 60_000, now)).toBe('Updated 2 h ago');
  });

  it('says a read failed, and how old what is still shown is', () => {
    expect(updatedLabel(null, now, true)).toBe('Could not load');
    expect(updatedLabel(now - 5_000, now, true)).toBe('Update failed; last updated just now');
    expect(updatedLabel(now - 3 * 60_000, now, true)).toBe('Update failed; last updated 3 min ago');
  });
});
