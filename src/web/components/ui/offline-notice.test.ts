import { describe, expect, it } from 'vitest';
import { offlineText } from './offline-notice';

describe('the offline notice', () => {
  it('says nothing online', () => {
    expect(offlineText(true, 0)).toBe('');
    expect(offlineText(true, 3)).toBe('');
  });
  it('offline, says that changes are kept and how many wait', () => {
    expect(offlineText(false, 0)).toBe(
      'You are offline. Changes you make are kept here and sent when you are back online.',
    );
    expect(offlineText(false, 1)).toBe(
      'You are offline. 1 change waits to be sent when you are back online.',
    );
    expect(offlineText(false, 2)).toBe(
      'You are offline. 2 changes wait to be sent when you are back online.',
    );
  });
});
