import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { computationGroupsSchema, MAX_CAPACITY_USERS, type CapacityUnit } from '@/api/capacity';
import { api } from '../api-client';
import { loadsByUser, type LoadsByUser } from '../load-model';
import { queryKeys } from '../query-keys';
import type { DayRange } from '../time/calendar-day';
import { workspacePath, type WorkspaceScope } from '../workspace-scope';

export interface CapacityParams {
  /** Sorted and without repeats (see capacityParams), so equal sets share one cache entry. */
  userIds: readonly number[];
  range: DayRange;
  unit: CapacityUnit;
  includeDrafts: boolean;
}

/** Parameters in their one canonical form: the same people in any order are the same read. */
export function capacityParams(
  userIds: Iterable<number>,
  range: DayRange,
  unit: CapacityUnit = 'day',
  includeDrafts = false,
): CapacityParams {
  return { userIds: [...new Set(userIds)].sort((a, b) => a - b), range, unit, includeDrafts };
}

/**
 * Capacity computations of people over a window: one request per 100 people (the upstream's list limit),
 * so one for any team of up to 100. Working and time-off minutes change with working weeks and time off,
 * estimates with every task write: the default staleness applies.
 */
export const capacityQueries = {
  window: (scope: WorkspaceScope, params: CapacityParams) =>
    queryOptions({
      queryKey: queryKeys.capacities.window(scope, params),
      queryFn: async ({ signal }): Promise<LoadsByUser> => {
        const chunks: number[][] = [];
        for (let i = 0; i < params.userIds.length; i += MAX_CAPACITY_USERS)
          chunks.push(params.userIds.slice(i, i + MAX_CAPACITY_USERS));
        const pages = await Promise.all(
          chunks.map((ids) =>
            api('focus', `${workspacePath(scope)}/capacities/users`, {
              query: {
                user_id: ids,
                start_date: params.range.start,
                end_date: params.range.end,
                unit: params.unit,
                include_drafts: params.includeDrafts || undefined,
              },
              schema: computationGroupsSchema,
              signal,
            }),
          ),
        );
        // Kept as loads by person and day, not as the answer: the strips of a seven-month window over 100
        // people are 21,700 computations, and the raw copy beside the loads doubled them in memory.
        return loadsByUser(pages.flat());
      },
    }),
  /** `window`, starting from a cached read that holds it when there is one (coveringCapacities, looked up once). */
  windowOrCovering: (qc: QueryClient, scope: WorkspaceScope, params: CapacityParams) => {
    let found: { hit: ReturnType<typeof coveringCapacities> } | null = null;
    const covering = () => (found ??= { hit: coveringCapacities(qc, scope, params) }).hit;
    return {
      ...capacityQueries.window(scope, params),
      initialData: () => covering()?.data,
      initialDataUpdatedAt: () => covering()?.updatedAt,
    };
  },
};

/**
 * A cached answer that already holds what `params` asks for: day periods, the same drafts setting, a window
 * that holds this one and every person asked for (a day's numbers do not depend on the window around it). The
 * Timeline's strips read their whole data window for the people of their rows, which answers the Schedule's
 * week of the same people without a request of its own.
 */
export function coveringCapacities(
  qc: QueryClient,
  scope: WorkspaceScope,
  params: CapacityParams,
): { data: LoadsByUser; updatedAt: number } | undefined {
  if (params.unit !== 'day') return undefined;
  for (const q of qc.getQueryCache().findAll({ queryKey: queryKeys.capacities.all(scope) })) {
    const p = q.queryKey[2] as CapacityParams | undefined;
    const data = q.state.data as LoadsByUser | undefined;
    if (!p || !data || q.state.status !== 'success' || q.state.isInvalidated) continue;
    if (p.unit !== 'day' || p.includeDrafts !== params.includeDrafts) continue;
    if (p.range.start > params.range.start || p.range.end < params.range.end) continue;
    const held = new Set(p.userIds);
    if (params.userIds.every((id) => held.has(id))) return { data, updatedAt: q.state.dataUpdatedAt };
  }
  return undefined;
}
