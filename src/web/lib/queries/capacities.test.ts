import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LoadsByUser } from '../load-model';
import { queryKeys } from '../query-keys';
import { capacityParams, coveringCapacities } from './capacities';

const scope = { organizationId: 1, workspaceId: 2 };
const strip = capacityParams([3, 1, 2], { start: '2026-10-26', end: '2027-05-02' });
const loads: LoadsByUser = new Map([[1, new Map()]]);

function cacheWith(params = strip, data: LoadsByUser = loads) {
  const qc = new QueryClient();
  qc.setQueryData(queryKeys.capacities.window(scope, params), data);
  return qc;
}

describe('coveringCapacities', () => {
  it('answers a week of some of the people from a read of a wider window, with its read time', () => {
    const qc = cacheWith();
    const week = capacityParams([2, 1], { start: '2026-11-30', end: '2026-12-04' });
    const found = coveringCapacities(qc, scope, week);
    expect(found?.data).toBe(loads);
    expect(found?.updatedAt).toBe(qc.getQueryState(queryKeys.capacities.window(scope, strip))?.dataUpdatedAt);
  });

  it('does not answer for someone the read left out, days outside it, weeks, drafts or another workspace', () => {
    const qc = cacheWith();
    const week = { start: '2026-11-30', end: '2026-12-04' };
    expect(coveringCapacities(qc, scope, capacityParams([1, 4], week))).toBeUndefined();
    expect(
      coveringCapacities(qc, scope, capacityParams([1], { start: '2027-04-28', end: '2027-05-04' })),
    ).toBeUndefined();
    expect(coveringCapacities(qc, scope, capacityParams([1], week, 'week'))).toBeUndefined();
    expect(coveringCapacities(qc, scope, capacityParams([1], week, 'day', true))).toBeUndefined();
    expect(
      coveringCapacities(qc, { organizationId: 1, workspaceId: 9 }, capacityParams([1], week)),
    ).toBeUndefined();
  });

  it('does not answer from a read that a write has invalidated (its numbers are out of date)', async () => {
    const qc = cacheWith();
    await qc.invalidateQueries({ queryKey: queryKeys.capacities.all(scope) });
    expect(
      coveringCapacities(qc, scope, capacityParams([1], { start: '2026-11-30', end: '2026-12-04' })),
    ).toBeUndefined();
  });
});
