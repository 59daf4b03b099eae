import { afterEach, describe, expect, it } from 'vitest';
import { useNotices } from '../notifications';
import { tellFallbackOnce } from './use-user-zone';
import { browserZone, isValidZone, resolveZone, unknownZoneNotice } from './zone';

describe('isValidZone', () => {
  it('accepts the zones Intl knows and nothing else', () => {
    const known = ['Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    expect(known.filter((zone) => !isValidZone(zone))).toEqual([]);
    for (const zone of ['Mars/Olympus', 'Europe/Atlantis', 'not a zone', '', null, undefined])
      expect(isValidZone(zone)).toBe(false);
  });
});

describe('resolveZone', () => {
  it('uses the setting when the browser knows it', () => {
    expect(resolveZone('Asia/Kolkata', 'Europe/Berlin')).toEqual({ zone: 'Asia/Kolkata', unknown: null });
    expect(resolveZone('Pacific/Chatham')).toEqual({ zone: 'Pacific/Chatham', unknown: null });
  });

  it('falls back to the browser zone, quietly when there is no setting', () => {
    expect(resolveZone(null, 'Europe/Berlin')).toEqual({ zone: 'Europe/Berlin', unknown: null });
    expect(resolveZone(undefined, 'Europe/Berlin')).toEqual({ zone: 'Europe/Berlin', unknown: null });
    expect(resolveZone('  ', 'Europe/Berlin')).toEqual({ zone: 'Europe/Berlin', unknown: null });
    expect(resolveZone(null)).toEqual({ zone: browserZone(), unknown: null });
  });

  it('falls back to the browser zone and names the setting it could not use', () => {
    expect(resolveZone('Mars/Olympus', 'Europe/Berlin')).toEqual({
      zone: 'Europe/Berlin',
      unknown: 'Mars/Olympus',
    });
    expect(resolveZone('Mars/Olympus').zone).toBe(browserZone());
    expect(isValidZone(browserZone())).toBe(true);
  });
});

describe('the fallback notice', () => {
  afterEach(() => useNotices.setState({ notices: [] }));

  it('says which zone could not be used and which is shown', () => {
    expect(unknownZoneNotice('Mars/Olympus', 'Europe/Berlin')).toBe(
      'Your Toggl time zone "Mars/Olympus" is not one this browser knows; showing times in Europe/Berlin.',
    );
  });

  it('is told once however many views resolve the zone', () => {
    const resolved = resolveZone('Mars/Olympus', 'Europe/Berlin');
    tellFallbackOnce(resolved);
    tellFallbackOnce(resolved);
    tellFallbackOnce(resolveZone('Mars/Olympus', 'Europe/Berlin'));
    expect(useNotices.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      ['info', unknownZoneNotice('Mars/Olympus', 'Europe/Berlin')],
    ]);
  });

  it('is not told for a zone that works or a missing setting', () => {
    tellFallbackOnce(resolveZone('Asia/Kolkata', 'Europe/Berlin'));
    tellFallbackOnce(resolveZone(null, 'Europe/Berlin'));
    expect(useNotices.getState().notices).toEqual([]);
  });
});
