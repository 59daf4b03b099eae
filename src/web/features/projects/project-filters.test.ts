import { describe, expect, it } from 'vitest';
import { encodeQuery } from '@/api/common';
import { filtersFromParams, filtersToParams, filtersToQuery, narrows } from './project-filters';

describe('project filters', () => {
  it('round-trips through URL params, leaving defaults out', () => {
    const f = filtersFromParams(new URLSearchParams('name=web&client=6002&pinned=yes&archived=all&page=3'));
    expect(f).toEqual({
      name: 'web',
      clientId: 6002,
      pinned: 'yes',
      privacy: 'any',
      archived: 'all',
      page: 3,
    });
    expect(filtersToParams(f).toString()).toBe('name=web&client=6002&pinned=yes&archived=all&page=3');
    expect(filtersToParams(filtersFromParams(new URLSearchParams())).toString()).toBe('');
  });
  it('ignores garbage', () => {
    const f = filtersFromParams(new URLSearchParams('client=-4&page=x&archived=maybe&pinned=1'));
    expect(f).toMatchObject({ clientId: null, page: 1, archived: 'active', pinned: 'any' });
  });
  it('encodes the upstream query, with an empty archived= for all', () => {
    const all = filtersFromParams(new URLSearchParams('archived=all&private=no'));
    expect(encodeQuery(filtersToQuery(all))).toBe(
      '?archived=&order_by=-pinned,name&page=1&per_page=25&private=false',
    );
    const active = filtersFromParams(new URLSearchParams());
    expect(encodeQuery(filtersToQuery(active))).not.toContain('archived');
  });
});

describe('whether the filters narrow the list', () => {
  it('not by default or on another page, yes by any filter', () => {
    expect(narrows(filtersFromParams(new URLSearchParams()))).toBe(false);
    expect(narrows(filtersFromParams(new URLSearchParams('page=2')))).toBe(false);
    for (const q of ['name=x', 'client=6002', 'pinned=no', 'private=yes', 'archived=all'])
      expect(narrows(filtersFromParams(new URLSearchParams(q))), q).toBe(true);
  });
});
