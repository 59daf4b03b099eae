import { describe, expect, it } from 'vitest';
import { changedAfter } from './change-check';

const since = Date.parse('2026-11-24T10:00:00Z');
const at = (iso: string | null, id = 1) => ({ id, updated_at: iso });

describe('changedAfter', () => {
  it('takes the items newer than the read; a page reaching back past it is complete', () => {
    const page = [at('2026-11-24T10:00:05.123456Z', 1), at('2026-11-24T09:59:59.999999Z', 2)];
    expect(changedAfter(page, since, 2)).toEqual({ changed: [page[0]], complete: true });
  });

  it('a full page of newer items is not complete: more may have changed', () => {
    const page = [at('2026-11-24T10:03:00Z', 1), at('2026-11-24T10:02:00Z', 2)];
    expect(changedAfter(page, since, 2)).toEqual({ changed: page, complete: false });
  });

  it('a short page is complete; an item without a stamp counts as changed', () => {
    expect(changedAfter([at(null)], since, 20)).toEqual({ changed: [at(null)], complete: true });
    expect(changedAfter([], since, 20)).toEqual({ changed: [], complete: true });
  });
});
