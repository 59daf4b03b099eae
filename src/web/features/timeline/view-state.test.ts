import { describe, expect, it } from 'vitest';
import { patchViewParams } from './view-state';

const today = '2026-12-01';

describe('patchViewParams', () => {
  it('sets what the patch names and keeps the rest of the URL', () => {
    const next = patchViewParams('?group=tags&zoom=month&start=2026-11-01&q=api', today, {
      start: '2026-11-20',
      filters: { q: undefined, project: '7' },
    });
    expect(Object.fromEntries(next!)).toEqual({
      group: 'tags',
      zoom: 'month',
      start: '2026-11-20',
      project: '7',
    });
  });

  it('applies a settled scroll to the view it was measured on', () => {
    const next = patchViewParams(
      '?zoom=week&start=2026-12-10',
      today,
      { start: '2027-02-09' },
      {
        starts: ['2026-12-10'],
        zoom: 'week',
      },
    );
    expect(next?.get('start')).toBe('2027-02-09');
  });

  it('drops a scroll that settles after Today moved the view (the URL start is no longer the measured one)', () => {
    // Today pushed start=2026-11-28; the scroller still held the position of the view before it.
    const search = '?zoom=week&start=2026-11-28';
    expect(
      patchViewParams(search, today, { start: '2027-02-09' }, { starts: ['2026-12-10'], zoom: 'week' }),
    ).toBe(null);
  });

  it('drops a scroll measured at another zoom', () => {
    const search = '?zoom=month&start=2026-12-10';
    expect(
      patchViewParams(search, today, { start: '2027-01-01' }, { starts: ['2026-12-10'], zoom: 'week' }),
    ).toBe(null);
  });

  it('compares with the default view when the URL has no start or zoom (three days before today, week)', () => {
    const next = patchViewParams(
      '',
      today,
      { start: '2026-12-05' },
      { starts: ['2026-11-28'], zoom: 'week' },
    );
    expect(next?.get('start')).toBe('2026-12-05');
  });

  it('applies a second settle while the first settle is still rendering (the URL holds the start written last)', () => {
    // The first settle wrote 2027-01-05; the view on screen still starts on 2026-12-10.
    const search = '?zoom=week&start=2027-01-05';
    const next = patchViewParams(
      search,
      today,
      { start: '2027-01-20' },
      {
        starts: ['2026-12-10', '2027-01-05'],
        zoom: 'week',
      },
    );
    expect(next?.get('start')).toBe('2027-01-20');
  });
});
